import { apiPaths } from '@shared/contract/paths';
import { STREAM_CHANGE_EVENT, streamTopics } from '../wire/schedule-wire';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { openReconnectingStream } from './reconnecting-stream';
import { delayForStreamMessage, keysForStreamMessage, keysForTopic } from './stream-invalidation';

/**
 * Listens to the conference's server-sent events and turns each change into a query
 * invalidation: the data itself is refetched through the normal hooks. The connection is
 * reopened with backoff after any error; once it is back, everything the stream covers is
 * invalidated, since changes made while it was down were never announced. A publish is
 * acted on after a random wait of up to a few seconds, so a whole audience does not refetch
 * in the same instant.
 */
export function useConferenceStream(slug: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!slug || typeof EventSource === 'undefined') return;
    const invalidate = (keys: readonly (readonly unknown[])[]) => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };
    const waiting = new Set<ReturnType<typeof setTimeout>>();
    const close = openReconnectingStream(apiPaths.stream(slug), {
      onReady: (reconnected) => {
        if (reconnected) invalidate(streamTopics.flatMap((topic) => keysForTopic(slug, topic)));
      },
      events: {
        [STREAM_CHANGE_EVENT]: (data) => {
          const keys = keysForStreamMessage(slug, data);
          const delay = delayForStreamMessage(data);
          if (delay <= 0) return invalidate(keys);
          const timer = setTimeout(() => {
            waiting.delete(timer);
            invalidate(keys);
          }, delay);
          waiting.add(timer);
        },
      },
    });
    return () => {
      for (const timer of waiting) clearTimeout(timer);
      close();
    };
  }, [slug, queryClient]);
}
