import type { StreamEvent, StreamTopic } from '@shared/contract';

export type StreamListener = (event: StreamEvent) => void;

/**
 * Change notifications per conference. Features publish after they commit; every server
 * process delivers to its own SSE clients. On Postgres the bus fans out through
 * LISTEN/NOTIFY so several processes behind one load balancer all hear every change.
 */
export interface EventBus {
  publish(conferenceSlug: string, event: StreamEvent): Promise<void>;
  subscribe(conferenceSlug: string, listener: StreamListener): () => void;
  close(): Promise<void>;
}

/** Delivers to listeners of this process: enough for one SQLite-backed server. */
export class MemoryEventBus implements EventBus {
  private readonly listeners = new Map<string, Set<StreamListener>>();

  async publish(conferenceSlug: string, event: StreamEvent): Promise<void> {
    this.deliver(conferenceSlug, event);
  }

  /** Hands an event to this process's listeners; also used by the Postgres bus on NOTIFY. */
  deliver(conferenceSlug: string, event: StreamEvent): void {
    for (const listener of this.listeners.get(conferenceSlug) ?? []) listener(event);
  }

  /**
   * Tells every listener of every conference that `topics` all changed: after events may have
   * been missed (the LISTEN connection was lost), so each stream's client refetches.
   */
  deliverEverywhere(topics: readonly StreamTopic[], at: string): void {
    for (const [slug, listeners] of this.listeners) {
      for (const topic of topics) for (const listener of [...listeners]) listener({ topic, at });
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

  async close(): Promise<void> {
    this.listeners.clear();
  }
}
