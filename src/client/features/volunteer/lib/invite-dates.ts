import { localDateAt } from '@shared/time';
import { formatDay, formatTime } from '@client/lib/format';

/** "Thu 23 Oct 10:30" in the conference's zone: expiries can be a week or more away. */
export function formatDayTime(instant: string, zone: string): string {
  return `${formatDay(localDateAt(new Date(instant), zone))} ${formatTime(instant, zone)}`;
}
