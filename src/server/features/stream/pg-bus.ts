import type pg from 'pg';
import { z } from 'zod';
import { streamEventSchema, streamTopics, type StreamEvent } from '@shared/contract';
import { toInstant } from '@shared/time';
import { silentLogger, type Logger } from '../../deps';
import { MemoryEventBus, type ChangeWatcher, type EventBus, type StreamListener } from './bus';

export const EVENTS_CHANNEL = 'lanyard_events';
/** Postgres rejects NOTIFY payloads from 8000 bytes on. */
const MAX_PAYLOAD_BYTES = 7999;
const MAX_BACKOFF_MS = 10_000;

const notificationSchema = z.object({ slug: z.string(), event: streamEventSchema });

/**
 * Fans change notifications out to every server process sharing one Postgres. Publishing
 * sends NOTIFY; each process, the publisher included, hears it on its LISTEN connection and
 * delivers to its own streams. Delivering locally on publish as well would double events.
 */
export class PostgresEventBus implements EventBus {
  private readonly local = new MemoryEventBus();
  private client: pg.PoolClient | undefined;
  private detach: (() => void) | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private failures = 0;
  private closed = false;
  /** Set when the LISTEN connection was lost: notifications sent meanwhile were missed. */
  private missedEvents = false;

  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger = silentLogger,
  ) {}

  /** Opens the LISTEN connection; fails if the database cannot be reached now. */
  async start(): Promise<void> {
    await this.listen();
  }

  async publish(conferenceSlug: string, event: StreamEvent): Promise<void> {
    const payload = JSON.stringify({ slug: conferenceSlug, event });
    if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) throw new Error('Stream event too large for NOTIFY');
    // This process's caches drop stale answers now, before the writer reads again; streams
    // hear the change once, when it comes back through LISTEN (watchers hear it twice).
    this.local.tellWatchers(conferenceSlug, event);
    await this.pool.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, payload]);
  }

  subscribe(conferenceSlug: string, listener: StreamListener): () => void {
    return this.local.subscribe(conferenceSlug, listener);
  }

  watch(watcher: ChangeWatcher): () => void {
    return this.local.watch(watcher);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    if (client) {
      await client.query(`unlisten ${EVENTS_CHANNEL}`).catch(() => {});
      // Detached and released in one synchronous step: the pool reuses this connection.
      this.detach?.();
      client.release();
    }
    await this.local.close();
  }

  private async listen(): Promise<void> {
    // A dedicated connection: LISTEN belongs to a session, so it must not go back to the pool.
    const client = await this.pool.connect();
    const onNotification = (msg: pg.Notification) => this.receive(msg.payload);
    const onLost = (err?: Error) => this.lost(client, err);
    client.on('notification', onNotification);
    client.on('error', onLost);
    client.on('end', onLost);
    this.detach = () => {
      client.off('notification', onNotification);
      client.off('error', onLost);
      client.off('end', onLost);
    };
    try {
      await client.query(`listen ${EVENTS_CHANNEL}`);
    } catch (err) {
      client.release(true);
      throw err;
    }
    if (this.closed) {
      client.release(true);
      return;
    }
    this.client = client;
    this.failures = 0;
    if (this.missedEvents) {
      this.missedEvents = false;
      this.logger.info('Listening again; streams are told to refetch everything');
      this.local.deliverEverywhere(streamTopics, toInstant(new Date()));
    }
  }

  private receive(payload: string | undefined): void {
    let parsed: z.infer<typeof notificationSchema>;
    try {
      parsed = notificationSchema.parse(JSON.parse(payload ?? ''));
    } catch {
      this.logger.warn('Ignored a malformed notification', { channel: EVENTS_CHANNEL });
      return;
    }
    this.local.deliver(parsed.slug, parsed.event);
  }

  private lost(client: pg.PoolClient, err?: Error): void {
    if (this.client !== client) return;
    this.client = undefined;
    this.missedEvents = true;
    client.release(err ?? true);
    this.logger.warn('Lost the LISTEN connection; reconnecting', { err });
    this.scheduleReconnect();
  }

  /** Exponential backoff with jitter, so restarted processes do not reconnect in lockstep. */
  private scheduleReconnect(): void {
    if (this.closed) return;
    const delay = Math.min(MAX_BACKOFF_MS, 250 * 2 ** this.failures) * (0.5 + Math.random() / 2);
    this.failures += 1;
    this.retryTimer = setTimeout(() => {
      this.listen().catch((err: unknown) => {
        this.logger.warn('Reconnecting LISTEN failed', { err });
        this.scheduleReconnect();
      });
    }, delay);
  }
}
