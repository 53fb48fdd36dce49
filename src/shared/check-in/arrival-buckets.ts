import { ARRIVAL_BUCKET_MINUTES, type ArrivalSeries } from '../contract/desk';
import { addDays, localTimeAt, toInstant, zonedToInstant } from '../time';

const DAY_MINUTES = 24 * 60;
/** A conference day runs from 04:00 to 04:00 the next morning. */
const DAY_START_MINUTES = 4 * 60;

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Minutes since midnight of the conference day; the small hours of the next morning count past 24:00. */
function minutesIntoDay(at: Date, timeZone: string): number {
  const time = localTimeAt(at, timeZone);
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return minutes < DAY_START_MINUTES ? minutes + DAY_MINUTES : minutes;
}

/**
 * Admissions of one conference day in 15-minute buckets of local time, per list, from the
 * first busy bucket to the last, empty ones included so bars keep their time scale. Shared by
 * the server and the mock API so both answer alike.
 */
export function arrivalBuckets(
  admissions: readonly { listId: string; at: string }[],
  listIds: readonly string[],
  day: string,
  timeZone: string,
): ArrivalSeries['buckets'] {
  const listIndex = new Map(listIds.map((id, i) => [id, i]));
  const empty = () => listIds.map(() => 0);
  const counts = new Map<number, number[]>();
  for (const a of admissions) {
    const i = listIndex.get(a.listId);
    if (i === undefined) continue;
    const minutes = minutesIntoDay(new Date(a.at), timeZone);
    const bucket = minutes - (minutes % ARRIVAL_BUCKET_MINUTES);
    let perList = counts.get(bucket);
    if (!perList) counts.set(bucket, (perList = empty()));
    perList[i]!++;
  }
  const buckets: ArrivalSeries['buckets'] = [];
  if (counts.size === 0) return buckets;
  const keys = [...counts.keys()];
  const last = Math.max(...keys);
  for (let m = Math.min(...keys); m <= last; m += ARRIVAL_BUCKET_MINUTES) {
    const byList = counts.get(m) ?? empty();
    const start = hhmm(m % DAY_MINUTES);
    buckets.push({
      start,
      startsAt: toInstant(zonedToInstant(m >= DAY_MINUTES ? addDays(day, 1) : day, start, timeZone)),
      count: byList.reduce((a, b) => a + b, 0),
      byList,
    });
  }
  return buckets;
}
