import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { problemSchema, scheduleImportPreviewSchema } from '@shared/contract';
import { createApp } from '../../app';
import { describeEachDatabase, TestClient } from '../../test/harness';

/** A small frab schedule.xml, as a pretalx on the organizers' network would serve it. */
const SCHEDULE = `<?xml version="1.0" encoding="UTF-8"?>
<schedule><conference><acronym>local</acronym><title>Local</title><time_zone_name>Europe/Paris</time_zone_name></conference>
<day date="2025-10-16" index="1"><room name="Byron" guid="a2a3a4a5-0000-4000-8000-000000000001">
<event guid="b1b2b3b4-0000-4000-8000-000000000001" id="1"><date>2025-10-16T10:00:00+02:00</date><start>10:00</start>
<duration>00:30</duration><room>Byron</room><title>Fetched talk</title><type>Talk</type><language>en</language>
<url>https://cfp.example/local/talk/FETCH1/</url><persons><person guid="c1c2c3c4-0000-4000-8000-000000000001">Ada</person></persons></event>
</room></day></schedule>`;

let origin = '';
let remote: ServerType;

beforeAll(async () => {
  const files = new Hono()
    .get('/schedule.xml', (c) => c.body(SCHEDULE, 200, { 'content-type': 'application/xml' }))
    .get('/schedule.xml.gz', (c) =>
      c.body(gzipSync(SCHEDULE), 200, { 'content-type': 'application/xml', 'content-encoding': 'gzip' }),
    )
    .get('/moved', (c) => c.redirect('/schedule.xml', 302))
    .get('/loop', (c) => c.redirect('/loop', 302))
    .get('/missing', (c) => c.text('nope', 404))
    .get('/huge', (c) => c.body(`<schedule>${' '.repeat(60_000)}</schedule>`, 200))
    .get('/slow', async (c) => {
      await new Promise((r) => setTimeout(r, 3_000));
      return c.body(SCHEDULE);
    });
  await new Promise<void>((resolve) => {
    remote = serve({ fetch: files.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  origin = `http://127.0.0.1:${(remote.address() as AddressInfo).port}`;
});

afterAll(() => {
  remote?.close();
});

describeEachDatabase('schedule import by URL', (server) => {
  /** The app as configured for an intranet pretalx: private addresses allowed, tight limits. */
  async function intranetOrganizer() {
    const app = createApp({
      ...server().deps,
      scheduleFetch: { allowPrivateAddresses: true, timeoutMs: 1_000, maxBytes: 50_000 },
    });
    const client = new TestClient(app);
    expect((await client.login('organizer@demo.test')).status).toBe(200);
    return client;
  }
  const path = '/api/conferences/matrix-conf-2025/schedule-import/preview';

  it.each(['/schedule.xml', '/schedule.xml.gz', '/moved'])('fetches %s and previews it', async (file) => {
    const client = await intranetOrganizer();
    const res = await client.post(path, { url: `${origin}${file}` });
    expect(res.status).toBe(201);
    const preview = scheduleImportPreviewSchema.parse(await res.json());
    expect(preview.sessions.added).toEqual([
      expect.objectContaining({
        code: 'FETCH1',
        title: 'Fetched talk',
        startsAt: '2025-10-16T08:00:00Z',
        room: 'Byron',
      }),
    ]);
  });

  it.each([
    ['/missing', /answered 404/],
    ['/loop', /Too many redirects/],
    ['/huge', /larger than/],
    ['/slow', /did not answer within 1 s/],
  ])('reports %s as import_fetch_failed', async (file, detail) => {
    const client = await intranetOrganizer();
    const res = await client.post(path, { url: `${origin}${file}` });
    expect(res.status).toBe(422);
    const problem = problemSchema.parse(await res.json());
    expect(problem.code).toBe('import_fetch_failed');
    expect(problem.detail).toMatch(detail);
  });

  it('reports an address nobody listens on as import_fetch_failed', async () => {
    const client = await intranetOrganizer();
    const res = await client.post(path, { url: 'http://127.0.0.1:1/schedule.xml' });
    expect(res.status).toBe(422);
    expect(problemSchema.parse(await res.json()).code).toBe('import_fetch_failed');
  });

  it.each([
    'http://127.0.0.1',
    'http://localhost',
    'http://[::1]',
    'http://10.1.2.3',
    'http://169.254.169.254',
  ])('refuses the private address %s by default', async (host) => {
    const client = server().client();
    await client.login('organizer@demo.test');
    const port = new URL(origin).port;
    const res = await client.post(path, { url: `${host}:${port}/schedule.xml` });
    expect(res.status).toBe(400);
    expect(problemSchema.parse(await res.json()).code).toBe('import_url_refused');
  });
});
