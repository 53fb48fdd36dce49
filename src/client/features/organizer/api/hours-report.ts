import {
  type HoursPolicy,
  hoursPolicySchema,
  type HoursReport,
  hoursReportSchema,
} from '@shared/contract/coordination';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from '@client/features/volunteer';

/** Under the 'shifts' family: the stream's 'shifts' topic (attendance recorded) refreshes it. */
export const hoursKeys = {
  report: (slug: string) => [...shiftKeys.all(slug), 'hours-report'] as const,
};

export const hoursReportQueryOptions = (slug: string) =>
  queryOptions({
    queryKey: hoursKeys.report(slug),
    queryFn: ({ signal }): Promise<HoursReport> =>
      apiFetch(apiPaths.volunteerHours(slug), hoursReportSchema, { signal }),
  });

export const useHoursReport = (slug: string) => useQuery(hoursReportQueryOptions(slug));

export function useSetHoursPolicy(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: HoursPolicy) =>
      apiFetch(apiPaths.volunteerHoursPolicy(slug), hoursPolicySchema, { method: 'PUT', json: policy }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
  });
}
