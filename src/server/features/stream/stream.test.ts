import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  apiPaths,
  PROBLEM_CONTENT_TYPE,
  STREAM_CHANGE_EVENT,
  streamEventSchema,
  streamTopics,
  type StreamEvent,
} from '@shared/contract';
import { openDatabase, type DatabaseHandle } from '../../db/connect';
import { createTestDatabase, terminateBackends, type TestDatabase } from '../../test/databases';
import { describeEachDatabase, postgresUp } from '../../test/harness';
import { createEventBus } from './create-bus';
import { PostgresEventBus } from './pg-bus';
import { publishChange } from './publish';

const SLUG = 'matrix-conf-2025';

interface SseMessage {
  event?: string;
  data: string;
}

/** Reads server-sent events off a response body, one message per call. */
function sseReader(res: Response) {
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  return {
    async next(): Promise<SseMessage> {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n').filter((l) => !l.startsWith(':'));
          if (lines.length === 0) continue;
          const field = (name: string) =>
            lines.filter((l) => l.startsWith(`${name}: `)).map((l) => l.slice(name.length + 2));
          return { event: field('event')[0], data: field('data').join('\n') };
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += value;
      }
    },
    cancel: () => reader.cancel(),
  };
}

describeEachDatabase('stream', (server) => {
  it('says ready with the schedule version, then forwards changes of its conference only', async () => {
    const { app, deps } = server();
    const res = await app.request(apiPaths.stream(SLUG));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('x-accel-buffering')).toBe('no');
    const sse = sseReader(res);

    expect(await sse.next()).toEqual({ event: 'ready', data: JSON.stringify({ scheduleVersion: 1 }) });

    await publishChange(deps, 'matrix-conf-2024', 'sessions');
    await publishChange(deps, SLUG, 'sessions', 'ABC123');
    await deps.bus.publish(SLUG, { topic: 'sponsors', at: '2025-10-16T08:31:00Z' });

    const first = await sse.next();
    expect(first.event).toBe(STREAM_CHANGE_EVENT);
    expect(streamEventSchema.parse(JSON.parse(first.data))).toEqual({
      topic: 'sessions',
      id: 'ABC123',
      at: '2025-10-16T08:30:00Z',
    });
    expect(JSON.parse((await sse.next()).data)).toEqual({ topic: 'sponsors', at: '2025-10-16T08:31:00Z' });
    await sse.cancel();
  });

  it('unsubscribes when the client goes away', async () => {
    const { app, deps } = server();
    const unsubscribed = vi.fn();
    const subscribe = deps.bus.subscribe.bind(deps.bus);
    const spy = vi.spyOn(deps.bus, 'subscribe').mockImplementation((slug, listener) => {
      const off = subscribe(slug, listener);
      return () => {
        unsubscribed();
        off();
      };
    });
    const sse = sseReader(await app.request(apiPaths.stream(SLUG)));
    await sse.next();
    expect(spy).toHaveBeenCalledOnce();
    await sse.cancel();
    await vi.waitFor(() => expect(unsubscribed).toHaveBeenCalledOnce());
    spy.mockRestore();
  });

  it('answers an unknown conference with a 404 problem, not a stream', async () => {
    const res = await server().app.request(apiPaths.stream('no-such-conference'));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe(PROBLEM_CONTENT_TYPE);
    expect(await res.json()).toMatchObject({ code: 'conference_not_found' });
  });

  it('drops a malformed event instead of sending it', async () => {
    const { app, deps } = server();
    const sse = sseReader(await app.request(apiPaths.stream(SLUG)));
    await sse.next();
    await deps.bus.publish(SLUG, { topic: 'nonsense', at: 'yesterday' } as unknown as StreamEvent);
    await publishChange(deps, SLUG, 'speakers');
    expect(JSON.parse((await sse.next()).data)).toMatchObject({ topic: 'speakers' });
    await sse.cancel();
  });
});

