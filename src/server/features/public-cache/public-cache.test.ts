import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { serve } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { apiPaths, conferenceSchema, sessionListSchema, type StreamEvent } from '@shared/contract';
import { fixedClock } from '@shared/time';
import { createApp } from '../../app';
import { openDatabase, type DatabaseHandle } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { silentLogger, type AppDeps } from '../../deps';
import { seedDemo } from '../../seed/demo';
import { createTestDatabase, type TestDatabase } from '../../test/databases';
import { DURING_CONFERENCE, describeEachDatabase, postgresUp, TestClient } from '../../test/harness';
import { PostgresEventBus, publishChange } from '../stream';
import { PublicReadCache } from './cache';
import { CDN_CACHE_CONTROL, nodeFastPath, PUBLIC_CACHE_CONTROL } from './middleware';

const SLUG = 'matrix-conf-2025';
const C = `/api/conferences/${SLUG}`;
/** Every cached public read of the reference edition. */
const PUBLIC_READS = {
  conferences: '/api/conferences',
  conference: C,
  sessions: `${C}/sessions`,
  session: `${C}/sessions/CL3HJB`,
  speakers: `${C}/speakers`,
  sponsors: `${C}/sponsors`,
  json: `${C}/schedule.json`,
  xml: `${C}/schedule.xml`,
  ics: `${C}/schedule.ics`,
  sessionIcs: `${C}/sessions/CL3HJB.ics`,
} as const;
type ReadName = keyof typeof PUBLIC_READS;

function decode(res: Response, bytes: Buffer): string {
  const encoding = res.headers.get('content-encoding');
  if (encoding === 'br') return brotliDecompressSync(bytes).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(bytes).toString('utf8');
  return bytes.toString('utf8');
}

/** A GET over node:http whose body stays as sent (fetch would decompress it). */
function rawGet(url: string, init: RequestInit = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    request(url, { headers: Object.fromEntries(new Headers(init.headers)) }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const v of Array.isArray(value) ? value : [value ?? '']) headers.append(name, v);
        }
        const status = res.statusCode ?? 0;
        resolve(new Response(status === 304 ? null : Buffer.concat(chunks), { status, headers }));
      });
    })
      .on('error', reject)
      .end();
  });
}

interface Seen {
  status: number;
  etag: string | null;
  body: string;
}

/** Reads every public answer as a browser would (gzip) and keeps its tag and text. */
async function readAll(client: Pick<TestClient, 'get'>): Promise<Record<ReadName, Seen>> {
  const out = {} as Record<ReadName, Seen>;
  for (const [name, path] of Object.entries(PUBLIC_READS) as [ReadName, string][]) {
    const res = await client.get(path, { headers: { 'accept-encoding': 'gzip' } });
    out[name] = {
      status: res.status,
      etag: res.headers.get('etag'),
      body: decode(res, Buffer.from(await res.arrayBuffer())),
    };
  }
  return out;
}

function changedReads(before: Record<ReadName, Seen>, after: Record<ReadName, Seen>): ReadName[] {
  return (Object.keys(before) as ReadName[]).filter((name) => {
    const etagMoved = before[name].etag !== after[name].etag;
    const bytesMoved = before[name].body !== after[name].body;
    // A tag moves exactly when the bytes do.
    expect(etagMoved, name).toBe(bytesMoved);
    return etagMoved;
  });
}

