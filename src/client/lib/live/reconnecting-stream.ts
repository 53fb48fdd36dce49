/** What the stream's owner hears: named events' data, and each (re)connection. */
export interface StreamListeners {
  /** The server's `ready`: subscribed. `reconnected` once any connection attempt has failed. */
  onReady(reconnected: boolean): void;
  /** Handlers of named events, by event name. */
  events: Record<string, (data: string) => void>;
}

export interface ReconnectOptions {
  EventSource?: typeof EventSource;
  setTimeout?: (run: () => void, ms: number) => unknown;
  clearTimeout?: (handle: unknown) => void;
  random?: () => number;
  /** First retry after about this long; doubled per failure up to `maxDelayMs`. */
  baseDelayMs?: number;
  maxDelayMs?: number;
}

/**
 * The wait before retry number `failures` (0-based): exponential, capped, with "equal jitter"
 * (half fixed, half random), so the phones of a whole venue do not come back in one wave
 * after a restart.
 */
export function retryDelay(failures: number, random: () => number, baseMs = 1_000, maxMs = 30_000): number {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.min(failures, 30));
  return Math.round(cap / 2 + random() * (cap / 2));
}

/**
 * An EventSource that never gives up. EventSource retries a dropped connection itself, but
 * stops for good when an answer is not a 200 event stream (a proxy's 503 during a restart),
 * and retries at its own fixed pace. So on any error this closes the source and opens a new
 * one after a backoff with jitter; a `ready` event resets the backoff. Returns a stop function.
 */
export function openReconnectingStream(
  url: string,
  listeners: StreamListeners,
  options: ReconnectOptions = {},
): () => void {
  const Source = options.EventSource ?? EventSource;
  const schedule = options.setTimeout ?? ((run, ms) => window.setTimeout(run, ms));
  const cancel = options.clearTimeout ?? ((handle) => window.clearTimeout(handle as number));
  const random = options.random ?? Math.random;
  let source: EventSource | undefined;
  let retry: unknown;
  let failures = 0;
  let interrupted = false;
  let stopped = false;

  const connect = () => {
    retry = undefined;
    const current = new Source(url, { withCredentials: true });
    source = current;
    current.addEventListener('ready', () => {
      failures = 0;
      listeners.onReady(interrupted);
    });
    for (const [name, handle] of Object.entries(listeners.events)) {
      current.addEventListener(name, (event) => handle((event as MessageEvent<string>).data));
    }
    current.addEventListener('error', () => {
      if (stopped || source !== current) return;
      current.close();
      source = undefined;
      interrupted = true;
      retry = schedule(connect, retryDelay(failures++, random, options.baseDelayMs, options.maxDelayMs));
    });
  };

  // Back on the network: no need to sit out the rest of a long backoff.
  const online = () => {
    if (retry === undefined || stopped) return;
    cancel(retry);
    connect();
  };
  if (typeof window !== 'undefined') window.addEventListener('online', online);
  connect();

  return () => {
    stopped = true;
    if (typeof window !== 'undefined') window.removeEventListener('online', online);
    if (retry !== undefined) cancel(retry);
    source?.close();
  };
}
