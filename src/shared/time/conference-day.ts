import { addDays, localDateAt, wallClockAt, zonedToInstant } from './zoned';

/**
 * A conference day runs from 04:00 to 04:00 local time, so a session at 01:30 after a party
 * night still belongs to the evening before, as attendees think of it.
 */
export const DAY_STARTS_AT = '04:00';
const DAY_START_HOUR = 4;

/** The conference day (YYYY-MM-DD) an instant belongs to. */
export function conferenceDayOf(instant: Date, timeZone: string): string {
  const date = localDateAt(instant, timeZone);
  return wallClockAt(instant, timeZone).hour < DAY_START_HOUR ? addDays(date, -1) : date;
}

/** [start, end) instants of a conference day. */
export function conferenceDayBounds(date: string, timeZone: string): { start: Date; end: Date } {
  return {
    start: zonedToInstant(date, DAY_STARTS_AT, timeZone),
    end: zonedToInstant(addDays(date, 1), DAY_STARTS_AT, timeZone),
  };
}
