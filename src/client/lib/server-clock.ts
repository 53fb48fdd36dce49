/**
 * "Now" as the server sees it. The server may run on an injected clock (tests, or a demo
 * replaying an event with LANYARD_NOW), and phones' clocks drift; every API answer carries
 * the server's time in a `Lanyard-Now` header, and the app reads the time through here.
 */
export const SERVER_NOW_HEADER = 'lanyard-now';

let offsetMs = 0;
const listeners = new Set<() => void>();

export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}

/** Records the server's time from a response; ignores a missing or malformed header. */
export function syncServerClock(headerValue: string | null, receivedAt = Date.now()): void {
  if (!headerValue) return;
  const serverMs = Date.parse(headerValue);
  if (Number.isFinite(serverMs)) setServerOffset(serverMs - receivedAt);
}

/** The server clock's lead over the device's, in ms (kept with the offline cache). */
export function serverOffset(): number {
  return offsetMs;
}

export function setServerOffset(next: number): void {
  const jumped = Math.abs(next - offsetMs) > 1000;
  offsetMs = next;
  // Ticking clocks re-read at once when the offset really moved, not on every response's jitter.
  if (jumped) for (const listener of listeners) listener();
}

export function onServerClockChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
