import { apiPaths } from '@shared/contract/paths';
import { STREAM_CHANGE_EVENT, streamTopics } from '../wire/schedule-wire';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { openReconnectingStream } from './reconnecting-stream';
import { catchUpSchedule, fullSessionListKey, invalidateAllButList } from './schedule-catch-up';
import {
  keysForStreamMessage,
  keysForTopic,
  PUBLISH_JITTER_MS,
  publishedVersionOf,
} from './stream-invalidation';

/**
 * Listens to the conference's server-sent events and turns each change into a query
 * invalidation: the data itself is refetched through the normal hooks. A publish is the
 * exception: after a random wait of up to a few seconds (so a whole audience does not ask in
 * the same instant) the session list held is patched with the changes since its version, and
 * only falls back to a refetch when no patch fits (decision 18). The connection is reopened
 * with backoff after any error; once it is back, everything the stream covers is invalidated,
 * since changes made while it was down were never announced, and the list catches up the same
 * way as on a publish.
 */
export function useConferenceStream(slug: string | undefined): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!slug || typeof EventSource === 'undefined') return;
    const invalidate = (keys: readonly (readonly unknown[])[]) => {
      for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
    };
    const waiting = new Set<ReturnType<typeof setTimeout>>();
    const later = (run: () => void) => {
      const timer = setTimeout(() => {
        waiting.delete(timer);
        run();
      }, Math.random() * PUBLISH_JITTER_MS);
      waiting.add(timer);
    };
    let closed = false;
    // One catch-up at a time; a publish announced while one runs is caught up after it.
    let chain: Promise<unknown> = Promise.resolve();
    const scheduled = new Set<number | 'reconnect'>();
    const catchUp = (target?: number) => {
      chain = chain.then(async () => {
        if (closed) return;
        const started = Date.now();
        const outcome = await catchUpSchedule(queryClient, slug, target);
        if (closed) return;
        void invalidateAllButList(queryClient, slug, started);
        void queryClient.invalidateQueries({ queryKey: ['conferences'] });
        if (outcome === 'patched') return;
        void queryClient.invalidateQueries({ queryKey: fullSessionListKey(slug), exact: true });
        if (target !== undefined) invalidate(keysForTopic(slug, 'conference'));
      });
    };
    // The two events of one publish (sessions, conference) share one wait and one catch-up.
    const schedule = (target: number | undefined) => {
      const mark = target ?? 'reconnect';
      if (scheduled.has(mark)) return;
      scheduled.add(mark);
      later(() => {
        scheduled.delete(mark);
        catchUp(target);
      });
    };
    const close = openReconnectingStream(apiPaths.stream(slug), {
      onReady: (reconnected) => {
        if (!reconnected) return;
        // The session list catches up by patch; everything else (the conference too: a room
        // renamed while away announces no version) is refetched.
        invalidate(streamTopics.filter((t) => t !== 'sessions').flatMap((t) => keysForTopic(slug, t)));
        schedule(undefined);
      },
      events: {
        [STREAM_CHANGE_EVENT]: (data) => {
          const version = publishedVersionOf(data);
          if (version === undefined) return invalidate(keysForStreamMessage(slug, data));
          schedule(version);
        },
      },
    });
    return () => {
      closed = true;
      for (const timer of waiting) clearTimeout(timer);
      close();
    };
  }, [slug, queryClient]);
}
