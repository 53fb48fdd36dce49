import { type MyHours, myHoursSchema } from '@shared/contract/coordination';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { shiftKeys } from './keys';

export const myHoursQueryOptions = (slug: string, userId: string) =>
  queryOptions({
    queryKey: [...shiftKeys.all(slug), 'hours', userId] as const,
    queryFn: ({ signal }): Promise<MyHours> =>
      apiFetch(apiPaths.volunteerHoursMine(slug), myHoursSchema, { signal }),
  });

export const useMyHours = (slug: string, userId: string) => useQuery(myHoursQueryOptions(slug, userId));
