import { type Conference } from '@shared/contract/conference';
import { conferenceDayOf } from '@shared/time';

/**
 * The day the schedule opens on: the one asked for in the URL if the conference has it,
 * else today (by the 04:00 rule) during the conference, else the first day.
 */
export function pickDay(conference: Conference, requested: string | null, now: Date): string | undefined {
  const dates = conference.days.map((d) => d.date);
  if (requested && dates.includes(requested)) return requested;
  const today = conferenceDayOf(now, conference.timeZone);
  if (dates.includes(today)) return today;
  return dates[0];
}
