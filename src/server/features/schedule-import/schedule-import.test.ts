import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import {
  conferenceSchema,
  problemSchema,
  scheduleImportPreviewSchema,
  scheduleImportResultSchema,
  sessionListSchema,
  sessionSchema,
  speakerListSchema,
  type ScheduleImportPreview,
} from '@shared/contract';
import { describeEachDatabase, type TestClient, type TestServer } from '../../test/harness';
import {
  INTEROP_DIR,
  interopPresent,
  scheduleJsonErrors,
  scheduleXmlErrors,
  xmllintPresent,
} from '../../test/interop';
import { listAudit } from '../audit';

const read = (file: string) => readFileSync(resolve(INTEROP_DIR, file), 'utf8');
const preview = (slug: string) => `/api/conferences/${slug}/schedule-import/preview`;
const apply = (slug: string, id: string) => `/api/conferences/${slug}/schedule-import/${id}/apply`;

async function problemCode(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(await res.json()).code;
}

async function organizer(server: TestServer): Promise<TestClient> {
  const client = server.client();
  expect((await client.login('organizer@demo.test')).status).toBe(200);
  return client;
}

async function newConference(
  client: TestClient,
  slug: string,
  startDate: string,
  endDate: string,
  timeZone: string,
) {
  const res = await client.post('/api/conferences', {
    slug,
    name: slug.toUpperCase(),
    timeZone,
    startDate,
    endDate,
    venueName: 'Congress Center',
  });
  expect(res.status).toBe(201);
  return conferenceSchema.parse(await res.json());
}

async function previewOf(client: TestClient, slug: string, body: unknown): Promise<ScheduleImportPreview> {
  const res = await client.post(preview(slug), body);
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(201);
  return scheduleImportPreviewSchema.parse(await res.json());
}

async function applied(client: TestClient, slug: string, previewId: string) {
  const res = await client.post(apply(slug, previewId));
  expect(res.status, JSON.stringify(await res.clone().json())).toBe(200);
  return scheduleImportResultSchema.parse(await res.json());
}

async function sessionsOf(client: TestClient, slug: string) {
  return sessionListSchema.parse(await (await client.get(`/api/conferences/${slug}/sessions`)).json())
    .sessions;
}

describeEachDatabase('schedule import: access and unreadable files', (server) => {
  it('refuses anonymous callers with 401 and volunteers or desk staff with 403', async () => {
    const body = { content: '<schedule/>' };
    expect((await server().client().post(preview('matrix-conf-2025'), body)).status).toBe(401);
    for (const email of ['volunteer@demo.test', 'desk@demo.test']) {
      const client = server().client();
      await client.login(email);
      const paths = [
        preview('matrix-conf-2025'),
        apply('matrix-conf-2025', '6b1d1f7e-9f57-4c71-9d2b-9d3a3c1f0e11'),
        '/api/conferences/matrix-conf-2025/recordings/link',
        '/api/conferences',
      ];
      for (const path of paths) {
        const res = await client.post(path, body);
        expect(res.status, `${email} ${path}`).toBe(403);
        expect(await problemCode(res)).toBe('forbidden');
      }
    }
  });

  it.each([
    ['empty', { content: '' }],
    ['plain text', { content: 'this is not a schedule' }],
    ['broken JSON', { content: '{"schedule": {"conference": ' }],
    ['JSON of another kind', { content: '{"events": []}' }],
    ['XML that is not well-formed', { content: '<schedule><day></schedule>' }],
    ['XML with another root', { content: '<?xml version="1.0"?><rss><channel/></rss>' }],
    ['XML announced as JSON', { content: '<schedule/>', format: 'json' }],
  ])('answers %s with 400 import_unreadable and the reason', async (_, body) => {
    const client = await organizer(server());
    const res = await client.post(preview('matrix-conf-2025'), body);
    expect(res.status).toBe(400);
    expect(await problemCode(res)).toBe('import_unreadable');
  });

  it.each([
    [{}, 'validation_failed'],
    [{ url: 'file:///etc/passwd' }, 'validation_failed'],
    [{ content: '<schedule/>', format: 'yaml' }, 'validation_failed'],
    [{ content: '<schedule/>', url: 'https://example.org/schedule.xml' }, 'validation_failed'],
  ])('rejects the request %j', async (body, code) => {
    const client = await organizer(server());
    const res = await client.post(preview('matrix-conf-2025'), body);
    expect(res.status).toBe(400);
    expect(await problemCode(res)).toBe(code);
  });

  it('404s unknown previews and conferences, 400s a malformed preview id', async () => {
    const client = await organizer(server());
    const unknown = await client.post(apply('matrix-conf-2025', '6b1d1f7e-9f57-4c71-9d2b-9d3a3c1f0e11'));
    expect(unknown.status).toBe(404);
    expect(await problemCode(unknown)).toBe('import_preview_not_found');
    expect((await client.post(apply('matrix-conf-2025', 'not-a-uuid'))).status).toBe(400);
    const noConference = await client.post(preview('no-such-con'), { content: '<schedule/>' });
    expect(await problemCode(noConference)).toBe('conference_not_found');
  });
});