describeEachDatabase('public read cache', (server) => {
  let cache: PublicReadCache;
  beforeAll(() => {
    // The harness's app made its own cache; this one replaces it to look inside.
    const { deps } = server();
    cache = new PublicReadCache(64 * 1024 * 1024);
    const app = createApp({ ...deps, readCache: cache });
    Object.assign(server(), { app, client: () => new TestClient(app) });
  });

  it('answers a second read from memory, in every encoding, without the database', async () => {
    const { deps } = server();
    const client = server().client();
    const first = await client.get(PUBLIC_READS.sessions, { headers: { 'accept-encoding': 'identity' } });
    expect(first.status).toBe(200);
    const text = await first.text();
    sessionListSchema.parse(JSON.parse(text));
    expect(first.headers.get('cache-control')).toBe(PUBLIC_CACHE_CONTROL);
    expect(first.headers.get('cdn-cache-control')).toBe(CDN_CACHE_CONTROL);
    expect(first.headers.get('vary')).toBe('Accept-Encoding');
    expect(first.headers.get('lanyard-now')).toBe(new Date(DURING_CONFERENCE).toISOString());
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);

    const queries = vi.spyOn(deps.db, 'selectFrom');
    try {
      for (const [accept, encoding, suffix] of [
        ['gzip, deflate, br', 'br', '-br'],
        ['gzip', 'gzip', '-gz'],
        ['br;q=0, gzip', 'gzip', '-gz'],
        ['', null, ''],
      ] as const) {
        const res = await client.get(PUBLIC_READS.sessions, { headers: { 'accept-encoding': accept } });
        expect(res.headers.get('content-encoding'), accept).toBe(encoding);
        expect(res.headers.get('etag')).toBe(`${etag.slice(0, -1)}${suffix}"`);
        const bytes = Buffer.from(await res.arrayBuffer());
        expect(res.headers.get('content-length')).toBe(String(bytes.length));
        expect(decode(res, bytes)).toBe(text);
      }
      // Any representation's tag revalidates, weak or strong.
      for (const tag of [etag, `${etag.slice(0, -1)}-gz"`, `W/${etag}`, `"other", ${etag}`]) {
        const res = await client.get(PUBLIC_READS.sessions, { headers: { 'if-none-match': tag } });
        expect(res.status, tag).toBe(304);
        expect(await res.text()).toBe('');
      }
      const stale = await client.get(PUBLIC_READS.sessions, { headers: { 'if-none-match': '"other"' } });
      expect(stale.status).toBe(200);
      const head = await client.request(PUBLIC_READS.sessions, { method: 'HEAD' });
      expect(head.status).toBe(200);
      expect(head.headers.get('etag')).toBeTruthy();
      expect(queries).not.toHaveBeenCalled();
    } finally {
      queries.mockRestore();
    }
  });

  it('serves every public read from the cache with public, revalidated caching', async () => {
    const client = server().client();
    const before = await readAll(client);
    const builds = cache.stats().builds;
    const again = await readAll(client);
    expect(changedReads(before, again)).toEqual([]);
    expect(cache.stats().builds).toBe(builds);
    for (const path of Object.values(PUBLIC_READS)) {
      const res = await client.get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('cache-control'), path).toBe(PUBLIC_CACHE_CONTROL);
      expect(res.headers.get('vary'), path).toBe('Accept-Encoding');
      const revalidated = await client.get(path, { headers: { 'if-none-match': res.headers.get('etag')! } });
      expect(revalidated.status, path).toBe(304);
    }
    // Calendars keep their download name.
    const ics = await client.get(PUBLIC_READS.ics);
    expect(ics.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.ics"$/);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  it('changes exactly the answers a published session edit changes', async () => {
    const organizer = server().client();
    await organizer.login('organizer@demo.test');
    const before = await readAll(server().client());
    const edit = await organizer.request(`${C}/sessions/CL3HJB`, {
      method: 'PATCH',
      json: { title: 'A title only the cache test knows' },
    });
    expect(edit.status).toBe(200);
    // A draft is not public: nothing moves until the publish. Speakers list only session codes.
    expect(changedReads(before, await readAll(server().client()))).toEqual([]);
    const heard: StreamEvent[] = [];
    const off = server().deps.bus.subscribe(SLUG, (event) => heard.push(event));
    expect((await organizer.post(apiPaths.schedulePublish(SLUG))).status).toBe(200);
    off();
    const after = await readAll(server().client());
    // The stream tells phones the version now public (issue 12).
    const version = conferenceSchema.parse(JSON.parse(after.conference.body)).scheduleVersion;
    expect(heard.filter((e) => e.topic === 'sessions').map((e) => e.scheduleVersion)).toEqual([version]);
    expect(changedReads(before, after).sort()).toEqual(
      ['conference', 'conferences', 'json', 'ics', 'session', 'sessionIcs', 'sessions', 'xml'].sort(),
    );
    expect(after.sessions.body).toContain('A title only the cache test knows');
    expect(conferenceSchema.parse(JSON.parse(after.conference.body)).scheduleVersion).toBe(
      conferenceSchema.parse(JSON.parse(before.conference.body)).scheduleVersion + 1,
    );
  });

  it('changes the sponsors alone on a sponsor change, and rebuilds nothing else', async () => {
    const organizer = server().client();
    await organizer.login('organizer@demo.test');
    const before = await readAll(server().client());
    const builds = cache.stats().builds;
    const res = await organizer.post(apiPaths.sponsorTiers(SLUG), { name: 'Cache Friends', logoSize: 'sm' });
    expect(res.status).toBe(201);
    const after = await readAll(server().client());
    expect(changedReads(before, after)).toEqual(['sponsors']);
    expect(cache.stats().builds).toBe(builds + 1);
  });

  it('changes the conference and the exports on a structural change, not the session list', async () => {
    const organizer = server().client();
    await organizer.login('organizer@demo.test');
    const conference = conferenceSchema.parse(JSON.parse((await readAll(server().client())).conference.body));
    const room = conference.rooms[0]!;
    const before = await readAll(server().client());
    const res = await organizer.request(apiPaths.room(SLUG, room.id), {
      method: 'PATCH',
      json: { name: `${room.name} (renamed)` },
    });
    expect(res.status).toBe(200);
    const after = await readAll(server().client());
    // Sessions name their room by id, so the list keeps its bytes and its tag (rebuilt, same
    // hash); the list of conferences names no rooms.
    expect(changedReads(before, after).sort()).toEqual(
      ['conference', 'json', 'ics', 'sessionIcs', 'xml'].sort(),
    );
  });

  it('keeps every answer and builds nothing on check-in, ticket and shift changes', async () => {
    const { deps } = server();
    const before = await readAll(server().client());
    const builds = cache.stats().builds;
    for (const topic of ['arrivals', 'tickets', 'shifts'] as const) await publishChange(deps, SLUG, topic);
    await publishChange(deps, 'matrix-conf-2024', 'sessions');
    expect(changedReads(before, await readAll(server().client()))).toEqual([]);
    expect(cache.stats().builds).toBe(builds);
  });

  it('sends filtered lists, searches and unknown conferences to the database, uncached and private', async () => {
    const client = server().client();
    const filtered = await client.get(`${C}/sessions?day=2025-10-16`);
    expect(filtered.status).toBe(200);
    expect(filtered.headers.get('cache-control')).toBe('private, no-cache');
    const all = sessionListSchema.parse(await (await client.get(PUBLIC_READS.sessions)).json());
    expect(sessionListSchema.parse(await filtered.json()).sessions.length).toBeLessThan(all.sessions.length);
    const entries = cache.stats().entries;
    const missing = await client.get('/api/conferences/no-such-conference/sessions');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('cache-control')).not.toContain('public');
    expect((await client.get(`${C}/sessions/ZZZZZZ`)).status).toBe(404);
    expect(cache.stats().entries).toBe(entries);
  });

  it('keeps exports for a few origins only, so made-up Host headers cannot flush the cache', async () => {
    const client = server().client();
    const entries = cache.stats().entries;
    for (let i = 0; i < 20; i++) {
      const res = await client.get(`http://host-${i}.example${PUBLIC_READS.json}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toContain(`host-${i}.example`);
    }
    expect(cache.stats().entries - entries).toBeLessThanOrEqual(8);
  });

  it('never lets a shared cache keep a private or staff answer', async () => {
    const staff: [string, string][] = [
      ['organizer@demo.test', '/api/auth/me'],
      ['organizer@demo.test', apiPaths.tickets(SLUG)],
      ['organizer@demo.test', `${C}/schedule/draft`],
      ['organizer@demo.test', `${C}/audit`],
      ['organizer@demo.test', '/api/users'],
      ['desk@demo.test', apiPaths.checkInLists(SLUG)],
      ['desk@demo.test', `${C}/check-in/stats`],
      ['volunteer@demo.test', apiPaths.shifts(SLUG)],
      ['volunteer@demo.test', `${C}/volunteer/profile`],
    ];
    for (const [email, path] of staff) {
      const client = server().client();
      await client.login(email);
      const res = await client.get(path);
      expect(res.status, `${email} ${path}`).toBe(200);
      const control = res.headers.get('cache-control') ?? '';
      expect(control, path).not.toContain('public');
      expect(control, path).toMatch(/private|no-store/);
    }
    // A logged-in organizer reads the same public bytes as anyone, and no cookie comes back.
    const organizer = server().client();
    await organizer.login('organizer@demo.test');
    const mine = await organizer.get(PUBLIC_READS.sessions);
    const anyone = await server().client().get(PUBLIC_READS.sessions);
    expect(mine.headers.get('etag')).toBe(anyone.headers.get('etag'));
    expect(mine.headers.getSetCookie()).toEqual([]);
  });
});

describeEachDatabase(
  'public read cache over node:http',
  (server) => {
    it('answers a held answer from node:http exactly as the app does, and a change at once', async () => {
      const { deps } = server();
      const cache = new PublicReadCache(64 * 1024 * 1024);
      const app = createApp({ ...deps, readCache: cache });
      const fast = nodeFastPath(deps, cache);
      const http = serve({
        fetch: app.fetch,
        port: 0,
        hostname: '127.0.0.1',
        createServer: fast(createServer),
      });
      await new Promise((r) => http.once('listening', r));
      const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
      try {
        const get = (init?: RequestInit) => fetch(`${base}${PUBLIC_READS.sessions}`, init);
        const miss = await get();
        const hits = cache.stats().hits;
        const hit = await get();
        // Answered before the app: the cache counted a hit, the app built nothing more.
        expect(cache.stats().hits).toBe(hits + 1);
        const text = await miss.text();
        expect(await hit.text()).toBe(text);
        for (const name of [
          'etag',
          'content-type',
          'content-encoding',
          'cache-control',
          'vary',
          'x-content-type-options',
          'content-security-policy',
        ]) {
          expect(hit.headers.get(name), name).toBe(miss.headers.get(name));
        }
        expect((await get({ headers: { 'if-none-match': hit.headers.get('etag')! } })).status).toBe(304);
        // Each representation's headers are made once and shared: requests taking turns between
        // encodings and statuses each get their own encoding, length and tag.
        const url = `${base}${PUBLIC_READS.sessions}`;
        const seen = new Map<string, string>();
        for (const [accept, expected] of [
          ['br', 'br'],
          ['gzip', 'gzip'],
          ['identity', 'identity'],
          ['br', 'br'],
          ['gzip;q=0, identity', 'identity'],
          ['gzip', 'gzip'],
        ] as const) {
          const res = await rawGet(url, { headers: { 'accept-encoding': accept } });
          const bytes = Buffer.from(await res.arrayBuffer());
          const encoding = res.headers.get('content-encoding') ?? 'identity';
          expect(encoding, accept).toBe(expected);
          expect(Number(res.headers.get('content-length')), accept).toBe(bytes.length);
          expect(decode(res, bytes), accept).toBe(text);
          if (seen.has(encoding)) expect(res.headers.get('etag')).toBe(seen.get(encoding));
          seen.set(encoding, res.headers.get('etag')!);
          const revalidated = await rawGet(url, {
            headers: { 'accept-encoding': accept, 'if-none-match': seen.get(encoding)! },
          });
          expect(revalidated.status).toBe(304);
          expect(revalidated.headers.get('content-length')).toBeNull();
        }
        expect(new Set(seen.values()).size).toBe(3);
        // Queries are not answered from memory.
        expect((await fetch(`${base}${PUBLIC_READS.sessions}?type=talk`)).headers.get('cache-control')).toBe(
          'private, no-cache',
        );
        // Exports are kept per origin, and also answered from node:http once held.
        const json = () =>
          fetch(`${base}${PUBLIC_READS.json}`, { headers: { 'x-forwarded-proto': 'https' } });
        const firstJson = await (await json()).text();
        const jsonHits = cache.stats().hits;
        expect(await (await json()).text()).toBe(firstJson);
        expect(cache.stats().hits).toBe(jsonHits + 1);
        expect(firstJson).toContain(`"base_url":"https://127.0.0.1:${(http.address() as AddressInfo).port}/`);
        await publishChange(deps, SLUG, 'sessions');
        const builds = cache.stats().builds;
        await get();
        expect(cache.stats().builds).toBe(builds + 1);
      } finally {
        http.close();
      }
    });
  },
  {},
  ['sqlite'],
);

