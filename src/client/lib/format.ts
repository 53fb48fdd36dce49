import { getFormatLocale } from '@client/i18n';

/**
 * Date and time formatting with Intl only (no date library), always in an explicit zone so
 * the schedule never silently shows the device's zone.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    cache.set(key, f);
  }
  return f;
}

const toDate = (instant: string | Date) => (typeof instant === 'string' ? new Date(instant) : instant);

/** 10:00 (or 10:00 AM where the locale says so). */
export function formatTime(
  instant: string | Date,
  timeZone: string,
  locale: string = getFormatLocale(),
): string {
  return formatter(locale, timeZone, { hour: '2-digit', minute: '2-digit' }).format(toDate(instant));
}

/** 10:00–10:25, with the locale's range punctuation. */
export function formatTimeRange(
  start: string | Date,
  end: string | Date,
  timeZone: string,
  locale: string = getFormatLocale(),
): string {
  return formatter(locale, timeZone, { hour: '2-digit', minute: '2-digit' }).formatRange(
    toDate(start),
    toDate(end),
  );
}

/**
 * A conference day (YYYY-MM-DD) as "Thu 16 Oct". The date is a calendar date, so it is
 * formatted at noon UTC in UTC to avoid any zone moving it to a neighbouring day.
 */
export function formatDay(
  date: string,
  locale: string = getFormatLocale(),
  style: 'short' | 'long' = 'short',
): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { weekday: 'short', day: 'numeric', month: 'short' }
      : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
  return formatter(locale, 'UTC', options).format(new Date(`${date}T12:00:00Z`));
}

/** A date range like "15–18 Oct 2025". */
export function formatDateRange(from: string, to: string, locale: string = getFormatLocale()): string {
  return formatter(locale, 'UTC', { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(
    new Date(`${from}T12:00:00Z`),
    new Date(`${to}T12:00:00Z`),
  );
}

/** The zone's offset at `instant` as the locale writes it, e.g. "GMT+2". */
export function formatZoneOffset(
  instant: string | Date,
  timeZone: string,
  locale: string = getFormatLocale(),
): string {
  const parts = formatter(locale, timeZone, { timeZoneName: 'shortOffset' }).formatToParts(toDate(instant));
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
}

/** The device's IANA zone. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export function formatNumber(value: number, locale: string = getFormatLocale()): string {
  return new Intl.NumberFormat(locale).format(value);
}
