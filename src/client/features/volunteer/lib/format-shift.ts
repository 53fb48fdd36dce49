import { t } from '@client/i18n';
import { formatTimeRange } from '@client/lib/format';

export function formatShiftTime(shift: { startsAt: string; endsAt: string }, timeZone: string): string {
  return formatTimeRange(shift.startsAt, shift.endsAt, timeZone);
}

/** Hours between two instants, to one decimal. */
export function shiftHours(shift: { startsAt: string; endsAt: string }): number {
  return Math.round(((Date.parse(shift.endsAt) - Date.parse(shift.startsAt)) / 3_600_000) * 10) / 10;
}

/** "in 2 d 3 h", "in 3 h 20 min", "in 5 min"; "now" once it has started. */
export function formatCountdown(from: Date, to: string): string {
  const minutes = Math.floor((Date.parse(to) - from.getTime()) / 60_000);
  if (minutes <= 0) return t('volunteer.countdown.now');
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return t('volunteer.countdown.days', { d, h });
  if (h > 0) return t('volunteer.countdown.hours', { h, m });
  return t('volunteer.countdown.minutes', { m });
}
