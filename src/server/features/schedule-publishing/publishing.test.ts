import { expect, it } from 'vitest';
import {
  conferenceSchema,
  problemSchema,
  scheduleChangesSchema,
  scheduleDraftSchema,
  schedulePublishResultSchema,
  sessionListSchema,
  sessionSchema,
  type Conference,
  type Session,
  type StreamEvent,
} from '@shared/contract';
import { listAudit } from '../audit';
import { describeEachDatabase, type TestClient } from '../../test/harness';

const SLUG = 'matrix-conf-2025';
const base = `/api/conferences/${SLUG}`;

describeEachDatabase('schedule publishing', (server) => {
  async function as(email: string): Promise<TestClient> {
    const client = server().client();
    expect((await client.login(email)).status).toBe(200);
    return client;
  }

  async function conference(): Promise<Conference> {
    return conferenceSchema.parse(await (await server().client().get(base)).json());
  }

  async function publicSessions(): Promise<Session[]> {
    return sessionListSchema.parse(await (await server().client().get(`${base}/sessions`)).json()).sessions;
  }

  /** A confirmed session by position, so each test edits its own. */
  async function sessionAt(index: number): Promise<Session> {
    const confirmed = (await publicSessions()).filter((s) => s.status === 'confirmed' && s.roomId);
    return confirmed[index]!;
  }

  function patch(client: TestClient, code: string, json: unknown) {
    return client.request(`${base}/sessions/${code}`, { method: 'PATCH', json });
  }

  it('refuses anonymous callers, volunteers and desk staff', async () => {
    const s = await sessionAt(0);
    expect((await patch(server().client(), s.code, { title: 'x' })).status).toBe(401);
    for (const email of ['volunteer@demo.test', 'desk@demo.test']) {
      const client = await as(email);
      const res = await patch(client, s.code, { title: 'x' });
      expect(res.status).toBe(403);
      expect(problemSchema.parse(await res.json()).code).toBe('forbidden');
      expect((await client.post(`${base}/schedule/publish`)).status).toBe(403);
      expect((await client.get(`${base}/schedule/draft`)).status).toBe(403);
    }
  });

  it.each([
    [{ title: '' }, 'title'],
    [{ title: 'x'.repeat(301) }, 'title'],
    [{ type: 'lecture' }, 'type'],
    [{ format: 'virtual' }, 'format'],
    [{ language: 'English' }, 'language'],
    [{ status: 'postponed' }, 'status'],
    [{ roomId: 42 }, 'roomId'],
    [{ trackId: '' }, 'trackId'],
    [{ startsAt: '2025-10-16 10:00' }, 'startsAt'],
    [{ endsAt: '2025-10-16T10:00:00+02:00' }, 'endsAt'],
    [{ startsAt: '2025-10-16T10:00:00Z', endsAt: '2025-10-16T09:00:00Z' }, 'endsAt'],
    [{ description: 'x'.repeat(10_001) }, 'description'],
    [{ recordingOptOut: 'yes' }, 'recordingOptOut'],
    [{ links: { youtube: 'javascript:alert(1)' } }, 'links.youtube'],
    [{ links: { slides: 'ftp://example.org/a.pdf' } }, 'links.slides'],
    [{ code: 'NEW' }, ''],
    [{}, ''],
    [{ roomId: 'no-such-room' }, 'roomId'],
    [{ trackId: 'no-such-track' }, 'trackId'],
  ])('rejects %j naming the field', async (body, field) => {
    const client = await as('organizer@demo.test');
    const s = await sessionAt(0);
    const res = await patch(client, s.code, body);
    expect(res.status).toBe(400);
    const problem = problemSchema.parse(await res.json());
    expect(problem.code).toBe('validation_failed');
    expect(Object.keys(problem.errors ?? {})).toContain(field);
  });

  it('refuses an end before the published start, and unknown sessions', async () => {
    const client = await as('organizer@demo.test');
    const s = await sessionAt(0);
    const res = await patch(client, s.code, { endsAt: s.startsAt });
    expect(res.status).toBe(400);
    expect(problemSchema.parse(await res.json()).errors).toHaveProperty('endsAt');
    expect((await patch(client, 'NOSUCH', { title: 'x' })).status).toBe(404);
    expect((await patch(server().client(), s.code, { title: 'x' })).status).toBe(401);
  });

  it('keeps edits as drafts until published, then records the changelog', async () => {
    const client = await as('organizer@demo.test');
    const conf = await conference();
    const moved = await sessionAt(1);
    const retitled = await sessionAt(2);
    const cancelled = await sessionAt(3);
    const room = conf.rooms.find((r) => r.id !== moved.roomId)!;
    const later = new Date(Date.parse(moved.startsAt) + 30 * 60_000).toISOString();

    const edited = await patch(client, moved.code, { roomId: room.id, startsAt: later.replace('.000', '') });
    expect(edited.status).toBe(200);
    expect(sessionSchema.parse(await edited.json())).toMatchObject({ roomId: room.id });
    // A second edit of the same session merges with the first draft.
    expect(
      (
        await patch(client, moved.code, {
          endsAt: new Date(Date.parse(moved.endsAt) + 30 * 60_000).toISOString(),
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await patch(client, retitled.code, {
          title: 'A better title',
          links: { slides: 'https://example.org/s.pdf' },
        })
      ).status,
    ).toBe(200);
    expect((await patch(client, cancelled.code, { status: 'cancelled' })).status).toBe(200);

    // Attendees still see the published schedule.
    const before = (await publicSessions()).find((s) => s.code === moved.code)!;
    expect(before.roomId).toBe(moved.roomId);
    expect(before.updatedAt).toBe(moved.updatedAt);

    const draft = scheduleDraftSchema.parse(await (await client.get(`${base}/schedule/draft`)).json());
    expect(draft.scheduleVersion).toBe(conf.scheduleVersion);
    expect(draft.sessions.find((s) => s.code === moved.code)?.roomId).toBe(room.id);
    expect(Object.fromEntries(draft.changes.map((c) => [c.code, c.kind]))).toEqual({
      [moved.code]: 'moved',
      [retitled.code]: 'changed',
      [cancelled.code]: 'cancelled',
    });

    const events: StreamEvent[] = [];
    const stop = server().deps.bus.subscribe(SLUG, (e) => events.push(e));
    const res = await client.post(`${base}/schedule/publish`);
    stop();
    expect(res.status).toBe(200);
    const result = schedulePublishResultSchema.parse(await res.json());
    expect(result.scheduleVersion).toBe(conf.scheduleVersion + 1);
    expect(events.map((e) => e.topic).sort()).toEqual(['conference', 'sessions']);

    const after = await publicSessions();
    expect(after.find((s) => s.code === moved.code)).toMatchObject({ roomId: room.id });
    expect(after.find((s) => s.code === retitled.code)).toMatchObject({
      title: 'A better title',
      links: { slides: 'https://example.org/s.pdf' },
    });
    expect(after.find((s) => s.code === cancelled.code)?.status).toBe('cancelled');
    expect((await conference()).scheduleVersion).toBe(result.scheduleVersion);

    const changes = scheduleChangesSchema.parse(
      await (await server().client().get(`${base}/schedule/changes?since=${conf.scheduleVersion}`)).json(),
    );
    expect(changes.scheduleVersion).toBe(result.scheduleVersion);
    const byCode = new Map(changes.changes.map((c) => [c.code, c]));
    expect(byCode.get(moved.code)).toMatchObject({
      version: result.scheduleVersion,
      kind: 'moved',
      fields: ['roomId', 'startsAt', 'endsAt'],
      before: { roomId: moved.roomId, startsAt: moved.startsAt },
      after: { roomId: room.id },
    });
    expect(byCode.get(retitled.code)).toMatchObject({ kind: 'changed', fields: ['title', 'links'] });
    expect(byCode.get(cancelled.code)).toMatchObject({ kind: 'cancelled', fields: ['status'] });
    const one = scheduleChangesSchema.parse(
      await (
        await server()
          .client()
          .get(`${base}/schedule/changes?since=${conf.scheduleVersion}&code=${moved.code}`)
      ).json(),
    );
    expect(one.changes.map((c) => c.code)).toEqual([moved.code]);
    const none = scheduleChangesSchema.parse(
      await (await server().client().get(`${base}/schedule/changes?since=${result.scheduleVersion}`)).json(),
    );
    expect(none.changes).toEqual([]);

    const draftAfter = scheduleDraftSchema.parse(await (await client.get(`${base}/schedule/draft`)).json());
    expect(draftAfter.changes).toEqual([]);
    const nothing = await client.post(`${base}/schedule/publish`);
    expect(nothing.status).toBe(409);
    expect(problemSchema.parse(await nothing.json()).code).toBe('schedule_nothing_to_publish');

    const actions = (await listAudit(server().deps.db, `conf.${SLUG}`)).map((a) => a.action);
    expect(actions.filter((a) => a === 'session.drafted').length).toBeGreaterThanOrEqual(4);
    expect(actions).toContain('schedule.published');
  });

  it('drops a draft that puts every field back', async () => {
    const client = await as('organizer@demo.test');
    const s = await sessionAt(4);
    expect((await patch(client, s.code, { title: 'Temporary' })).status).toBe(200);
    expect((await patch(client, s.code, { title: s.title })).status).toBe(200);
    const draft = scheduleDraftSchema.parse(await (await client.get(`${base}/schedule/draft`)).json());
    expect(draft.changes.map((c) => c.code)).not.toContain(s.code);
  });

  it('publishes each draft exactly once when edits and publishes race', async () => {
    const client = await as('organizer@demo.test');
    const version = (await conference()).scheduleVersion;
    const targets = await Promise.all([5, 6, 7, 8, 9, 10].map((i) => sessionAt(i)));
    await Promise.all(targets.map((s) => patch(client, s.code, { title: `${s.title} (race)` })));
    const results = await Promise.all([1, 2, 3, 4].map(() => client.post(`${base}/schedule/publish`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect((await conference()).scheduleVersion).toBe(version + 1);
    const changes = scheduleChangesSchema.parse(
      await (await server().client().get(`${base}/schedule/changes?since=${version}`)).json(),
    );
    expect(changes.changes.map((c) => c.code).sort()).toEqual(targets.map((s) => s.code).sort());
  });

  it('rejects a malformed since', async () => {
    for (const q of ['', '?since=-1', '?since=abc', '?since=1.5', '?since=0&code=a%20b']) {
      const res = await server().client().get(`${base}/schedule/changes${q}`);
      expect(res.status).toBe(400);
    }
  });
});