describeEachDatabase('creating a conference', (server) => {
  it('creates an empty edition with its days, once per slug', async () => {
    const client = await organizer(server());
    const conference = await newConference(
      client,
      'new-con-2026',
      '2026-05-06',
      '2026-05-08',
      'Europe/Vienna',
    );
    expect(conference).toMatchObject({
      timeZone: 'Europe/Vienna',
      rooms: [],
      tracks: [],
      scheduleVersion: 1,
    });
    expect(conference.days.map((d) => d.date)).toEqual(['2026-05-06', '2026-05-07', '2026-05-08']);
    const again = await client.post('/api/conferences', {
      slug: 'new-con-2026',
      name: 'Again',
      timeZone: 'UTC',
      startDate: '2026-01-01',
      endDate: '2026-01-01',
      venueName: 'Hall',
    });
    expect(again.status).toBe(409);
    expect(await problemCode(again)).toBe('conference_slug_taken');
  });

  it.each([
    [
      {
        slug: 'Bad Slug',
        name: 'X',
        timeZone: 'UTC',
        startDate: '2026-01-01',
        endDate: '2026-01-02',
        venueName: 'Hall',
      },
      'slug',
    ],
    [
      {
        slug: 'x',
        name: 'X',
        timeZone: 'Mars/Olympus',
        startDate: '2026-01-01',
        endDate: '2026-01-02',
        venueName: 'Hall',
      },
      'timeZone',
    ],
    [
      {
        slug: 'x',
        name: 'X',
        timeZone: 'UTC',
        startDate: '2026-01-05',
        endDate: '2026-01-02',
        venueName: 'Hall',
      },
      'endDate',
    ],
    [
      {
        slug: 'x',
        name: 'X',
        timeZone: 'UTC',
        startDate: '2026-01-01',
        endDate: '2026-03-01',
        venueName: 'Hall',
      },
      'endDate',
    ],
    [
      {
        slug: 'x',
        name: ' ',
        timeZone: 'UTC',
        startDate: '2026-01-01',
        endDate: '2026-01-02',
        venueName: 'Hall',
      },
      'name',
    ],
    [{ slug: 'x', name: 'X', timeZone: 'UTC', startDate: '2026-01-01', endDate: '2026-01-02' }, 'venueName'],
  ])('rejects %j on %s', async (body, field) => {
    const client = await organizer(server());
    const res = await client.post('/api/conferences', body);
    expect(res.status).toBe(400);
    expect(Object.keys(problemSchema.parse(await res.json()).errors ?? {})).toContain(field);
  });
});

const withFiles = it.skipIf(!interopPresent);

