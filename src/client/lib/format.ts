import { localDateAt } from '@shared/time';
import { getFormatLocale, getLocale, type Locale } from '@client/i18n';

/**
 * The one place dates and times are written, for every screen: the attendee's schedule, the
 * volunteer's shifts, the desk and the organizer console. Intl only (no date library), always
 * in an explicit zone so no screen silently shows the device's zone.
 *
 * The rule: dates and times follow the interface language's convention at the conference,
 * not the device's region, so an instant reads the same on every screen and every phone
 * ("13:00" on the schedule, the desk and the console alike; never "1:00 PM" on an en-US laptop
 * next to "13:00" on a German phone). Lanyard serves European conferences in English (written
 * as in Britain), German and French, all with the 24-hour clock (CONVENTION). Numbers keep the
 * device's region (formatNumber). A 12-hour language would be one more entry here.
 */
const CONVENTION: Record<Locale, string> = { en: 'en-GB', de: 'de-DE', fr: 'fr-FR' };
const HOUR_CYCLE: Record<Locale, 'h23' | 'h12'> = { en: 'h23', de: 'h23', fr: 'h23' };

/** The locale dates and times are written in: the interface language's, at the conference. */
export function dateLocale(): string {
  return CONVENTION[getLocale()];
}

/** Hour and minute in the app's clock: always with these options, never Intl's default. */
const clock = (): Intl.DateTimeFormatOptions => ({
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: HOUR_CYCLE[getLocale()],
});

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
export function formatTime(instant: string | Date, timeZone: string, locale: string = dateLocale()): string {
  return formatter(locale, timeZone, clock()).format(toDate(instant));
}

/** 10:00–10:25, with the locale's range punctuation. */
export function formatTimeRange(
  start: string | Date,
  end: string | Date,
  timeZone: string,
  locale: string = dateLocale(),
): string {
  return formatter(locale, timeZone, clock()).formatRange(toDate(start), toDate(end));
}

/** "Fri": the weekday of an instant in the given zone. */
export function formatWeekday(
  instant: string | Date,
  timeZone: string,
  locale: string = dateLocale(),
): string {
  return formatter(locale, timeZone, { weekday: 'short' }).format(toDate(instant));
}

/** "Fri 10:00" in the given zone: when something happens within the conference week. */
export function formatWeekdayTime(
  instant: string | Date,
  timeZone: string,
  locale: string = dateLocale(),
): string {
  return formatter(locale, timeZone, { weekday: 'short', ...clock() }).format(toDate(instant));
}

/** "16 Oct 2025, 10:30 CEST": an entry of a log, read long after, with the zone named. */
export function formatDateTimeWithZone(
  instant: string | Date,
  timeZone: string,
  locale: string = dateLocale(),
): string {
  return formatter(locale, timeZone, {
    // dateStyle/timeStyle cannot be combined with timeZoneName: spell the parts out.
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    ...clock(),
    timeZoneName: 'short',
  }).format(toDate(instant));
}

/** "Thu 23 Oct 10:30": the local calendar date and time of an instant. */
export function formatDayTime(
  instant: string | Date,
  timeZone: string,
  locale: string = dateLocale(),
): string {
  const at = toDate(instant);
  return `${formatDay(localDateAt(at, timeZone), locale)} ${formatTime(at, timeZone, locale)}`;
}

/**
 * A conference day (YYYY-MM-DD) as "Thu 16 Oct". The date is a calendar date, so it is
 * formatted at noon UTC in UTC to avoid any zone moving it to a neighbouring day.
 */
export function formatDay(
  date: string,
  locale: string = dateLocale(),
  style: 'short' | 'long' = 'short',
): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { weekday: 'short', day: 'numeric', month: 'short' }
      : { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' };
  return formatter(locale, 'UTC', options).format(new Date(`${date}T12:00:00Z`));
}

/** A date range like "15–18 Oct 2025". */
export function formatDateRange(from: string, to: string, locale: string = dateLocale()): string {
  return formatter(locale, 'UTC', { day: 'numeric', month: 'short', year: 'numeric' }).formatRange(
    new Date(`${from}T12:00:00Z`),
    new Date(`${to}T12:00:00Z`),
  );
}

/** The zone's offset at `instant` as the locale writes it, e.g. "GMT+2". */
export function formatZoneOffset(
  instant: string | Date,
  timeZone: string,
  locale: string = dateLocale(),
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

/**
 * A session's language tag as its name in the interface's language ("Deutsch", "Allemand",
 * "German" for `de`), capitalised because it stands alone as a label or an option (French
 * writes language names in lower case). Not the browser's locale: a German page says
 * "Englisch" on an English phone too. An unknown or malformed tag shows as written.
 */
export function formatLanguage(tag: string, locale: string = getLocale()): string {
  let name = tag;
  try {
    name = new Intl.DisplayNames(locale, { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
