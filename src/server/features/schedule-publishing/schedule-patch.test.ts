import { expect, it } from 'vitest';
import {
  conferenceSchema,
  scheduleChangesSchema,
  sessionListSchema,
  speakerListSchema,
  type ScheduleChanges,
  type SessionList,
} from '@shared/contract';
import { applySchedulePatch, sessionListDigest } from '@shared/schedule-changes';
import { describeEachDatabase, type TestClient } from '../../test/harness';

const SLUG = 'matrix-conf-2025';
const base = `/api/conferences/${SLUG}`;

describeEachDatabase('the change list patches a held session list (decision 18)', (server) => {
  async function organizer(): Promise<TestClient> {
    const client = server().client();
    expect((await client.login('organizer@demo.test')).status).toBe(200);
    return client;
  }

  async function list(): Promise<SessionList> {
    return sessionListSchema.parse(await (await server().client().get(`${base}/sessions`)).json());
  }

  async function changesSince(since: number): Promise<{ body: ScheduleChanges; res: Response }> {
    const res = await server().client().get(`${base}/schedule/changes?since=${since}`);
    expect(res.status).toBe(200);
    return { body: scheduleChangesSchema.parse(await res.clone().json()), res };
  }

  async function publish(client: TestClient) {
    const res = await client.post(`${base}/schedule/publish`);
    expect(res.status).toBe(200);
  }

  const edit = (client: TestClient, code: string, json: unknown) =>
    client.request(`${base}/sessions/${code}`, { method: 'PATCH', json });

  it('holds exactly the sessions published since, in their current public shape and place', async () => {
    const client = await organizer();
    const held = await list();
    const conf = conferenceSchema.parse(await (await server().client().get(base)).json());
    const confirmed = held.sessions.filter((s) => s.status === 'confirmed' && s.roomId);
    const [moved, cancelled, respoken, retitled] = confirmed;
    const speakers = speakerListSchema.parse(await (await server().client().get(`${base}/speakers`)).json());
    const otherRoom = conf.rooms.find((r) => r.id !== moved!.roomId)!;

    expect(
      (
        await edit(client, moved!.code, {
          roomId: otherRoom.id,
          startsAt: cancelled!.startsAt,
          endsAt: cancelled!.endsAt,
        })
      ).status,
    ).toBe(200);
    expect((await edit(client, cancelled!.code, { status: 'cancelled' })).status).toBe(200);
    expect(
      (await edit(client, respoken!.code, { speakerCodes: [speakers.speakers.at(-1)!.code] })).status,
    ).toBe(200);
    expect((await edit(client, retitled!.code, { title: 'A title published later' })).status).toBe(200);
    const created = await client.request(`${base}/sessions`, {
      method: 'POST',
      json: {
        title: 'A session made in the console',
        type: 'workshop',
        roomId: conf.rooms[0]!.id,
        startsAt: held.sessions[0]!.startsAt,
        endsAt: held.sessions[0]!.endsAt,
      },
    });
    expect(created.status).toBe(201);
    const newCode = ((await created.json()) as { code: string }).code;
    await publish(client);
    const middle = await list();
    expect(middle.scheduleVersion).toBe(held.scheduleVersion + 1);

    // A second publish touches one of them again.
    expect((await edit(client, moved!.code, { title: 'Moved, and renamed' })).status).toBe(200);
    await publish(client);
    const now = await list();

    const { body } = await changesSince(held.scheduleVersion);
    expect(body.scheduleVersion).toBe(now.scheduleVersion);
    const patch = body.patch!;
    expect(patch.tooFarBehind).toBe(false);
    expect(patch.removed).toEqual([]);
    expect(patch.total).toBe(now.sessions.length);
    expect(new Set(patch.sessions.map((s) => s.session.code))).toEqual(
      new Set([moved!.code, cancelled!.code, respoken!.code, retitled!.code, newCode]),
    );
    for (const { position, session } of patch.sessions) expect(session).toEqual(now.sessions[position]);
    expect(patch.digest).toBe(sessionListDigest(now.sessions));
    expect(patch.sessionTypes).toContain('workshop');
    // The list held at the first version, patched, is the list fetched now.
    expect(applySchedulePatch(held.sessions, patch)).toEqual(now.sessions);

    // From the middle version: only the session published again.
    const fromMiddle = (await changesSince(middle.scheduleVersion)).body.patch!;
    expect(fromMiddle.sessions.map((s) => s.session.code)).toEqual([moved!.code]);
    expect(applySchedulePatch(middle.sessions, fromMiddle)).toEqual(now.sessions);

    // Current already: nothing to patch, and the digest says so.
    const current = (await changesSince(now.scheduleVersion)).body.patch!;
    expect(current.sessions).toEqual([]);
    expect(sessionListDigest(applySchedulePatch(now.sessions, current)!)).toBe(current.digest);
  });

  it('is kept in memory per (since, version), public, and moves with the next publish', async () => {
    const client = await organizer();
    const { scheduleVersion } = await list();
    const first = await changesSince(scheduleVersion);
    const again = await changesSince(scheduleVersion);
    expect(first.res.headers.get('cache-control')).toMatch(/^public/);
    expect(again.res.headers.get('etag')).toBe(first.res.headers.get('etag'));
    const revalidated = await server()
      .client()
      .get(`${base}/schedule/changes?since=${scheduleVersion}`, {
        headers: { 'if-none-match': first.res.headers.get('etag')! },
      });
    expect(revalidated.status).toBe(304);

    const target = (await list()).sessions.find((s) => s.status === 'confirmed')!;
    expect((await edit(client, target.code, { description: 'Updated for the patch test' })).status).toBe(200);
    await publish(client);
    const after = await changesSince(scheduleVersion);
    expect(after.res.headers.get('etag')).not.toBe(first.res.headers.get('etag'));
    expect(after.body.scheduleVersion).toBe(scheduleVersion + 1);
    expect(after.body.patch!.sessions.map((s) => s.session)).toEqual([
      { ...target, description: 'Updated for the patch test', updatedAt: expect.any(String) },
    ]);
    // A narrowed changelog (one session's page) carries no patch and is not kept publicly.
    const one = await server().client().get(`${base}/schedule/changes?since=0&code=${target.code}`);
    expect(scheduleChangesSchema.parse(await one.json()).patch).toBeUndefined();
    expect(one.headers.get('cache-control')).not.toMatch(/public/);
  });

  it('gives a digest the patched list misses when a change published no version', async () => {
    const client = await organizer();
    const held = await list();
    const named = held.sessions.find((s) => s.speakers.length > 0)!;
    const res = await client.request(`${base}/speakers/${named.speakers[0]!.code}`, {
      method: 'PATCH',
      json: { name: 'Renamed Without A Publish' },
    });
    expect(res.status).toBe(200);
    const patch = (await changesSince(held.scheduleVersion)).body.patch!;
    expect(patch.sessions).toEqual([]);
    const patched = applySchedulePatch(held.sessions, patch)!;
    expect(sessionListDigest(patched)).not.toBe(patch.digest);
    expect(sessionListDigest((await list()).sessions)).toBe(patch.digest);
  });
});
