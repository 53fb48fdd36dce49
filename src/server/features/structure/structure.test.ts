import { expect, it } from 'vitest';
import {
  apiPaths,
  conferenceSchema,
  deleteResultSchema,
  DEPENDENT_EXAMPLES_MAX,
  dependentsProblemSchema,
  roomSchema,
  scheduleChangesSchema,
  scheduleDraftSchema,
  sessionListSchema,
  speakerSchema,
  trackSchema,
  type Conference,
  type StreamEvent,
} from '@shared/contract';
import { listAudit } from '../audit';
import { describeEachDatabase, type TestClient } from '../../test/harness';
import { expectProblem, loggedIn, newVolunteer, SLUG, unique } from '../../test/volunteer-fixtures';

describeEachDatabase('schedule structure: rooms, tracks, days, speakers', (server) => {
  const conference = async (): Promise<Conference> =>
    conferenceSchema.parse(await (await server().client().get(apiPaths.conference(SLUG))).json());
  const sessions = async () =>
    sessionListSchema.parse(await (await server().client().get(apiPaths.sessions(SLUG))).json()).sessions;
  const organizer = () => loggedIn(server(), 'organizer@demo.test');
  const actions = async () => (await listAudit(server().deps.db, await conferenceId())).map((a) => a.action);
  const conferenceId = async () =>
    (
      await server()
        .deps.db.selectFrom('conferences')
        .select('id')
        .where('slug', '=', SLUG)
        .executeTakeFirstOrThrow()
    ).id;
  function listen(): StreamEvent[] {
    const events: StreamEvent[] = [];
    server().deps.bus.subscribe(SLUG, (e) => events.push(e));
    return events;
  }
  const send = (client: TestClient, method: string, path: string, json?: unknown) =>
    client.request(path, { method, ...(json === undefined ? {} : { json }) });

  it('refuses anonymous callers and non-organizers on every write', async () => {
    const anonymous = server().client();
    const desk = await loggedIn(server(), 'desk@demo.test');
    const room = (await conference()).rooms[0]!;
    const writes: [string, string, unknown?][] = [
      ['POST', apiPaths.rooms(SLUG), { slug: 'x', name: 'X' }],
      ['PATCH', apiPaths.room(SLUG, room.id), { name: 'X' }],
      ['DELETE', apiPaths.room(SLUG, room.id)],
      ['POST', apiPaths.tracks(SLUG), { slug: 'x', name: 'X', color: '#1d4ed8' }],
      ['PATCH', apiPaths.conferenceDay(SLUG, '2025-10-16'), { label: 'X' }],
      ['POST', apiPaths.speakers(SLUG), { name: 'X' }],
      ['DELETE', apiPaths.speaker(SLUG, 'ABC')],
      ['GET', apiPaths.audit(SLUG)],
    ];
    for (const [method, path, json] of writes) {
      await expectProblem(await send(anonymous, method, path, json), 401, 'unauthenticated');
      await expectProblem(await send(desk, method, path, json), 403, 'forbidden');
    }
    expect((await conference()).rooms[0]!.name).toBe(room.name);
  });

  it('creates a room last, renames and reorders it, audited and announced on the conference topic', async () => {
    const org = await organizer();
    const events = listen();
    const slug = unique('room');
    const created = await org.post(apiPaths.rooms(SLUG), { slug, name: ` Salle ${slug} ` });
    expect(created.status).toBe(201);
    const room = roomSchema.parse(await created.json());
    const rooms = (await conference()).rooms;
    expect(room).toMatchObject({ name: `Salle ${slug}`, liveStreamUrl: null });
    expect(room.position).toBe(Math.max(...rooms.map((r) => r.position)));

    const renamed = await send(org, 'PATCH', apiPaths.room(SLUG, room.id), {
      name: 'Renamed hall',
      position: 0,
      liveStreamUrl: 'https://stream.example.org/hall',
    });
    expect(renamed.status).toBe(200);
    const after = (await conference()).rooms.find((r) => r.id === room.id);
    expect(after).toMatchObject({
      name: 'Renamed hall',
      position: 0,
      liveStreamUrl: 'https://stream.example.org/hall',
    });
    expect(events.filter((e) => e.topic === 'conference')).toHaveLength(2);
    const log = await listAudit(server().deps.db, await conferenceId());
    const update = log.find((a) => a.action === 'room.updated' && a.subject === slug)!;
    expect(JSON.parse(update.detail)).toMatchObject({ changes: { name: [`Salle ${slug}`, 'Renamed hall'] } });
    expect(await actions()).toContain('room.created');
  });

  it('answers field errors for bad rooms, and room_taken for a used slug or name', async () => {
    const org = await organizer();
    const bad = await org.post(apiPaths.rooms(SLUG), {
      slug: 'Not A Slug',
      name: '',
      liveStreamUrl: 'ftp://x',
    });
    const problem = await expectProblem(bad, 400, 'validation_failed');
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['liveStreamUrl', 'name', 'slug']);
    const existing = (await conference()).rooms[0]!;
    const bySlug = await org.post(apiPaths.rooms(SLUG), { slug: existing.slug, name: unique('n') });
    expect((await expectProblem(bySlug, 409, 'room_taken')).errors).toHaveProperty('slug');
    const byName = await send(org, 'PATCH', apiPaths.room(SLUG, (await conference()).rooms[1]!.id), {
      name: existing.name.toUpperCase(),
    });
    expect((await expectProblem(byName, 409, 'room_taken')).errors).toHaveProperty('name');
    await expectProblem(
      await send(org, 'PATCH', apiPaths.room(SLUG, 'nope'), { name: 'X' }),
      404,
      'room_not_found',
    );
    await expectProblem(await send(org, 'DELETE', apiPaths.room(SLUG, 'nope')), 404, 'room_not_found');
  });

  it('deletes an unused room at once', async () => {
    const org = await organizer();
    const room = roomSchema.parse(
      await (await org.post(apiPaths.rooms(SLUG), { slug: unique('r'), name: unique('R') })).json(),
    );
    const res = await send(org, 'DELETE', apiPaths.room(SLUG, room.id));
    expect(res.status).toBe(200);
    const before = await conference();
    expect(deleteResultSchema.parse(await res.json())).toEqual({
      sessionsChanged: 0,
      scheduleVersion: before.scheduleVersion,
    });
    expect(before.rooms.some((r) => r.id === room.id)).toBe(false);
  });

  it('asks before deleting a room with sessions, then moves them to no room as a published version', async () => {
    const org = await organizer();
    const before = await conference();
    const room = before.rooms.find((r) => r.slug === 'lynn-conway')!;
    const inRoom = (await sessions()).filter((s) => s.roomId === room.id);
    expect(inRoom.length).toBeGreaterThan(3);
    // An unpublished edit moving another session into the room.
    const other = (await sessions()).find((s) => s.roomId !== room.id && s.roomId !== null)!;
    await send(org, 'PATCH', apiPaths.session(SLUG, other.code), { roomId: room.id, title: 'Drafted title' });

    const asked = await send(org, 'DELETE', apiPaths.room(SLUG, room.id));
    expect(asked.status).toBe(409);
    const problem = dependentsProblemSchema.parse(await asked.json());
    expect(problem).toMatchObject({ code: 'room_in_use', confirmable: true });
    expect(problem.dependents).toEqual([
      {
        kind: 'session',
        count: inRoom.length,
        examples: inRoom.slice(0, DEPENDENT_EXAMPLES_MAX).map((s) => s.title),
      },
      { kind: 'draft', count: 1, examples: [other.title] },
    ]);
    expect((await conference()).rooms.some((r) => r.id === room.id)).toBe(true);

    const events = listen();
    const done = await send(org, 'DELETE', `${apiPaths.room(SLUG, room.id)}?confirm=true`);
    expect(done.status).toBe(200);
    const result = deleteResultSchema.parse(await done.json());
    expect(result).toEqual({ sessionsChanged: inRoom.length, scheduleVersion: before.scheduleVersion + 1 });
    const after = await sessions();
    for (const s of inRoom)
      expect(after.find((a) => a.code === s.code)).toMatchObject({ roomId: null, title: s.title });
    const { changes } = scheduleChangesSchema.parse(
      await (await server().client().get(apiPaths.scheduleChanges(SLUG, before.scheduleVersion))).json(),
    );
    expect(changes.map((c) => c.code).sort()).toEqual(inRoom.map((s) => s.code).sort());
    expect(changes.filter((c) => c.kind === 'moved').length).toBe(
      inRoom.filter((s) => s.status !== 'cancelled').length,
    );
    // The draft keeps its other edit but no longer points at a room that is gone.
    const draft = scheduleDraftSchema.parse(await (await org.get(apiPaths.scheduleDraft(SLUG))).json());
    expect(draft.sessions.find((s) => s.code === other.code)).toMatchObject({
      roomId: other.roomId,
      title: 'Drafted title',
    });
    expect(new Set(events.map((e) => e.topic))).toEqual(new Set(['conference', 'sessions']));
    expect(await actions()).toContain('room.deleted');

    // The exports still build, and leave the roomless sessions out of the rooms.
    const json = await server().client().get(apiPaths.scheduleJson(SLUG));
    expect(json.status).toBe(200);
    expect(JSON.stringify(await json.json())).not.toContain(room.name);
    expect((await server().client().get(apiPaths.scheduleXml(SLUG))).status).toBe(200);
    expect((await server().client().get(apiPaths.scheduleIcs(SLUG))).status).toBe(200);
  });

  it('creates and edits tracks with a colour readable on white', async () => {
    const org = await organizer();
    const slug = unique('track');
    const light = await org.post(apiPaths.tracks(SLUG), { slug, name: 'Light', color: '#ffee00' });
    expect((await expectProblem(light, 400, 'validation_failed')).errors).toHaveProperty('color');
    const res = await org.post(apiPaths.tracks(SLUG), { slug, name: `Track ${slug}`, color: '#1D4ED8' });
    expect(res.status).toBe(201);
    const track = trackSchema.parse(await res.json());
    expect(track.color).toBe('#1d4ed8');
    const edited = await send(org, 'PATCH', apiPaths.track(SLUG, track.id), {
      color: '#7c3aed',
      name: 'Edited track',
    });
    expect(trackSchema.parse(await edited.json())).toMatchObject({ color: '#7c3aed', name: 'Edited track' });
    const taken = await org.post(apiPaths.tracks(SLUG), { slug, name: unique('x'), color: '#7c3aed' });
    expect((await expectProblem(taken, 409, 'track_taken')).errors).toHaveProperty('slug');
    await expectProblem(
      await send(org, 'PATCH', apiPaths.track(SLUG, 'nope'), { name: 'X' }),
      404,
      'track_not_found',
    );
  });

  it('asks before deleting a track with sessions, then leaves them without a track', async () => {
    const org = await organizer();
    const before = await conference();
    const track = before.tracks.find((t) => t.slug === 'keynote')!;
    const inTrack = (await sessions()).filter((s) => s.trackId === track.id);
    const asked = await send(org, 'DELETE', apiPaths.track(SLUG, track.id));
    const problem = dependentsProblemSchema.parse(await asked.json());
    expect(problem).toMatchObject({ status: 409, code: 'track_in_use', confirmable: true });
    expect(problem.dependents[0]).toMatchObject({ kind: 'session', count: inTrack.length });
    const done = await send(org, 'DELETE', `${apiPaths.track(SLUG, track.id)}?confirm=true`);
    expect(deleteResultSchema.parse(await done.json()).sessionsChanged).toBe(inTrack.length);
    const after = await sessions();
    for (const s of inTrack) expect(after.find((a) => a.code === s.code)?.trackId).toBeNull();
    expect((await conference()).tracks.some((t) => t.id === track.id)).toBe(false);
    await expectProblem(await send(org, 'DELETE', apiPaths.track(SLUG, track.id)), 404, 'track_not_found');
  });

  it('edits a day’s label, hours and note, and 404s a date outside the edition', async () => {
    const org = await organizer();
    const res = await send(org, 'PATCH', apiPaths.conferenceDay(SLUG, '2025-10-17'), {
      label: 'Friday: main day',
      opensAt: '08:30',
      closesAt: '19:00',
      note: 'Doors at 8:30',
    });
    expect(res.status).toBe(200);
    expect((await conference()).days.find((d) => d.date === '2025-10-17')).toEqual({
      date: '2025-10-17',
      label: 'Friday: main day',
      opensAt: '08:30',
      closesAt: '19:00',
      note: 'Doors at 8:30',
    });
    await send(org, 'PATCH', apiPaths.conferenceDay(SLUG, '2025-10-17'), { note: '' });
    expect((await conference()).days.find((d) => d.date === '2025-10-17')?.note).toBeNull();
    const bad = await send(org, 'PATCH', apiPaths.conferenceDay(SLUG, '2025-10-17'), {
      opensAt: '25:00',
      label: '',
    });
    expect(Object.keys((await expectProblem(bad, 400, 'validation_failed')).errors ?? {}).sort()).toEqual([
      'label',
      'opensAt',
    ]);
    await expectProblem(
      await send(org, 'PATCH', apiPaths.conferenceDay(SLUG, '2025-12-24'), { label: 'X' }),
      404,
      'conference_day_not_found',
    );
    await expectProblem(
      await send(org, 'PATCH', apiPaths.conferenceDay(SLUG, 'tomorrow'), { label: 'X' }),
      400,
      'validation_failed',
    );
  });

  it('creates, edits and deletes a speaker; one on sessions needs confirmation', async () => {
    const org = await organizer();
    const invalid = await org.post(apiPaths.speakers(SLUG), { name: ' ', bio: 'x'.repeat(5001) });
    expect(Object.keys((await expectProblem(invalid, 400, 'validation_failed')).errors ?? {}).sort()).toEqual(
      ['bio', 'name'],
    );
    const created = await org.post(apiPaths.speakers(SLUG), { name: 'Ada Newcomer', affiliation: 'Element' });
    expect(created.status).toBe(201);
    const speaker = speakerSchema.parse(await created.json());
    expect(speaker).toMatchObject({
      name: 'Ada Newcomer',
      affiliation: 'Element',
      bio: '',
      sessionCodes: [],
    });
    expect(speaker.code).toMatch(/^[A-Z2-9]{6}$/);
    const edited = await send(org, 'PATCH', apiPaths.speaker(SLUG, speaker.code), {
      bio: 'Hello',
      affiliation: '',
    });
    expect(speakerSchema.parse(await edited.json())).toMatchObject({ bio: 'Hello', affiliation: null });
    expect((await send(org, 'DELETE', apiPaths.speaker(SLUG, speaker.code))).status).toBe(200);
    await expectProblem(
      await send(org, 'PATCH', apiPaths.speaker(SLUG, speaker.code), { bio: 'x' }),
      404,
      'speaker_not_found',
    );

    const all = await sessions();
    const billed = all.find((s) => s.speakers.length > 0 && s.speakers.length < 3)!;
    const who = billed.speakers[0]!;
    const theirs = all.filter((s) => s.speakers.some((p) => p.code === who.code));
    const asked = await send(org, 'DELETE', apiPaths.speaker(SLUG, who.code));
    const problem = dependentsProblemSchema.parse(await asked.json());
    expect(problem).toMatchObject({ status: 409, code: 'speaker_in_use', confirmable: true });
    expect(problem.dependents).toEqual([
      {
        kind: 'session',
        count: theirs.length,
        examples: theirs.slice(0, DEPENDENT_EXAMPLES_MAX).map((s) => s.title),
      },
    ]);
    const events = listen();
    const done = await send(org, 'DELETE', `${apiPaths.speaker(SLUG, who.code)}?confirm=true`);
    expect(deleteResultSchema.parse(await done.json()).sessionsChanged).toBe(theirs.length);
    const after = await sessions();
    expect(after.find((s) => s.code === billed.code)?.speakers.map((p) => p.code)).not.toContain(who.code);
    expect((await server().client().get(apiPaths.speaker(SLUG, who.code))).status).toBe(404);
    expect(new Set(events.map((e) => e.topic))).toEqual(new Set(['speakers', 'sessions', 'conference']));
    expect(await actions()).toEqual(
      expect.arrayContaining(['speaker.created', 'speaker.updated', 'speaker.deleted']),
    );
  });

  it('refuses a volunteer too, not only desk staff', async () => {
    const v = await newVolunteer(server());
    await expectProblem(
      await v.client.post(apiPaths.rooms(SLUG), { slug: 'x', name: 'X' }),
      403,
      'forbidden',
    );
  });
});
