import { z } from 'zod';

/**
 * What the server says on `GET .../stream`. Events name what changed, never carry the data:
 * the client turns each into a query invalidation and refetches through the normal hooks.
 * Features add their topics here.
 */
export const streamTopics = [
  'conference',
  'sessions',
  'speakers',
  'sponsors',
  'shifts',
  'tickets',
  'arrivals',
] as const;
export const streamTopicSchema = z.enum(streamTopics);
export type StreamTopic = z.infer<typeof streamTopicSchema>;

export const streamEventSchema = z.object({
  topic: streamTopicSchema,
  /** Optional narrower key, e.g. a session code. */
  id: z.string().optional(),
  at: z.iso.datetime(),
  /**
   * On a publish: the schedule version now public, so a client knows whether (and how far) it
   * is behind before it fetches anything.
   */
  scheduleVersion: z.number().int().min(1).optional(),
});
export type StreamEvent = z.infer<typeof streamEventSchema>;

/** The SSE `event:` name used for change notifications. */
export const STREAM_CHANGE_EVENT = 'change';
