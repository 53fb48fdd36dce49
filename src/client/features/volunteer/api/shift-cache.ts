import { type Shift, type ShiftFilters, type ShiftList } from '@shared/contract/shift';
import { type QueryClient } from '@tanstack/react-query';
import { shiftKeys } from './keys';

export type ShiftListSnapshot = [readonly unknown[], ShiftList | undefined][];

/**
 * Applies `update` to one shift in every cached list of the edition (null drops it from that
 * list) and returns what was there, for a rollback.
 */
export async function updateCachedShift(
  queryClient: QueryClient,
  slug: string,
  shiftId: string,
  update: (shift: Shift, filters: ShiftFilters) => Shift | null,
): Promise<ShiftListSnapshot> {
  await queryClient.cancelQueries({ queryKey: shiftKeys.all(slug) });
  const snapshot = queryClient.getQueriesData<ShiftList>({ queryKey: shiftKeys.lists(slug) });
  for (const [queryKey, list] of snapshot) {
    if (!list) continue;
    const filters = (queryKey[3] ?? {}) as ShiftFilters;
    const shifts = list.shifts.flatMap((s) => {
      if (s.id !== shiftId) return [s];
      const next = update(s, filters);
      return next ? [next] : [];
    });
    queryClient.setQueryData<ShiftList>(queryKey, { ...list, shifts });
  }
  return snapshot;
}

export function restoreShiftLists(queryClient: QueryClient, snapshot: ShiftListSnapshot | undefined): void {
  for (const [queryKey, list] of snapshot ?? []) queryClient.setQueryData(queryKey, list);
}
