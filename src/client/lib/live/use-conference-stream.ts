import { apiPaths } from '@shared/contract/paths';
import { STREAM_CHANGE_EVENT } from '../wire/schedule-wire';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { keysForStreamMessage } from './stream-invalidation';

/**
 * Listens to the conference's server-sent events and turns each change into a query
 * invalidation: the data itself is refetched through the normal hooks. Reconnecting is left to
 * EventSource, which retries on its own.
 */
export function useConferenceStream(slug: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!slug || typeof EventSource === 'undefined') return;
    const source = new EventSource(apiPaths.stream(slug), { withCredentials: true });
    const onChange = (event: MessageEvent<string>) => {
      for (const queryKey of keysForStreamMessage(slug, event.data)) {
        void queryClient.invalidateQueries({ queryKey });
      }
    };
    source.addEventListener(STREAM_CHANGE_EVENT, onChange);
    return () => {
      source.removeEventListener(STREAM_CHANGE_EVENT, onChange);
      source.close();
    };
  }, [slug, queryClient]);
}
