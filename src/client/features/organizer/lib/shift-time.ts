import { addDays, localDateAt, localTimeAt, toInstant, zonedToInstant } from '@shared/time';

/** Wall-clock fields of a shift in the conference's zone, as the form edits them. */
export interface ShiftTimes {
  date: string;
  start: string;
  end: string;
}

export function toShiftTimes(shift: { startsAt: string; endsAt: string }, zone: string): ShiftTimes {
  return {
    date: localDateAt(new Date(shift.startsAt), zone),
    start: localTimeAt(new Date(shift.startsAt), zone),
    end: localTimeAt(new Date(shift.endsAt), zone),
  };
}

/** Instants of a local date and times; an end at or before the start runs past midnight. */
export function fromShiftTimes(times: ShiftTimes, zone: string): { startsAt: string; endsAt: string } {
  const endDate = times.end > times.start ? times.date : addDays(times.date, 1);
  return {
    startsAt: toInstant(zonedToInstant(times.date, times.start, zone)),
    endsAt: toInstant(zonedToInstant(endDate, times.end, zone)),
  };
}
