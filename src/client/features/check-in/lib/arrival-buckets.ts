import { type Scan } from '@shared/contract/check-in';
import { admits } from '@shared/tickets';
import { conferenceDayOf, localTimeAt } from '@shared/time';

export const BUCKET_MINUTES = 15;
const MIN_SPAN_MINUTES = 2 * 60 - BUCKET_MINUTES;
const DAY_START_MINUTES = 4 * 60;

export interface ArrivalBucket {
  /** Local wall-clock start, HH:MM. */
  start: string;
  count: number;
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Admissions that still stand: entries the server admitted and nobody undid. */
export const isArrival = (s: Scan) => s.direction === 'entry' && admits(s.verdict) && s.undoneAt === null;

/**
 * Arrivals of one conference day in 15-minute buckets of local time, from the first busy
 * bucket to the last, empty ones included so the bars keep their time scale.
 */
export function arrivalBuckets(scans: readonly Scan[], day: string, timeZone: string): ArrivalBucket[] {
  const counts = new Map<number, number>();
  for (const scan of scans) {
    if (!isArrival(scan)) continue;
    const at = new Date(scan.scannedAt);
    if (conferenceDayOf(at, timeZone) !== day) continue;
    let minutes = minutesOf(localTimeAt(at, timeZone));
    // Past midnight still belongs to the day (it runs to 04:00): keep such times after 23:45.
    if (minutes < DAY_START_MINUTES) minutes += 24 * 60;
    const bucket = minutes - (minutes % BUCKET_MINUTES);
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  if (counts.size === 0) return [];
  const keys = [...counts.keys()];
  // At least two hours on the axis, so a quiet start still reads as a time line.
  const first = Math.max(
    Math.min(Math.min(...keys), Math.max(...keys) - MIN_SPAN_MINUTES),
    DAY_START_MINUTES,
  );
  const last = Math.max(...keys);
  const buckets: ArrivalBucket[] = [];
  for (let m = first; m <= last; m += BUCKET_MINUTES) {
    buckets.push({ start: hhmm(m % (24 * 60)), count: counts.get(m) ?? 0 });
  }
  return buckets;
}

/** The latest conference day with an arrival, to open the chart on. */
export function latestArrivalDay(scans: readonly Scan[], timeZone: string): string | null {
  let latest: string | null = null;
  for (const s of scans) {
    if (!isArrival(s)) continue;
    const day = conferenceDayOf(new Date(s.scannedAt), timeZone);
    if (latest === null || day > latest) latest = day;
  }
  return latest;
}
