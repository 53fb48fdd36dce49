import { useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { ticketIndexQueryOptions } from '../api/get-ticket-index';
import {
  loadTicketIndex,
  type OfflineTicketSearch,
  prepareTicketSearch,
  storeTicketIndex,
} from './offline-ticket-search';

/**
 * The desk's offline ticket search: downloaded while online (and again when tickets change),
 * stored on the device, and read back from there after a reload without the network.
 */
export function useOfflineTicketSearch(slug: string): OfflineTicketSearch | null {
  const query = useQuery({
    ...ticketIndexQueryOptions(slug),
    initialData: () => loadTicketIndex(slug),
    // A stored copy is shown at once but always fetched again when the network is there.
    initialDataUpdatedAt: 0,
  });
  const { data, isFetchedAfterMount } = query;
  useEffect(() => {
    if (data && isFetchedAfterMount) storeTicketIndex(slug, data);
  }, [data, isFetchedAfterMount, slug]);
  return useMemo(() => (data ? prepareTicketSearch(data) : null), [data]);
}
