import { type Shift } from '@shared/contract/shift';
import { describe, expect, it } from 'vitest';
import { coverageRows, coverageTotals } from './coverage-rows';

const shift = (id: string, startsAt: string, capacity: number, taken: number, role = 'video'): Shift => ({
  id,
  role,
  roleName: role,
  place: 'Room',
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + 3_600_000).toISOString().replace('.000', ''),
  day: startsAt.slice(0, 10),
  capacity,
  description: '',
  taken,
  waiting: 0,
  offered: 0,
  signOffUntil: startsAt,
  mine: null,
  verdict: null,
});

describe('coverageRows', () => {
  const now = new Date('2025-10-16T08:30:00Z');
  const shifts = [
    shift('full-early', '2025-10-16T09:00:00Z', 2, 2),
    shift('short-late', '2025-10-17T09:00:00Z', 2, 1),
    shift('past', '2025-10-16T06:00:00Z', 2, 0),
    shift('running-short', '2025-10-16T08:00:00Z', 3, 0, 'desk'),
    shift('short-early', '2025-10-16T10:00:00Z', 2, 0),
  ];

  it('lists understaffed shifts first, soonest first, and drops ended ones', () => {
    expect(coverageRows(shifts, now).map((s) => s.id)).toEqual([
      'running-short',
      'short-early',
      'short-late',
      'full-early',
    ]);
  });

  it('filters by role and day', () => {
    expect(coverageRows(shifts, now, { role: 'desk' }).map((s) => s.id)).toEqual(['running-short']);
    expect(coverageRows(shifts, now, { day: '2025-10-17' }).map((s) => s.id)).toEqual(['short-late']);
  });

  it('totals needed and held places per role, never counting more than needed', () => {
    const over = shift('over', '2025-10-16T12:00:00Z', 1, 3, 'desk');
    expect(
      coverageTotals(
        [...shifts, over],
        (s) => s.role,
        (s) => s.roleName,
      ),
    ).toEqual([
      { key: 'video', label: 'video', needed: 8, taken: 3, understaffed: 3 },
      { key: 'desk', label: 'desk', needed: 4, taken: 1, understaffed: 1 },
    ]);
  });
});
