import { type StreamTopic } from '@shared/contract/stream';
import { streamEventWire } from '../wire/schedule-wire';

/**
 * Which query key families a change on `topic` makes stale. Keys go general to specific, so
 * one family prefix covers lists and details alike.
 */
export function keysForTopic(slug: string, topic: StreamTopic): readonly (readonly unknown[])[] {
  switch (topic) {
    case 'sessions':
      return [['sessions', slug]];
    case 'speakers':
      return [['speakers', slug]];
    case 'sponsors':
      return [['sponsors', slug]];
    case 'conference':
      // The list shows names and dates too, so it goes stale with the edition.
      return [['conference', slug], ['conferences']];
    case 'shifts':
      // Role lists carry shift counts, so they go stale with the shifts.
      return [
        ['shifts', slug],
        ['roles', slug],
      ];
    case 'tickets':
      return [['tickets', slug]];
    case 'arrivals':
      return [['check-in', slug]];
  }
}

/**
 * How long after a publish a phone waits, at random, before catching up: 10,000 phones told at
 * once would otherwise all ask within the same few milliseconds and queue the desks' scans
 * behind them. Other changes (a sponsor, a shift) reach few clients and are refetched at once.
 */
export const PUBLISH_JITTER_MS = 3_000;

/** The version a publish announces in a `change` payload; undefined for any other change. */
export function publishedVersionOf(data: string): number | undefined {
  try {
    const parsed = streamEventWire.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data.scheduleVersion : undefined;
  } catch {
    return undefined;
  }
}

/** Parses an SSE `change` payload; unknown or malformed events are ignored, not fatal. */
export function keysForStreamMessage(slug: string, data: string): readonly (readonly unknown[])[] {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return [];
  }
  const parsed = streamEventWire.safeParse(json);
  return parsed.success ? keysForTopic(slug, parsed.data.topic) : [];
}
