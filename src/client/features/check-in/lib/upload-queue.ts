import { ApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { getCheckInStats } from '../api/get-check-in-stats';
import { postScan } from '../api/post-scan';
import { useDeskConnection } from './desk-connection';
import { useScanQueue, type QueuedScan } from './scan-queue-store';

const UPLOAD_TIMEOUT_MS = 5000;

function withTimeout(ms: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, done: () => clearTimeout(timer) };
}

let running: Promise<boolean> | null = null;

/** A 500 for one scan is retried after 5 s, 10 s, 20 s... and set aside after this many. */
export const MAX_SERVER_FAILURES = 6;
const SERVER_RETRY_BASE_MS = 5000;

/**
 * Uploads the queued scans of `slug`, oldest first, with their original time and nonce (so a
 * repeated upload is recorded once), and answers whether it went through the queue (false when
 * it had to stop; scans waiting to retry a 500 may remain). No scan ever blocks the ones behind it:
 * - refused (a 4xx other than 401, 403, 408 and 429): set aside with the server's reason, shown
 *   on the desk; it would be refused forever;
 * - failed by the server itself (500): retried with a growing wait while the scans behind it go
 *   on, and set aside after MAX_SERVER_FAILURES tries, so it is not passed over forever;
 * - no network, a timeout, the server restarting (502-504), the session gone (401, 403) or
 *   busy (408, 429): the upload stops and the whole queue is tried again later, in order.
 */
export function uploadQueue(slug: string): Promise<boolean> {
  // `running` is cleared in a .finally callback, which always runs after this assignment. An
  // empty queue drains without awaiting anything: cleared inside the drain itself, the flag was
  // reset before it was set, and every later upload got the first, stale "all done".
  running ??= drainQueue(slug).finally(() => {
    running = null;
  });
  return running;
}

type Upload = 'done' | 'stop' | 'later';

const RETRY_ALL = new Set([401, 403, 408, 429, 502, 503, 504]);

async function uploadOne(slug: string, item: QueuedScan): Promise<Upload> {
  const queue = useScanQueue.getState();
  const nonce = item.request.clientNonce;
  const timeout = withTimeout(UPLOAD_TIMEOUT_MS);
  try {
    const result = await postScan(slug, item.request, timeout.signal);
    queue.attachScanId(nonce, result.scan.id);
    useDeskConnection.getState().uploaded(result.scan.uploadedAt);
    queue.remove([nonce]);
    return 'done';
  } catch (error) {
    if (!(error instanceof ApiError) || RETRY_ALL.has(error.status)) return 'stop';
    const failures = (item.failures ?? 0) + 1;
    if (error.status >= 500 && failures < MAX_SERVER_FAILURES) {
      queue.deferUpload(nonce, Date.now() + SERVER_RETRY_BASE_MS * 2 ** (failures - 1));
      return 'later';
    }
    const reason = { status: error.status, code: error.code, message: problemMessage(error) };
    queue.putAside(nonce, reason, new Date().toISOString());
    return 'done';
  } finally {
    timeout.done();
  }
}

async function drainQueue(slug: string): Promise<boolean> {
  for (const item of useScanQueue.getState().queue.filter((q) => q.slug === slug)) {
    // Waiting to retry a 500: the scans behind it go first.
    if (item.retryAt !== undefined && item.retryAt > Date.now()) continue;
    if ((await uploadOne(slug, item)) === 'stop') return false;
  }
  return true;
}

/** Whether the server answers at all, within the time a desk may wait. */
export async function serverReachable(slug: string): Promise<boolean> {
  const timeout = withTimeout(UPLOAD_TIMEOUT_MS);
  try {
    await getCheckInStats(slug, null, timeout.signal);
    return true;
  } catch (error) {
    return error instanceof ApiError && error.status < 500;
  } finally {
    timeout.done();
  }
}
