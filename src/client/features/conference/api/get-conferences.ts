import { type ConferenceList } from '@shared/contract/conference';
import { apiPaths } from '@shared/contract/paths';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { conferenceListWire } from '@client/lib/wire/schedule-wire';

export function getConferences(signal?: AbortSignal): Promise<ConferenceList> {
  return apiFetch(apiPaths.conferences(), conferenceListWire, { signal });
}

export const conferencesQueryOptions = () =>
  queryOptions({ queryKey: ['conferences'], queryFn: ({ signal }) => getConferences(signal) });

export function useConferences() {
  return useSuspenseQuery(conferencesQueryOptions());
}
