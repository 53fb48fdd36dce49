/**
 * Everything that reads "now" takes a Clock, so tests and the demo can pin or shift time.
 */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock stopped at `at`. */
export function fixedClock(at: Date | string): Clock {
  const t = new Date(at).getTime();
  return () => new Date(t);
}

/** A clock that runs from `at` onwards, e.g. to replay a past conference as if it were live. */
export function startedClock(at: Date | string, base: Clock = systemClock): Clock {
  const offset = new Date(at).getTime() - base().getTime();
  return () => new Date(base().getTime() + offset);
}
