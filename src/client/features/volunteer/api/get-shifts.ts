import { apiPaths } from '@shared/contract/paths';
import { type ShiftFilters, type ShiftList, shiftListSchema } from '@shared/contract/shift';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from '@client/lib/api-client';
import { shiftKeys } from './keys';

export function getShifts(slug: string, filters: ShiftFilters, signal?: AbortSignal): Promise<ShiftList> {
  const query = toQueryString({
    role: filters.role,
    place: filters.place,
    day: filters.day,
    mine: filters.mine ? 'true' : undefined,
    available: filters.available ? 'true' : undefined,
    offered: filters.offered ? 'true' : undefined,
  });
  return apiFetch(apiPaths.shifts(slug) + query, shiftListSchema, { signal });
}

/** Drops empty and false filters so equal selections share one cache entry. */
export function normalizeShiftFilters(filters: ShiftFilters): ShiftFilters {
  return {
    ...(filters.role ? { role: filters.role } : {}),
    ...(filters.place ? { place: filters.place } : {}),
    ...(filters.day ? { day: filters.day } : {}),
    ...(filters.mine ? { mine: true } : {}),
    ...(filters.available ? { available: true } : {}),
    ...(filters.offered ? { offered: true } : {}),
  };
}

export const shiftsQueryOptions = (slug: string, userId: string | null, filters: ShiftFilters = {}) => {
  const normalized = normalizeShiftFilters(filters);
  return queryOptions({
    queryKey: shiftKeys.list(slug, userId, normalized),
    queryFn: ({ signal }) => getShifts(slug, normalized, signal),
  });
};

/** Not suspending on filter changes: the previous list stays while the next one loads. */
export function useShifts(slug: string, userId: string | null, filters: ShiftFilters = {}) {
  return useQuery({ ...shiftsQueryOptions(slug, userId, filters), placeholderData: keepPreviousData });
}
