import { describe, expect, it } from 'vitest';
import { conferenceDayBounds, conferenceDayOf } from './conference-day';
import { startedClock, fixedClock } from './clock';
import { addDays, daysBetween, localTimeAt, toInstant, toOffsetIso, zonedToInstant } from './zoned';

describe('zonedToInstant', () => {
  it.each([
    ['2025-10-16', '10:00', 'Europe/Paris', '2025-10-16T08:00:00Z'],
    ['2025-01-16', '10:00', 'Europe/Paris', '2025-01-16T09:00:00Z'],
    ['2024-09-21', '10:00', 'Europe/Berlin', '2024-09-21T08:00:00Z'],
    ['2025-10-16', '10:00', 'UTC', '2025-10-16T10:00:00Z'],
    ['2025-10-16', '10:00', 'America/New_York', '2025-10-16T14:00:00Z'],
    ['2025-10-16', '10:00', 'Asia/Kolkata', '2025-10-16T04:30:00Z'],
    // The night the clocks go back in Paris: 02:30 happens twice; the first one wins.
    ['2025-10-26', '02:30', 'Europe/Paris', '2025-10-26T00:30:00Z'],
    // Spring forward: 02:30 does not exist and lands an hour later.
    ['2025-03-30', '02:30', 'Europe/Paris', '2025-03-30T01:30:00Z'],
  ])('%s %s in %s is %s', (date, time, zone, expected) => {
    expect(toInstant(zonedToInstant(date, time, zone))).toBe(expected);
  });
});

describe('conference days run from 04:00 to 04:00', () => {
  it.each([
    ['2025-10-16T08:00:00Z', '2025-10-16'],
    ['2025-10-16T23:30:00Z', '2025-10-16'], // 01:30 the next morning, still the party night
    ['2025-10-17T01:59:00Z', '2025-10-16'], // 03:59
    ['2025-10-17T02:00:00Z', '2025-10-17'], // 04:00
  ])('%s belongs to %s in Paris', (instant, day) => {
    expect(conferenceDayOf(new Date(instant), 'Europe/Paris')).toBe(day);
  });

  it('bounds a day in UTC', () => {
    const { start, end } = conferenceDayBounds('2025-10-16', 'Europe/Paris');
    expect([toInstant(start), toInstant(end)]).toEqual(['2025-10-16T02:00:00Z', '2025-10-17T02:00:00Z']);
  });
});

describe('formatting and arithmetic', () => {
  it('writes ISO with the zone offset for exports', () => {
    expect(toOffsetIso(new Date('2025-10-16T08:00:00Z'), 'Europe/Paris')).toBe('2025-10-16T10:00:00+02:00');
    expect(toOffsetIso(new Date('2025-10-16T08:00:00Z'), 'America/St_Johns')).toBe(
      '2025-10-16T05:30:00-02:30',
    );
  });
  it('reads the local time', () => {
    expect(localTimeAt(new Date('2025-10-16T08:05:00Z'), 'Europe/Paris')).toBe('10:05');
  });
  it('adds and counts days across months and years', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-10-15', '2026-11-25')).toBe(406);
  });
});

describe('clocks', () => {
  it('a fixed clock stands still', () => {
    const clock = fixedClock('2025-10-16T08:30:00Z');
    expect(clock().toISOString()).toBe(clock().toISOString());
  });
  it('a started clock runs on from its start', () => {
    let now = 1_000_000;
    const base = () => new Date(now);
    const clock = startedClock('2025-10-16T08:30:00Z', base);
    now += 60_000;
    expect(toInstant(clock())).toBe('2025-10-16T08:31:00Z');
  });
});