describe('PublicReadCache', () => {
  it('shares one build between concurrent misses and keeps none built across a change', async () => {
    const cache = new PublicReadCache(1024 * 1024);
    let builds = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const build = async () => {
      builds += 1;
      await gate;
      return { body: new TextEncoder().encode('x'.repeat(2000)), headers: { 'content-type': 'text/plain' } };
    };
    const key = 'c\u0000sessions\u0000/x';
    const current = () => cache.version('c', ['sessions']);
    const answers = Array.from({ length: 50 }, () => cache.get(key, current, build));
    cache.changed('c', 'sessions');
    release();
    const got = await Promise.all(answers);
    expect(builds).toBe(1);
    expect(new Set(got).size).toBe(1);
    expect(got[0]!.gzip!.length).toBeLessThan(2000);
    // Built before the change finished after it: served to those who asked, not kept.
    expect(cache.stats().entries).toBe(0);
    await cache.get(key, current, build);
    expect(cache.stats().entries).toBe(1);
    cache.changed(null, 'speakers');
    expect(cache.stats().entries).toBe(0);
  });

  it('evicts the least recently used answers beyond its budget', async () => {
    const cache = new PublicReadCache(3 * 600);
    const build = (n: number) => async () => ({
      body: new TextEncoder().encode(String(n).repeat(300)),
      headers: { 'content-type': 'text/plain' },
    });
    const current = () => cache.version('c', ['sponsors']);
    for (let n = 0; n < 5; n++) await cache.get(`c\u0000sponsors\u0000/${n}`, current, build(n));
    expect(cache.stats().entries).toBeLessThanOrEqual(3);
    expect(cache.stats().bytes).toBeLessThanOrEqual(3 * 600);
    expect(cache.peek('c\u0000sponsors\u0000/4')).toBeDefined();
    expect(cache.peek('c\u0000sponsors\u0000/0')).toBeUndefined();
  });
});

