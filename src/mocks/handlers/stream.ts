import {
  apiRoutes,
  slugSchema,
  STREAM_CHANGE_EVENT,
  type StreamEvent,
  type StreamTopic,
} from '@shared/contract';
import { toInstant } from '@shared/time';
import { sse } from 'msw';
import { getMockStore } from '../current-store';
import { readParam } from '../validate';

/**
 * Keeps the stream open and forwards notifyChange() calls as `change` events. MSW can only mock
 * SSE where EventSource exists (the browser); in jsdom the client opens no stream either.
 */
export const streamHandlers =
  typeof EventSource === 'undefined'
    ? []
    : [
        sse<{ message: string; change: string }>(apiRoutes.stream, ({ params, client }) => {
          const slug = readParam(slugSchema, params.slug);
          if (!slug) return;
          const store = getMockStore();
          const listeners = store.listeners.get(slug) ?? new Set();
          store.listeners.set(slug, listeners);
          listeners.add((topic: StreamTopic, id?: string) => {
            const event: StreamEvent = { topic, at: toInstant(new Date()), ...(id ? { id } : {}) };
            client.send({ event: STREAM_CHANGE_EVENT, data: JSON.stringify(event) });
          });
        }),
      ];