describe('publishChange', () => {
  it('logs instead of failing the request when the bus is down', async () => {
    const warn = vi.fn();
    const bus = {
      publish: () => Promise.reject(new Error('down')),
      subscribe: () => () => {},
      close: async () => {},
    };
    const deps = { bus, clock: () => new Date(), logger: { info() {}, warn, error() {} } };
    await expect(publishChange(deps, SLUG, 'sessions')).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});

function nextEvent(bus: PostgresEventBus, slug: string, timeoutMs = 5_000): Promise<StreamEvent> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no event within ${timeoutMs} ms`)), timeoutMs);
    const off = bus.subscribe(slug, (event) => {
      clearTimeout(timer);
      off();
      resolve(event);
    });
  });
}

if (!postgresUp) {
  console.warn('\n[tests] PostgreSQL is not reachable: the LISTEN/NOTIFY fan-out test is SKIPPED.\n');
}

describe.skipIf(!postgresUp)('PostgresEventBus across two processes', () => {
  let database: TestDatabase;
  let other: DatabaseHandle;
  let a: PostgresEventBus;
  let b: PostgresEventBus;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    // A second pool on the same database stands in for a second server process.
    other = await openDatabase(database.url);
    // pool.end() resolves before its sockets close, so dropping the database at teardown can
    // still kill idle connections; without a listener the pool would rethrow that as uncaught.
    for (const pool of [database.handle.pool!, other.pool!]) pool.on('error', () => {});
    a = new PostgresEventBus(database.handle.pool!);
    b = new PostgresEventBus(other.pool!);
    await Promise.all([a.start(), b.start()]);
  });
  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    await other?.close();
    await database?.dispose();
  });

  const event = (id: string): StreamEvent => ({ topic: 'sessions', id, at: '2025-10-16T08:30:00Z' });

  it('delivers an event published on one to the other, and once to the publisher', async () => {
    const onB = nextEvent(b, SLUG);
    const onA = vi.fn();
    const offA = a.subscribe(SLUG, onA);
    await a.publish(SLUG, event('X1'));
    expect(await onB).toEqual(event('X1'));
    await vi.waitFor(() => expect(onA).toHaveBeenCalledOnce());
    expect(onA).toHaveBeenCalledWith(event('X1'));
    offA();
  });

  it('keeps conferences apart', async () => {
    const wrong = vi.fn();
    const off = b.subscribe('matrix-conf-2024', wrong);
    const onB = nextEvent(b, SLUG);
    await a.publish(SLUG, event('X2'));
    await onB;
    expect(wrong).not.toHaveBeenCalled();
    off();
  });

  it('listens again after its connection is killed', async () => {
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const killed = await admin.query(
        `select pg_terminate_backend(pid) from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and query ilike 'listen%'`,
      );
      expect(killed.rowCount).toBe(2);
      await vi.waitFor(
        async () => {
          // Events published while nobody listens are lost, so try until one arrives.
          const onB = nextEvent(b, SLUG, 1_000);
          await a.publish(SLUG, event('X3'));
          expect(await onB).toEqual(event('X3'));
        },
        { timeout: 15_000, interval: 500 },
      );
    } finally {
      await admin.end();
    }
  });

  it('tells its streams to refetch every topic once it listens again', async () => {
    const seen = new Set<string>();
    const off = b.subscribe(SLUG, (e) => seen.add(e.topic));
    // Every session of the database: the LISTEN connections and the pools' idle ones.
    expect(await terminateBackends(new URL(database.url).pathname.slice(1))).toBeGreaterThan(0);
    await vi.waitFor(() => expect([...seen].sort()).toEqual([...streamTopics].sort()), {
      timeout: 15_000,
      interval: 200,
    });
    off();
  });

  it('is what createEventBus picks for Postgres', async () => {
    const bus = await createEventBus(database.handle);
    expect(bus).toBeInstanceOf(PostgresEventBus);
    await bus.close();
  });
});
