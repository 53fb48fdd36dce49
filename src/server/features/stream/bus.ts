import type { StreamEvent, StreamTopic } from '@shared/contract';

export type StreamListener = (event: StreamEvent) => void;

/**
 * Hears every conference's changes. `slug` is null when every conference may have changed
 * (the Postgres bus lost its LISTEN connection, so notifications were missed).
 */
export type ChangeWatcher = (slug: string | null, event: StreamEvent) => void;

/**
 * Change notifications per conference. Features publish after they commit; every server
 * process delivers to its own SSE clients. On Postgres the bus fans out through
 * LISTEN/NOTIFY so several processes behind one load balancer all hear every change.
 */
export interface EventBus {
  publish(conferenceSlug: string, event: StreamEvent): Promise<void>;
  subscribe(conferenceSlug: string, listener: StreamListener): () => void;
  close(): Promise<void>;
  /**
   * Watches every conference's changes, this process's own publishes included as soon as
   * they are published (not only once they come back through Postgres): what a cache of
   * this process needs to drop stale answers before the writer's next read.
   */
  watch?(watcher: ChangeWatcher): () => void;
}

/** Delivers to listeners of this process: enough for one SQLite-backed server. */
export class MemoryEventBus implements EventBus {
  private readonly listeners = new Map<string, Set<StreamListener>>();
  private readonly watchers = new Set<ChangeWatcher>();

  async publish(conferenceSlug: string, event: StreamEvent): Promise<void> {
    this.deliver(conferenceSlug, event);
  }

  /** Hands an event to this process's listeners; also used by the Postgres bus on NOTIFY. */
  deliver(conferenceSlug: string, event: StreamEvent): void {
    this.tellWatchers(conferenceSlug, event);
    for (const listener of this.listeners.get(conferenceSlug) ?? []) listener(event);
  }

  /**
   * Tells every listener of every conference that `topics` all changed: after events may have
   * been missed (the LISTEN connection was lost), so each stream's client refetches.
   */
  deliverEverywhere(topics: readonly StreamTopic[], at: string): void {
    // One object per topic for every listener, so each stream's frame is encoded once.
    const events = topics.map((topic): StreamEvent => ({ topic, at }));
    for (const event of events) this.tellWatchers(null, event);
    for (const [slug, listeners] of this.listeners) {
      for (const event of events) for (const listener of [...listeners]) listener(event);
      if (listeners.size === 0) this.listeners.delete(slug);
    }
  }

  subscribe(conferenceSlug: string, listener: StreamListener): () => void {
    let set = this.listeners.get(conferenceSlug);
    if (!set) this.listeners.set(conferenceSlug, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(conferenceSlug);
    };
  }

  watch(watcher: ChangeWatcher): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /** Tells the watchers only (not the streams): the Postgres bus's own publishes. */
  tellWatchers(conferenceSlug: string | null, event: StreamEvent): void {
    for (const watcher of this.watchers) watcher(conferenceSlug, event);
  }

  async close(): Promise<void> {
    this.listeners.clear();
    this.watchers.clear();
  }
}
