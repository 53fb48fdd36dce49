import type { StreamEvent, StreamTopic } from '@shared/contract';
import { toInstant } from '@shared/time';
import type { AppDeps } from '../../deps';

/**
 * Tells every open stream of a conference that `topic` (optionally just `id`) changed. Call
 * it after the transaction commits. It never throws: the change is already saved, and a
 * client that misses the hint still sees it on its next refetch.
 */
export async function publishChange(
  deps: Pick<AppDeps, 'bus' | 'clock' | 'logger'>,
  slug: string,
  topic: StreamTopic,
  id?: string,
  extra: Pick<StreamEvent, 'scheduleVersion'> = {},
): Promise<void> {
  const event: StreamEvent = {
    topic,
    ...(id !== undefined ? { id } : {}),
    at: toInstant(deps.clock()),
    ...(extra.scheduleVersion !== undefined ? { scheduleVersion: extra.scheduleVersion } : {}),
  };
  try {
    await deps.bus.publish(slug, event);
  } catch (err) {
    deps.logger.warn('Could not publish a change notification', { slug, topic, err });
  }
}