describeEachDatabase('importing real schedules', (server) => {
  withFiles('imports the 38C3 schedule.xml into a new conference, then finds nothing to change', async () => {
    const client = await organizer(server());
    await newConference(client, 'c38c3', '2024-12-27', '2024-12-30', 'Europe/Berlin');
    const started = performance.now();
    const first = await previewOf(client, 'c38c3', { content: read('example-38c3.schedule.xml') });
    // Synchronous by design (see service.ts): parse and diff of 2.2 MB stay well under seconds.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(first.format).toBe('xml');
    expect(first.source).toEqual({
      title: '38C3',
      acronym: '38c3',
      timeZone: 'Europe/Berlin',
      layout: 'frab schedule.xml',
    });
    expect(first.counts).toMatchObject({
      sessionsAdded: 1007,
      sessionsChanged: 0,
      sessionsRemoved: 0,
      roomsAdded: 72,
      tracksAdded: 7,
      speakersAdded: 571,
    });
    expect(first.warnings.filter((w) => w.code === 'event_skipped')).toEqual([]);
    const result = await applied(client, 'c38c3', first.previewId);
    expect(result.scheduleVersion).toBe(2);

    const sessions = await sessionsOf(client, 'c38c3');
    expect(sessions).toHaveLength(1007);
    const conference = conferenceSchema.parse(await (await client.get('/api/conferences/c38c3')).json());
    expect(conference.rooms).toHaveLength(72);
    expect(conference.rooms[0]).toMatchObject({ name: 'Saal 1', slug: 'saal-1', position: 0 });
    const speakers = speakerListSchema.parse(
      await (await client.get('/api/conferences/c38c3/speakers')).json(),
    );
    expect(speakers.speakers).toHaveLength(571);

    const opening = sessionSchema.parse(
      await (await client.get('/api/conferences/c38c3/sessions/HQCCYH')).json(),
    );
    expect(opening).toMatchObject({
      title: '38C3: Opening Ceremony',
      startsAt: '2024-12-27T09:30:00Z',
      endsAt: '2024-12-27T10:00:00Z',
      status: 'confirmed',
      description: expect.stringMatching(/^Glad you could make it!.*\n\nThis ceremony/s),
    });
    expect(opening.speakers.map((s) => s.name)).toEqual(['Gabriela Bogk', 'Senficon', 'Aline Blankertz']);
    const byGuid = new Map(sessions.map((s) => [s.guid, s]));
    // Day 1, 00:15 in Hamburg: the night after, 23:15 UTC.
    expect(byGuid.get('1c8f06f9-ce0d-51bc-9bf3-0a1f71e8e484')).toMatchObject({
      startsAt: '2024-12-27T23:15:00Z',
      endsAt: '2024-12-27T23:55:00Z',
    });
    expect(byGuid.get('94af8bc5-790a-5260-9e51-923589eb1f56')).toMatchObject({
      startsAt: '2024-12-29T23:15:00Z',
      type: 'social',
    });
    expect(sessions.filter((s) => s.recordingOptOut)).toHaveLength(25);

    const second = await previewOf(client, 'c38c3', { content: read('example-38c3.schedule.xml') });
    expect(second.counts).toMatchObject({
      sessionsAdded: 0,
      sessionsChanged: 0,
      sessionsRemoved: 0,
      sessionsUnchanged: 1007,
      roomsAdded: 0,
      tracksAdded: 0,
      speakersAdded: 0,
    });
    expect((await applied(client, 'c38c3', second.previewId)).scheduleVersion).toBe(2);
    expect(await sessionsOf(client, 'c38c3')).toHaveLength(1007);
  });

  withFiles(
    'imports the pretalx DemoCon schedule.json, shows a move and a removal, and cancels',
    async () => {
      const client = await organizer(server());
      await newConference(client, 'democon', '2020-12-14', '2020-12-16', 'Europe/Berlin');
      const json = read('example-pretalx-democon.schedule.json');
      const first = await previewOf(client, 'democon', { content: json, format: 'json' });
      expect(first.counts).toMatchObject({
        sessionsAdded: 36,
        roomsAdded: 2,
        tracksAdded: 2,
        speakersAdded: 27,
        warnings: 1,
      });
      // The demo file names UTC but writes Berlin offsets: exact times, with a note about the zones.
      expect(first.warnings).toEqual([expect.objectContaining({ code: 'time_zone_mismatch' })]);
      await applied(client, 'democon', first.previewId);
      const g9 = sessionSchema.parse(
        await (await client.get('/api/conferences/democon/sessions/G9JGWY')).json(),
      );
      expect(g9).toMatchObject({
        startsAt: '2020-12-14T08:00:00Z',
        endsAt: '2020-12-14T08:30:00Z',
        type: 'talk',
      });
      expect(g9.speakers).toEqual([{ code: 'NQTF8Y', name: 'Brian Robinson' }]);
      expect((await previewOf(client, 'democon', { content: json })).counts).toMatchObject({
        sessionsAdded: 0,
        sessionsChanged: 0,
        sessionsRemoved: 0,
        sessionsUnchanged: 36,
      });

      // The same file with G9JGWY moved to the Tan Room an hour later and 3NEFSQ gone.
      const data = JSON.parse(json);
      const gray = data.schedule.conference.days[0].rooms['Gray Room'];
      const moved = gray.find((e: { url: string }) => e.url.includes('G9JGWY'));
      moved.room = 'Tan Room';
      moved.date = '2020-12-14T10:00:00+01:00';
      data.schedule.conference.days[0].rooms['Gray Room'] = gray.filter(
        (e: { url: string }) => !e.url.includes('3NEFSQ'),
      );
      const changed = await previewOf(client, 'democon', { content: JSON.stringify(data) });
      expect(changed.counts).toMatchObject({
        sessionsAdded: 0,
        sessionsChanged: 1,
        sessionsRemoved: 1,
        sessionsUnchanged: 34,
      });
      expect(changed.sessions.changed).toEqual([
        {
          guid: moved.guid,
          code: 'G9JGWY',
          title: moved.title,
          changes: [
            { field: 'room', from: 'Gray Room', to: 'Tan Room' },
            { field: 'startsAt', from: '2020-12-14T08:00:00Z', to: '2020-12-14T09:00:00Z' },
            { field: 'endsAt', from: '2020-12-14T08:30:00Z', to: '2020-12-14T09:30:00Z' },
          ],
        },
      ]);
      expect(changed.sessions.removed.map((s) => s.code)).toEqual(['3NEFSQ']);

      const stream = server().deps.bus;
      const events: string[] = [];
      const stop = stream.subscribe('democon', (e) => events.push(e.topic));
      expect((await applied(client, 'democon', changed.previewId)).scheduleVersion).toBe(3);
      stop();
      expect(events).toContain('sessions');
      const gone = sessionSchema.parse(
        await (await client.get('/api/conferences/democon/sessions/3NEFSQ')).json(),
      );
      expect(gone.status).toBe('cancelled');
      const audit = await listAudit(
        server().deps.db,
        (
          await server()
            .deps.db.selectFrom('conferences')
            .select('id')
            .where('slug', '=', 'democon')
            .executeTakeFirstOrThrow()
        ).id,
      );
      expect(audit.map((a) => a.action)).toEqual([
        'conference.created',
        'schedule.imported',
        'schedule.imported',
      ]);
    },
  );

  withFiles(
    'applies a preview once, even when asked twice at the same time, and refuses stale previews',
    async () => {
      const client = await organizer(server());
      await newConference(client, 'twice', '2020-12-14', '2020-12-16', 'UTC');
      const json = read('example-pretalx-democon.schedule.json');
      const a = await previewOf(client, 'twice', { content: json });
      const b = await previewOf(client, 'twice', { content: json });
      const answers = await Promise.all([1, 2, 3, 4].map(() => client.post(apply('twice', a.previewId))));
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
      expect(await sessionsOf(client, 'twice')).toHaveLength(36);
      const shown = async (id: string) =>
        scheduleImportPreviewSchema.parse(
          await (await client.get(`/api/conferences/twice/schedule-import/${id}`)).json(),
        );
      expect((await shown(a.previewId)).appliedAt).toMatch(/Z$/);
      expect(await shown(b.previewId)).toEqual(b);
      const stale = await client.post(apply('twice', b.previewId));
      expect(stale.status).toBe(409);
      expect(await problemCode(stale)).toBe('import_preview_stale');
    },
  );

  withFiles('reads back what the exports write: zero changes, and the exports stay valid', async () => {
    const client = await organizer(server());
    const C = '/api/conferences/matrix-conf-2025';
    for (const [path, format] of [
      [`${C}/schedule.json`, 'json'],
      [`${C}/schedule.xml`, 'xml'],
    ] as const) {
      const exported = await (await client.get(path)).text();
      const again = await previewOf(client, 'matrix-conf-2025', { content: exported, format });
      expect(again.counts, format).toMatchObject({
        sessionsAdded: 0,
        sessionsChanged: 0,
        sessionsRemoved: 0,
        roomsAdded: 0,
        speakersAdded: 0,
      });
    }

    await newConference(client, 'democon-export', '2020-12-14', '2020-12-16', 'Europe/Berlin');
    const imported = await previewOf(client, 'democon-export', {
      content: read('example-pretalx-democon.schedule.json'),
    });
    await applied(client, 'democon-export', imported.previewId);
    const json = await (await client.get('/api/conferences/democon-export/schedule.json')).json();
    expect(scheduleJsonErrors(json)).toEqual([]);
    if (xmllintPresent) {
      expect(
        scheduleXmlErrors(await (await client.get('/api/conferences/democon-export/schedule.xml')).text()),
      ).toEqual([]);
    }
  });
});
