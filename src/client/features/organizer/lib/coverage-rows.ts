import { type Shift } from '@shared/contract/shift';

export interface CoverageFilters {
  role?: string;
  day?: string;
}

export const missingOn = (s: Shift) => Math.max(0, s.capacity - s.taken);

/**
 * Shifts still to come (or running), understaffed ones first and soonest first within each
 * group: the coordinator's to-do list reads from the top.
 */
export function coverageRows(shifts: Shift[], now: Date, filters: CoverageFilters = {}): Shift[] {
  return shifts
    .filter((s) => Date.parse(s.endsAt) > now.getTime())
    .filter((s) => !filters.role || s.role === filters.role)
    .filter((s) => !filters.day || s.day === filters.day)
    .sort(
      (a, b) =>
        Number(missingOn(b) > 0) - Number(missingOn(a) > 0) ||
        a.startsAt.localeCompare(b.startsAt) ||
        missingOn(b) - missingOn(a),
    );
}

export interface CoverageTotal {
  key: string;
  label: string;
  needed: number;
  taken: number;
  understaffed: number;
}

/** Places needed and held per role or per day, over the same shifts. */
export function coverageTotals(
  shifts: Shift[],
  keyOf: (s: Shift) => string,
  labelOf: (s: Shift) => string,
): CoverageTotal[] {
  const totals = new Map<string, CoverageTotal>();
  for (const s of shifts) {
    const key = keyOf(s);
    const t = totals.get(key) ?? { key, label: labelOf(s), needed: 0, taken: 0, understaffed: 0 };
    t.needed += s.capacity;
    t.taken += Math.min(s.taken, s.capacity);
    if (missingOn(s) > 0) t.understaffed += 1;
    totals.set(key, t);
  }
  return [...totals.values()];
}
