import { type Session } from '@shared/contract/session';

const ms = (iso: string) => Date.parse(iso);

/** Running now: started, not ended, not cancelled. */
export function isRunning(session: Session, now: Date): boolean {
  const t = now.getTime();
  return session.status !== 'cancelled' && ms(session.startsAt) <= t && t < ms(session.endsAt);
}

/** How far a running session is, 0 to 1. */
export function progressOf(session: Session, now: Date): number {
  const start = ms(session.startsAt);
  const span = ms(session.endsAt) - start;
  return span <= 0 ? 1 : Math.min(1, Math.max(0, (now.getTime() - start) / span));
}

/** Minutes from `now` to `iso`, counted up so that "starts in 1 min" never reads "in 0 min". */
export function minutesUntil(iso: string, now: Date): number {
  return Math.max(0, Math.ceil((ms(iso) - now.getTime()) / 60_000));
}