/**
 * Two apps, each with its own pool and its own LISTEN connection to one Postgres database,
 * stand in for two server processes behind a round-robin proxy.
 */
describe.skipIf(!postgresUp)('public read cache across two servers on one Postgres', () => {
  let database: TestDatabase;
  let second: DatabaseHandle;
  let buses: PostgresEventBus[];
  let apps: ReturnType<typeof createApp>[];
  let clients: [TestClient, TestClient];
  let caches: [PublicReadCache, PublicReadCache];
  let deps: [AppDeps, AppDeps];

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    await migrateToLatest(database.handle.db);
    const clock = fixedClock(DURING_CONFERENCE);
    await seedDemo(database.handle.db, clock);
    second = await openDatabase(database.url);
    for (const pool of [database.handle.pool!, second.pool!]) pool.on('error', () => {});
    buses = [new PostgresEventBus(database.handle.pool!), new PostgresEventBus(second.pool!)];
    await Promise.all(buses.map((b) => b.start()));
    caches = [new PublicReadCache(64 * 1024 * 1024), new PublicReadCache(64 * 1024 * 1024)];
    deps = [database.handle, second].map((handle, i): AppDeps => ({
      db: handle.db,
      dbKind: 'postgres',
      clock,
      bus: buses[i]!,
      demo: true,
      version: 'test',
      logger: silentLogger,
      readCache: caches[i]!,
    })) as [AppDeps, AppDeps];
    apps = deps.map((d) => createApp(d));
    clients = [new TestClient(apps[0]!), new TestClient(apps[1]!)];
  });

  afterAll(async () => {
    await Promise.all((buses ?? []).map((b) => b.close()));
    await second?.close();
    await database?.dispose();
  });

  it('gives the same tags on both servers and moves them on both when one publishes', async () => {
    const [a, b] = clients;
    const beforeA = await readAll(a);
    const beforeB = await readAll(b);
    for (const name of Object.keys(beforeA) as ReadName[])
      expect(beforeB[name].etag, name).toBe(beforeA[name].etag);

    // An organizer on server A publishes; a phone on server B reads.
    await a.login('organizer@demo.test');
    const edit = await a.request(`${C}/sessions/CL3HJB`, { method: 'PATCH', json: { title: 'Moved by A' } });
    expect(edit.status).toBe(200);
    expect((await a.post(apiPaths.schedulePublish(SLUG))).status).toBe(200);
    // The writer's own server knows at once (no wait for NOTIFY to come back).
    const onA = await new TestClient(apps[0]!).get(PUBLIC_READS.sessions);
    expect(await onA.text()).toContain('Moved by A');

    await vi.waitFor(
      async () => {
        const res = await b.get(PUBLIC_READS.sessions);
        expect(await res.text()).toContain('Moved by A');
      },
      { timeout: 5_000, interval: 50 },
    );
    const afterA = await readAll(new TestClient(apps[0]!));
    const afterB = await readAll(b);
    expect(changedReads(beforeB, afterB).sort()).toEqual(
      ['conference', 'conferences', 'json', 'ics', 'session', 'sessionIcs', 'sessions', 'xml'].sort(),
    );
    for (const name of Object.keys(afterA) as ReadName[])
      expect(afterB[name].etag, name).toBe(afterA[name].etag);
    // What B had cached before did not answer after the change.
    const revalidated = await b.get(PUBLIC_READS.sessions, {
      headers: { 'if-none-match': beforeB.sessions.etag! },
    });
    expect(revalidated.status).toBe(200);
    expect(caches[1].stats().builds).toBeGreaterThan(0);
  });

  it('moves an answer on both servers, over node:http as main.ts serves, exactly when its version moves', async () => {
    // Each app behind node:http with the fast path, as two processes behind a proxy would run.
    const https = caches.map((cache, i) =>
      serve({
        fetch: apps[i]!.fetch,
        port: 0,
        hostname: '127.0.0.1',
        createServer: nodeFastPath(deps[i]!, cache)(createServer),
      }),
    );
    try {
      await Promise.all(https.map((h) => new Promise((r) => h.once('listening', r))));
      // Behind a proxy both see the proxy's Host, so the exports (kept per origin) match too.
      const [httpA, httpB] = https.map((h) => ({
        get: (path: string, init?: RequestInit) =>
          rawGet(`http://127.0.0.1:${(h.address() as AddressInfo).port}${path}`, {
            headers: { ...Object.fromEntries(new Headers(init?.headers)), host: 'schedule.example.org' },
          }),
      })) as [Pick<TestClient, 'get'>, Pick<TestClient, 'get'>];
      const before = [await readAll(httpA), await readAll(httpB)];
      const builds = caches.map((c) => c.stats().builds);
      const hits = caches.map((c) => c.stats().hits);
      // Held answers leave from node:http: read again, every one is a hit and nothing is built.
      expect(await readAll(httpA)).toEqual(before[0]);
      expect(caches[0].stats().hits - hits[0]!).toBe(Object.keys(PUBLIC_READS).length);
      expect(caches[0].stats().builds).toBe(builds[0]);

      // On B: a draft edit and changes that no public answer is made of...
      const b = new TestClient(apps[1]!);
      await b.login('organizer@demo.test');
      const draft = await b.request(`${C}/sessions/CL3HJB`, {
        method: 'PATCH',
        json: { title: 'Drafted on B' },
      });
      expect(draft.status).toBe(200);
      for (const topic of ['arrivals', 'tickets', 'shifts'] as const)
        await publishChange(deps[1], SLUG, topic);
      // ...then a sponsor change, whose NOTIFY reaches A after theirs (commit order).
      expect(
        (await b.post(apiPaths.sponsorTiers(SLUG), { name: 'Both servers', logoSize: 'sm' })).status,
      ).toBe(201);
      await vi.waitFor(
        async () =>
          expect((await httpA.get(PUBLIC_READS.sponsors)).headers.get('etag')).not.toBe(
            before[0]!.sponsors.etag,
          ),
        { timeout: 5_000, interval: 20 },
      );
      const sponsorsMoved = [await readAll(httpA), await readAll(httpB)];
      for (const i of [0, 1]) {
        expect(changedReads(before[i]!, sponsorsMoved[i]!), `server ${i}`).toEqual(['sponsors']);
        // One rebuild each (the sponsors), the schedule answers kept.
        expect(caches[i]!.stats().builds, `server ${i}`).toBe(builds[i]! + 1);
      }

      // B publishes the draft: the schedule answers move on both, to the same tags.
      expect((await b.post(apiPaths.schedulePublish(SLUG))).status).toBe(200);
      await vi.waitFor(
        async () => expect(await (await httpA.get(PUBLIC_READS.sessions)).text()).toContain('Drafted on B'),
        { timeout: 5_000, interval: 20 },
      );
      const published = [await readAll(httpA), await readAll(httpB)];
      const versionOf = (seen: Record<ReadName, Seen>) =>
        conferenceSchema.parse(JSON.parse(seen.conference.body)).scheduleVersion;
      for (const i of [0, 1]) {
        expect(changedReads(sponsorsMoved[i]!, published[i]!).sort(), `server ${i}`).toEqual(
          ['conference', 'conferences', 'json', 'ics', 'session', 'sessionIcs', 'sessions', 'xml'].sort(),
        );
        expect(versionOf(published[i]!)).toBe(versionOf(before[i]!) + 1);
      }
      for (const name of Object.keys(PUBLIC_READS) as ReadName[]) {
        expect(published[1]![name].etag, name).toBe(published[0]![name].etag);
      }
      // What A held before the publish no longer answers 304 there; the new tag does.
      const conditional = (etag: string | null) => ({ headers: { 'if-none-match': etag! } });
      expect((await httpA.get(PUBLIC_READS.sessions, conditional(before[0]!.sessions.etag))).status).toBe(
        200,
      );
      expect((await httpA.get(PUBLIC_READS.sessions, conditional(published[1]!.sessions.etag))).status).toBe(
        304,
      );
    } finally {
      for (const h of https) h.close();
    }
  });
});
