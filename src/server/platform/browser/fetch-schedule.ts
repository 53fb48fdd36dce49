/**
 * Browser twin of features/schedule-import/fetch-schedule.ts. In a browser the page itself
 * fetches the schedule, so what it may reach is the browser's business (CORS and its network),
 * not a server's: there is no private-address guard to apply and no socket to inspect. The
 * deadline, the size cap and the problems are the same as on the server.
 */
import { MAX_SCHEDULE_BYTES } from '@shared/contract';
import { HttpProblem } from '../../http/problem';
import type * as NodeTwin from '../../features/schedule-import/fetch-schedule';

export type FetchPolicy = NodeTwin.FetchPolicy;

export const defaultFetchPolicy: FetchPolicy = {
  allowPrivateAddresses: false,
  timeoutMs: 15_000,
  maxBytes: MAX_SCHEDULE_BYTES,
  maxRedirects: 3,
};

const failed = (detail: string) => new HttpProblem('import_fetch_failed', detail);
const tooLarge = (maxBytes: number) =>
  failed(`The file is larger than ${Math.round(maxBytes / 1_000_000)} MB.`);

export async function fetchSchedule(address: string, policy: FetchPolicy): Promise<Uint8Array> {
  const url = new URL(address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw failed('Only http and https URLs are fetched.');
  const signal = AbortSignal.timeout(policy.timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, { signal, redirect: 'follow', credentials: 'omit' });
  } catch {
    if (signal.aborted) throw failed(`${url.host} did not answer within ${policy.timeoutMs / 1000} s.`);
    // A browser says nothing more precise: CORS refusals and network errors look the same.
    throw failed(
      `${url.host} could not be reached from this browser (offline, or it does not allow other sites to read it).`,
    );
  }
  if (!res.ok) throw failed(`${url.host} answered ${res.status}.`);
  if (Number(res.headers.get('content-length') ?? 0) > policy.maxBytes) throw tooLarge(policy.maxBytes);
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > policy.maxBytes) {
        await reader.cancel();
        throw tooLarge(policy.maxBytes);
      }
      chunks.push(value);
    }
  } catch (err) {
    if (err instanceof HttpProblem) throw err;
    throw failed(
      signal.aborted
        ? `${url.host} did not send the file within ${policy.timeoutMs / 1000} s.`
        : 'The download broke off.',
    );
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

fetchSchedule satisfies typeof NodeTwin.fetchSchedule;
