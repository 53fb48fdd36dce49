import type { ShiftSlot } from '../contract';
import { addDays, toInstant, zonedToInstant } from '../time';

/**
 * The instants of a pattern repeated over days: each slot on each date, in the conference's
 * zone, so 09:00 stays 09:00 across a DST change. An end before the start runs past midnight.
 */
export function expandShiftPattern(
  dates: string[],
  slots: ShiftSlot[],
  timeZone: string,
): { startsAt: string; endsAt: string }[] {
  return dates.flatMap((date) =>
    slots.map((slot) => ({
      startsAt: toInstant(zonedToInstant(date, slot.start, timeZone)),
      endsAt: toInstant(zonedToInstant(slot.end > slot.start ? date : addDays(date, 1), slot.end, timeZone)),
    })),
  );
}
