import { expect, it } from 'vitest';
import {
  conferenceSchema,
  problemSchema,
  scheduleChangesSchema,
  scheduleDraftSchema,
  sessionListSchema,
  sessionSchema,
  speakerListSchema,
  type Conference,
  type Session,
  type StreamEvent,
} from '@shared/contract';
import { listAudit } from '../audit';
import { describeEachDatabase, type TestClient } from '../../test/harness';

const SLUG = 'matrix-conf-2025';
const base = `/api/conferences/${SLUG}`;

describeEachDatabase('sessions created and staffed in the console', (server) => {
  async function organizer(): Promise<TestClient> {
    const client = server().client();
    expect((await client.login('organizer@demo.test')).status).toBe(200);
    return client;
  }
  async function conference(): Promise<Conference> {
    return conferenceSchema.parse(await (await server().client().get(base)).json());
  }
  async function publicSessions(): Promise<Session[]> {
    return sessionListSchema.parse(await (await server().client().get(`${base}/sessions`)).json()).sessions;
  }
  async function speakerCodes(): Promise<string[]> {
    const list = speakerListSchema.parse(await (await server().client().get(`${base}/speakers`)).json());
    return list.speakers.map((s) => s.code);
  }
  async function draft(client: TestClient) {
    return scheduleDraftSchema.parse(await (await client.get(`${base}/schedule/draft`)).json());
  }
  async function create(client: TestClient, json: Record<string, unknown>) {
    const conf = await conference();
    return client.request(`${base}/sessions`, {
      method: 'POST',
      json: {
        title: 'Console talk',
        type: 'talk',
        roomId: conf.rooms[0]!.id,
        startsAt: '2025-10-17T12:00:00Z',
        endsAt: '2025-10-17T12:30:00Z',
        ...json,
      },
    });
  }

  /** Every public read an attendee, a player app or a calendar makes. */
  async function publicBodies(code: string, speaker: string): Promise<string> {
    const paths = [
      `${base}/sessions`,
      `${base}/sessions?q=canary`,
      `${base}/speakers`,
      `${base}/speakers/${speaker}`,
      `${base}/schedule.json`,
      `${base}/schedule.xml`,
      `${base}/schedule.ics`,
      `${base}/schedule.ics?codes=${code}`,
      `${base}/schedule/changes?since=0`,
      `${base}/schedule/changes?since=0&code=${code}`,
      base,
    ];
    const bodies = await Promise.all(
      paths.map(async (p) => {
        const res = await server().client().get(p);
        expect(res.status, p).toBe(200);
        return res.text();
      }),
    );
    for (const p of [`${base}/sessions/${code}`, `${base}/sessions/${code}.ics`]) {
      expect((await server().client().get(p)).status, p).toBe(404);
    }
    return bodies.join('\n');
  }

  it('refuses attendees and desk staff, and bad bodies with field errors', async () => {
    expect((await create(server().client(), {})).status).toBe(401);
    const desk = server().client();
    await desk.login('desk@demo.test');
    expect((await create(desk, {})).status).toBe(403);
    expect((await desk.request(`${base}/sessions/ABC`, { method: 'DELETE' })).status).toBe(403);

    const client = await organizer();
    for (const [body, field] of [
      [{ title: ' ' }, 'title'],
      [{ type: 'lecture' }, 'type'],
      [{ endsAt: '2025-10-17T11:00:00Z' }, 'endsAt'],
      [{ speakerCodes: ['NOSUCH'] }, 'speakerCodes'],
      [{ roomId: 'no-such-room' }, 'roomId'],
      [{ code: 'MINE' }, ''],
    ] as const) {
      const res = await create(client, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const problem = problemSchema.parse(await res.json());
      expect(problem.code).toBe('validation_failed');
      if (field) expect(Object.keys(problem.errors ?? {})).toContain(field);
    }
    const [a] = await speakerCodes();
    const twice = await create(client, { speakerCodes: [a, a] });
    expect(twice.status).toBe(400);
  });

  it('keeps a new session away from attendees until published, then lists it as new', async () => {
    const client = await organizer();
    const conf = await conference();
    const [first, second] = await speakerCodes();
    const res = await create(client, { title: 'Leak canary talk', speakerCodes: [second, first] });
    expect(res.status).toBe(201);
    const created = sessionSchema.parse(await res.json());
    expect(created.code).toMatch(/^[A-Z2-9]{6}$/);
    expect(created.speakers.map((s) => s.code)).toEqual([second, first]);

    const before = await publicBodies(created.code, first!);
    for (const secret of [created.code, created.guid, 'Leak canary']) expect(before).not.toContain(secret);
    expect((await conference()).scheduleVersion).toBe(conf.scheduleVersion);

    const view = await draft(client);
    expect(view.sessions.find((s) => s.code === created.code)?.title).toBe('Leak canary talk');
    expect(view.changes.find((c) => c.code === created.code)).toMatchObject({ kind: 'new', before: null });

    // Editing it changes its draft only; attendees still cannot see it.
    const edited = await client.request(`${base}/sessions/${created.code}`, {
      method: 'PATCH',
      json: { title: 'Leak canary talk, revised', speakerCodes: [first] },
    });
    expect(edited.status).toBe(200);
    expect(sessionSchema.parse(await edited.json()).speakers.map((s) => s.code)).toEqual([first]);
    expect(await publicBodies(created.code, first!)).not.toContain('Leak canary');

    const events: StreamEvent[] = [];
    const stop = server().deps.bus.subscribe(SLUG, (e) => events.push(e));
    expect((await client.post(`${base}/schedule/publish`)).status).toBe(200);
    stop();
    expect(events.map((e) => e.topic).sort()).toEqual(['conference', 'sessions']);

    const published = (await publicSessions()).find((s) => s.code === created.code);
    expect(published).toMatchObject({
      title: 'Leak canary talk, revised',
      guid: created.guid,
      slug: 'leak-canary-talk-revised',
      speakers: [{ code: first }],
    });
    const speaker = await (await server().client().get(`${base}/speakers/${first}`)).json();
    expect(speaker.sessionCodes).toContain(created.code);
    const changes = scheduleChangesSchema.parse(
      await (await server().client().get(`${base}/schedule/changes?since=${conf.scheduleVersion}`)).json(),
    );
    expect(changes.changes.find((c) => c.code === created.code)).toMatchObject({ kind: 'new', fields: [] });
    // The same reads that could not see it before now do.
    const afterBodies = await Promise.all(
      [`${base}/schedule.xml`, `${base}/schedule.json`, `${base}/schedule.ics`].map(async (p) =>
        (await server().client().get(p)).text(),
      ),
    );
    for (const body of afterBodies) expect(body).toContain('Leak canary');
    expect((await draft(client)).changes).toEqual([]);

    // Published now: it can be cancelled, not discarded.
    const discard = await client.request(`${base}/sessions/${created.code}`, { method: 'DELETE' });
    expect(discard.status).toBe(409);
    expect(problemSchema.parse(await discard.json()).code).toBe('session_published');

    const actions = (await listAudit(server().deps.db, `conf.${SLUG}`)).map((a) => a.action);
    expect(actions).toContain('session.created');
  });

  it('discards a new session before publishing, leaving nothing to publish', async () => {
    const client = await organizer();
    const created = sessionSchema.parse(await (await create(client, { title: 'Never mind' })).json());
    const res = await client.request(`${base}/sessions/${created.code}`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect((await draft(client)).sessions.map((s) => s.code)).not.toContain(created.code);
    const again = await client.request(`${base}/sessions/${created.code}`, { method: 'DELETE' });
    expect(problemSchema.parse(await again.json()).code).toBe('session_not_found');
    const publish = await client.post(`${base}/schedule/publish`);
    expect(problemSchema.parse(await publish.json()).code).toBe('schedule_nothing_to_publish');
    const actions = (await listAudit(server().deps.db, `conf.${SLUG}`)).map((a) => a.action);
    expect(actions).toContain('session.discarded');
  });

  it('drafts speakers of a published session and publishes them in order, named in the changelog', async () => {
    const client = await organizer();
    const conf = await conference();
    const session = (await publicSessions()).find(
      (s) => s.speakers.length === 1 && s.status === 'confirmed',
    )!;
    const other = (await speakerCodes()).find((c) => c !== session.speakers[0]!.code)!;
    const codes = [other, session.speakers[0]!.code];
    const bad = await client.request(`${base}/sessions/${session.code}`, {
      method: 'PATCH',
      json: { speakerCodes: ['NOSUCH'] },
    });
    expect(problemSchema.parse(await bad.json()).errors?.speakerCodes).toBeDefined();
    const res = await client.request(`${base}/sessions/${session.code}`, {
      method: 'PATCH',
      json: { speakerCodes: codes },
    });
    expect(res.status).toBe(200);
    // Not public yet.
    const still = (await publicSessions()).find((s) => s.code === session.code)!;
    expect(still.speakers.map((s) => s.code)).toEqual([session.speakers[0]!.code]);
    expect((await draft(client)).changes.find((c) => c.code === session.code)?.fields).toEqual(['speakers']);

    expect((await client.post(`${base}/schedule/publish`)).status).toBe(200);
    const after = (await publicSessions()).find((s) => s.code === session.code)!;
    expect(after.speakers.map((s) => s.code)).toEqual(codes);
    const changes = scheduleChangesSchema.parse(
      await (
        await server()
          .client()
          .get(`${base}/schedule/changes?since=${conf.scheduleVersion}&code=${session.code}`)
      ).json(),
    );
    expect(changes.changes[0]).toMatchObject({ kind: 'changed', fields: ['speakers'] });

    // Putting the speakers back leaves no draft.
    await client.request(`${base}/sessions/${session.code}`, {
      method: 'PATCH',
      json: { speakerCodes: [other] },
    });
    await client.request(`${base}/sessions/${session.code}`, {
      method: 'PATCH',
      json: { speakerCodes: codes },
    });
    expect((await draft(client)).changes.map((c) => c.code)).not.toContain(session.code);
  });

  it('publishes a new session without the room and speaker deleted since it was drafted', async () => {
    const client = await organizer();
    const room = await (await client.post(`${base}/rooms`, { slug: 'pop-up', name: 'Pop-up stage' })).json();
    const speaker = await (await client.post(`${base}/speakers`, { name: 'Short-lived Speaker' })).json();
    const res = await create(client, {
      title: 'Orphaned draft',
      roomId: room.id,
      speakerCodes: [speaker.code],
    });
    const created = sessionSchema.parse(await res.json());
    expect(created).toMatchObject({ roomId: room.id, speakers: [{ code: speaker.code }] });
    expect((await client.request(`${base}/rooms/${room.id}`, { method: 'DELETE' })).ok).toBe(true);
    expect((await client.request(`${base}/speakers/${speaker.code}`, { method: 'DELETE' })).ok).toBe(true);

    expect((await client.post(`${base}/schedule/publish`)).status).toBe(200);
    const published = (await publicSessions()).find((s) => s.code === created.code);
    expect(published).toMatchObject({ title: 'Orphaned draft', roomId: null, speakers: [] });
  });
});
