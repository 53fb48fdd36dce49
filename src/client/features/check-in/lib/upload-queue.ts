import { ApiError } from '@client/lib/api-error';
import { getCheckInStats } from '../api/get-check-in-stats';
import { postScan } from '../api/post-scan';
import { useDeskConnection } from './desk-connection';
import { useScanQueue } from './scan-queue-store';

const UPLOAD_TIMEOUT_MS = 5000;

function withTimeout(ms: number) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  return { signal: controller.signal, done: () => clearTimeout(timer) };
}

let running: Promise<boolean> | null = null;

/**
 * Uploads the queued scans of `slug` one by one, oldest first, with their original time and
 * nonce (so a repeated upload is recorded once). Stops at the first network failure and
 * answers whether the queue is now empty. A scan the server refuses as invalid is dropped:
 * it would be refused forever.
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

async function drainQueue(slug: string): Promise<boolean> {
  for (const item of useScanQueue.getState().queue.filter((q) => q.slug === slug)) {
    const timeout = withTimeout(UPLOAD_TIMEOUT_MS);
    try {
      const result = await postScan(slug, item.request, timeout.signal);
      useScanQueue.getState().attachScanId(item.request.clientNonce, result.scan.id);
      useDeskConnection.getState().uploaded(result.scan.uploadedAt);
    } catch (error) {
      if (!(error instanceof ApiError) || error.status >= 500 || error.status === 429) return false;
    } finally {
      timeout.done();
    }
    useScanQueue.getState().remove([item.request.clientNonce]);
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
