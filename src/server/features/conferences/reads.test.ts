import { expect, it } from 'vitest';
import {
  conferenceListSchema,
  conferenceSchema,
  problemSchema,
  sessionListSchema,
  sessionSchema,
  speakerListSchema,
  speakerSchema,
  sponsorListSchema,
} from '@shared/contract';
import { describeEachDatabase } from '../../test/harness';

const C = '/api/conferences/matrix-conf-2025';

async function problemOf(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(await res.json());
}

describeEachDatabase('read endpoints', (server) => {
  const get = (path: string, init?: RequestInit) => server().client().get(path, init);

  it('lists both editions, newest first', async () => {
    const res = await get('/api/conferences');
    expect(res.status).toBe(200);
    const { conferences } = conferenceListSchema.parse(await res.json());
    expect(conferences.map((c) => c.slug)).toEqual(['matrix-conf-2025', 'matrix-conf-2024']);
  });

  it('describes an edition with its zone, days, rooms with streams and tracks', async () => {
    const conference = conferenceSchema.parse(await (await get(C)).json());
    expect(conference.timeZone).toBe('Europe/Paris');
    expect(conference.days.map((d) => d.date)).toEqual([
      '2025-10-15',
      '2025-10-16',
      '2025-10-17',
      '2025-10-18',
    ]);
    expect(conference.rooms.slice(0, 3).map((r) => r.liveStreamUrl)).toEqual([
      'https://streaming.media.ccc.de/matrix-conf-2025/embed/byron',
      'https://streaming.media.ccc.de/matrix-conf-2025/embed/turing',
      'https://streaming.media.ccc.de/matrix-conf-2025/embed/conway',
    ]);
    expect(conference.tracks).toHaveLength(10);
    expect(conference.sessionTypes).toContain('workshop');
  });

  it('serves all sessions with UTC instants for Paris wall-clock times', async () => {
    const { sessions } = sessionListSchema.parse(await (await get(`${C}/sessions`)).json());
    expect(sessions).toHaveLength(62);
    const opening = sessions.find((s) => s.code === 'CL3HJB');
    expect(opening).toMatchObject({ startsAt: '2025-10-16T08:00:00Z', title: 'Opening' });
    expect(opening?.speakers).toEqual([expect.objectContaining({ name: 'Yan Minagawa' })]);
    expect(sessions.map((s) => s.startsAt)).toEqual([...sessions.map((s) => s.startsAt)].sort());
  });

  it.each([
    ['day=2025-10-16', 25],
    ['day=2025-10-15', 2],
    ['type=workshop', 2],
    ['track=keynote&day=2025-10-18', 1],
    ['room=lynn-conway&day=2025-10-16', 7],
    ['q=hodgson', 1],
    ['q=HODGSON', 1],
    ['q=100%25', 0],
  ])('filters sessions by %s', async (query, count) => {
    const { sessions } = sessionListSchema.parse(await (await get(`${C}/sessions?${query}`)).json());
    expect(sessions).toHaveLength(count);
  });

  it.each([
    ['type=banana', 'type'],
    ['day=2025-13-45', 'day'],
    ['room=Not%20A%20Slug', 'room'],
  ])('rejects bad filter %s with a field error', async (query, field) => {
    const res = await get(`${C}/sessions?${query}`);
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    expect(problem.code).toBe('validation_failed');
    expect(Object.keys(problem.errors ?? {})).toContain(field);
  });

  it('gives one session and 404s an unknown one', async () => {
    const session = sessionSchema.parse(await (await get(`${C}/sessions/8PEMJB`)).json());
    expect(session.title).toBe('The Matrix State of the Union');
    const missing = await get(`${C}/sessions/NOPE00`);
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).code).toBe('session_not_found');
  });

  it('404s an unknown conference and 400s a malformed slug', async () => {
    const missing = await get('/api/conferences/no-such-con/sessions');
    expect(missing.status).toBe(404);
    expect((await problemOf(missing)).code).toBe('conference_not_found');
    const bad = await get('/api/conferences/BAD_SLUG');
    expect(bad.status).toBe(400);
    expect((await problemOf(bad)).code).toBe('validation_failed');
  });

  it('lists speakers with their sessions', async () => {
    const { speakers } = speakerListSchema.parse(await (await get(`${C}/speakers`)).json());
    expect(speakers).toHaveLength(65);
    const yan = speakers.find((s) => s.name === 'Yan Minagawa')!;
    expect(yan.sessionCodes).toEqual(['CL3HJB', 'KAB39N']);
    const one = speakerSchema.parse(await (await get(`${C}/speakers/${yan.code}`)).json());
    expect(one.name).toBe('Yan Minagawa');
    expect((await get(`${C}/speakers/ZZZZZZ`)).status).toBe(404);
  });

  it('orders sponsors by tier rank with their packages', async () => {
    const { tiers, sponsors } = sponsorListSchema.parse(await (await get(`${C}/sponsors`)).json());
    expect(tiers.map((t) => t.name)).toEqual(['Anchor', 'Champion', 'Sustaining']);
    expect(sponsors[0]).toMatchObject({ name: 'Element', packages: ['Video', 'Welcome Party'] });
    const rank = new Map(tiers.map((t) => [t.id, t.rank]));
    const ranks = sponsors.map((s) => rank.get(s.tierId)!);
    expect(ranks).toEqual([...ranks].sort());
  });

  it('revalidates unchanged answers with ETag and 304', async () => {
    const first = await get(`${C}/sessions`);
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=10');
    const again = await get(`${C}/sessions`, { headers: { 'if-none-match': tag! } });
    expect(again.status).toBe(304);
  });
});

describeEachDatabase(
  'system endpoints',
  (server) => {
    it('reports health with the database kind', async () => {
      const res = await server().client().get('/api/health');
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', database: server().deps.dbKind });
    });

    it('answers unknown API paths with a problem, not HTML', async () => {
      const res = await server().client().get('/api/nothing-here');
      expect(res.status).toBe(404);
      expect((await problemOf(res)).code).toBe('not_found');
    });

    it('sends security headers with a strict CSP', async () => {
      const res = await server().client().get('/api/conferences');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    });
  },
  {},
  ['sqlite'],
);
