import type { HoursPolicy, HoursTotals } from '../contract';
import { addDays, localDateAt, zonedToInstant } from '../time';

const HOUR_MS = 3_600_000;

/** No night bonus unless the organizers set one. */
export const DEFAULT_HOURS_POLICY: HoursPolicy = {
  nightStart: '22:00',
  nightEnd: '06:00',
  nightMultiplier: 1,
};

export interface WorkedShift {
  startsAt: string;
  endsAt: string;
}

/**
 * Milliseconds of [start, end) that fall in the night, in the conference's wall-clock time:
 * every night that could touch the interval is built from local dates, so a DST change
 * shortens or lengthens that night as the clocks do.
 */
export function nightMs(start: number, end: number, policy: HoursPolicy, timeZone: string): number {
  if (policy.nightStart === policy.nightEnd || end <= start) return 0;
  const crossesMidnight = policy.nightEnd < policy.nightStart;
  const first = addDays(localDateAt(new Date(start), timeZone), -1);
  const last = localDateAt(new Date(end), timeZone);
  let total = 0;
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const from = zonedToInstant(date, policy.nightStart, timeZone).getTime();
    const to = zonedToInstant(crossesMidnight ? addDays(date, 1) : date, policy.nightEnd, timeZone).getTime();
    total += Math.max(0, Math.min(end, to) - Math.max(start, from));
  }
  return total;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Hours of the shifts a volunteer worked, night hours counted `nightMultiplier` times. */
export function hoursWorked(shifts: WorkedShift[], policy: HoursPolicy, timeZone: string): HoursTotals {
  let ms = 0;
  let night = 0;
  for (const s of shifts) {
    const start = Date.parse(s.startsAt);
    const end = Date.parse(s.endsAt);
    if (end <= start) continue;
    ms += end - start;
    night += nightMs(start, end, policy, timeZone);
  }
  const hours = ms / HOUR_MS;
  const nightHours = night / HOUR_MS;
  return {
    shifts: shifts.length,
    hours: round2(hours),
    nightHours: round2(nightHours),
    creditedHours: round2(hours + nightHours * (policy.nightMultiplier - 1)),
  };
}
