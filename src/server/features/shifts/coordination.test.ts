import { beforeAll, describe, expect, it } from 'vitest';
import {
  apiPaths,
  conferenceSchema,
  createdShiftsSchema,
  sessionListSchema,
  shiftGenerationPreviewSchema,
  shiftSchema,
  volunteerMessageListSchema,
} from '@shared/contract';
import { listAudit } from '../audit';
import { expectDependents } from '../../test/dependents';
import { describeEachDatabase } from '../../test/harness';
import {
  createRole,
  createShift,
  expectProblem,
  getShift,
  join,
  loggedIn,
  newVolunteer,
  signUp,
  SLUG,
  type Person,
} from '../../test/volunteer-fixtures';

const patch = (client: Person['client'], id: string, json: unknown) =>
  client.request(apiPaths.shift(SLUG, id), { method: 'PATCH', json });
const remove = (client: Person['client'], id: string, confirm = false) =>
  client.request(apiPaths.shift(SLUG, id) + (confirm ? '?confirm=true' : ''), { method: 'DELETE' });

async function inbox(p: Person) {
  const res = await p.client.get(apiPaths.volunteerMessages(SLUG));
  expect(res.status).toBe(200);
  return volunteerMessageListSchema.parse(await res.json()).messages;
}

describeEachDatabase('shift editing, deleting and generating', (server) => {
  const auditLog = async () => {
    const { db } = server().deps;
    const conference = await db
      .selectFrom('conferences')
      .select('id')
      .where('slug', '=', SLUG)
      .executeTakeFirstOrThrow();
    return listAudit(db, conference.id);
  };
  let org: Awaited<ReturnType<typeof loggedIn>>;
  let role: string;
  beforeAll(async () => {
    org = await loggedIn(server(), 'organizer@demo.test');
    role = (await createRole(org)).slug;
  });

  describe('editing', () => {
    it('changes place, times, capacity and description, and audits it', async () => {
      const shift = await createShift(org, role, '2025-10-17T08:00:00Z', '2025-10-17T10:00:00Z', 2);
      const res = await patch(org, shift.id, {
        place: 'Main hall',
        startsAt: '2025-10-17T09:00:00Z',
        endsAt: '2025-10-17T11:00:00Z',
        capacity: 4,
        description: 'Bring a jacket',
      });
      expect(res.status).toBe(200);
      const body = shiftSchema.parse(await res.json());
      expect(body).toMatchObject({
        place: 'Main hall',
        startsAt: '2025-10-17T09:00:00Z',
        endsAt: '2025-10-17T11:00:00Z',
        capacity: 4,
        description: 'Bring a jacket',
      });
      const audit = await auditLog();
      expect(audit.some((a) => a.action === 'shift.updated' && a.subject === shift.id)).toBe(true);
    });

    it('refuses an end before the start, merged with the stored fields', async () => {
      const shift = await createShift(org, role, '2025-10-17T08:00:00Z', '2025-10-17T10:00:00Z');
      const problem = await expectProblem(
        await patch(org, shift.id, { endsAt: '2025-10-17T07:00:00Z' }),
        400,
        'validation_failed',
      );
      expect(problem.errors?.endsAt).toBeDefined();
      await expectProblem(await patch(org, shift.id, {}), 400, 'validation_failed');
    });

    it('refuses a capacity below the places held, and moves the line up when it rises', async () => {
      const shift = await createShift(org, role, '2025-10-18T08:00:00Z', '2025-10-18T09:00:00Z', 2);
      const [a, b, c] = [
        await newVolunteer(server()),
        await newVolunteer(server()),
        await newVolunteer(server()),
      ];
      for (const v of [a, b, c]) await join(v.client, role);
      await signUp(a.client, shift.id);
      await signUp(b.client, shift.id);
      await signUp(c.client, shift.id, { waitlist: true });
      await expectProblem(await patch(org, shift.id, { capacity: 1 }), 409, 'capacity_below_signups');
      expect((await patch(org, shift.id, { capacity: 3 })).status).toBe(200);
      const after = await getShift(c.client, shift.id);
      expect(after.mine?.status).toBe('confirmed');
      expect(after.taken).toBe(3);
    });

    it('refuses times that overlap another shift of someone on it, naming them', async () => {
      const early = await createShift(org, role, '2025-10-18T12:00:00Z', '2025-10-18T13:00:00Z');
      const late = await createShift(org, role, '2025-10-18T13:00:00Z', '2025-10-18T14:00:00Z');
      const v = await newVolunteer(server());
      await join(v.client, role);
      await signUp(v.client, early.id);
      await signUp(v.client, late.id);
      const problem = await expectProblem(
        await patch(org, late.id, { startsAt: '2025-10-18T12:30:00Z' }),
        409,
        'shift_change_overlaps',
      );
      expect(problem.errors?.people).toEqual([v.user.name]);
      // Moving it later is fine, and the volunteer is told.
      expect((await patch(org, late.id, { startsAt: '2025-10-18T13:30:00Z' })).status).toBe(200);
      const [message] = await inbox(v);
      expect(message).toMatchObject({ kind: 'shift-changed', shift: { startsAt: '2025-10-18T13:30:00Z' } });
    });

    it('refuses a role change while people are on the shift', async () => {
      const other = (await createRole(org)).slug;
      const shift = await createShift(org, role, '2025-10-18T16:00:00Z', '2025-10-18T17:00:00Z');
      const v = await newVolunteer(server());
      await join(v.client, role);
      await signUp(v.client, shift.id);
      await expectProblem(await patch(org, shift.id, { role: other }), 409, 'shift_role_locked');
      const empty = await createShift(org, role, '2025-10-18T16:00:00Z', '2025-10-18T17:00:00Z');
      const moved = shiftSchema.parse(await (await patch(org, empty.id, { role: other })).json());
      expect(moved.role).toBe(other);
      await expectProblem(await patch(org, empty.id, { role: 'no-such-role' }), 404, 'role_not_found');
    });

    it('lets only the organizer or the role coordinator edit', async () => {
      const shift = await createShift(org, role, '2025-10-18T18:00:00Z', '2025-10-18T19:00:00Z');
      const v = await newVolunteer(server());
      await expectProblem(await patch(v.client, shift.id, { capacity: 5 }), 403, 'forbidden');
      await expectProblem(await patch(server().client(), shift.id, { capacity: 5 }), 401, 'unauthenticated');
      await expectProblem(await patch(org, 'no-such-shift', { capacity: 5 }), 404, 'shift_not_found');
    });
  });

  describe('deleting', () => {
    it('deletes an empty shift at once', async () => {
      const shift = await createShift(org, role, '2025-10-17T14:00:00Z', '2025-10-17T15:00:00Z');
      expect((await remove(org, shift.id)).status).toBe(204);
      await expectProblem(await org.get(apiPaths.shift(SLUG, shift.id)), 404, 'shift_not_found');
      await expectProblem(await remove(org, shift.id), 404, 'shift_not_found');
    });

    it('asks for confirmation naming who is on it, then deletes and notifies them', async () => {
      const shift = await createShift(org, role, '2025-10-17T16:00:00Z', '2025-10-17T17:00:00Z', 1);
      const [a, b] = [await newVolunteer(server()), await newVolunteer(server())];
      for (const v of [a, b]) await join(v.client, role);
      await signUp(a.client, shift.id);
      await signUp(b.client, shift.id, { waitlist: true });
      const problem = await expectDependents(await remove(org, shift.id), 'shift_has_signups', true);
      expect(problem.dependents).toEqual([
        { kind: 'signup', count: 2, examples: [a.user.name, b.user.name] },
      ]);
      expect((await getShift(org, shift.id)).taken).toBe(1);

      expect((await remove(org, shift.id, true)).status).toBe(204);
      expect((await auditLog()).some((a) => a.action === 'shift.deleted' && a.subject === shift.id)).toBe(
        true,
      );
      for (const v of [a, b]) {
        const [message] = await inbox(v);
        expect(message).toMatchObject({
          kind: 'shift-cancelled',
          recipients: 2,
          shift: { startsAt: '2025-10-17T16:00:00Z', endsAt: '2025-10-17T17:00:00Z' },
        });
      }
    });

    it('is refused to a volunteer', async () => {
      const shift = await createShift(org, role, '2025-10-17T18:00:00Z', '2025-10-17T19:00:00Z');
      const v = await newVolunteer(server());
      await expectProblem(await remove(v.client, shift.id, true), 403, 'forbidden');
    });
  });

  describe('generating from the schedule', () => {
    it('previews, creates once, and does not repeat existing shifts', async () => {
      const genRole = (await createRole(org)).slug;
      const conference = conferenceSchema.parse(await (await org.get(apiPaths.conference(SLUG))).json());
      const room = conference.rooms[0]!;
      const { sessions } = sessionListSchema.parse(await (await org.get(apiPaths.sessions(SLUG))).json());
      const inRoom = sessions
        .filter((s) => s.roomId === room.id && s.status !== 'cancelled')
        .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      expect(inRoom.length).toBeGreaterThan(0);
      const input = {
        role: genRole,
        rooms: [room.slug],
        minutesBefore: 10,
        minutesAfter: 5,
        capacity: 2,
        merge: false,
      };

      const previewRes = await org.post(apiPaths.shiftsFromSchedulePreview(SLUG), input);
      expect(previewRes.status).toBe(200);
      const preview = shiftGenerationPreviewSchema.parse(await previewRes.json());
      expect(preview).toMatchObject({ count: inRoom.length, sessions: inRoom.length, existing: 0 });
      expect(preview.first[0]).toEqual({
        place: room.name,
        startsAt: new Date(Date.parse(inRoom[0]!.startsAt) - 10 * 60_000).toISOString().replace('.000', ''),
        endsAt: new Date(Date.parse(inRoom[0]!.endsAt) + 5 * 60_000).toISOString().replace('.000', ''),
        sessions: [inRoom[0]!.code],
      });

      const created = await org.post(apiPaths.shiftsFromSchedule(SLUG), input);
      expect(created.status).toBe(201);
      const { shifts } = createdShiftsSchema.parse(await created.json());
      expect(shifts).toHaveLength(inRoom.length);
      expect(shifts.every((s) => s.role === genRole && s.capacity === 2 && s.place === room.name)).toBe(true);
      expect((await auditLog()).some((a) => a.action === 'shifts.generated' && a.subject === genRole)).toBe(
        true,
      );

      const again = shiftGenerationPreviewSchema.parse(
        await (await org.post(apiPaths.shiftsFromSchedulePreview(SLUG), input)).json(),
      );
      expect(again).toMatchObject({ count: 0, existing: inRoom.length });
      await expectProblem(await org.post(apiPaths.shiftsFromSchedule(SLUG), input), 409, 'no_sessions_match');
    });

    it('merges sessions that touch when asked, so fewer shifts cover the same sessions', async () => {
      const genRole = (await createRole(org)).slug;
      const conference = conferenceSchema.parse(await (await org.get(apiPaths.conference(SLUG))).json());
      const input = { role: genRole, rooms: conference.rooms.map((r) => r.slug), capacity: 1 };
      const apart = shiftGenerationPreviewSchema.parse(
        await (await org.post(apiPaths.shiftsFromSchedulePreview(SLUG), { ...input, merge: false })).json(),
      );
      const merged = shiftGenerationPreviewSchema.parse(
        await (await org.post(apiPaths.shiftsFromSchedulePreview(SLUG), { ...input, merge: true })).json(),
      );
      expect(merged.sessions).toBe(apart.sessions);
      expect(merged.count).toBeLessThan(apart.count);
    });

    it('refuses unknown rooms, unknown roles and people who do not coordinate', async () => {
      const input = { role, rooms: ['no-such-room'], capacity: 1 };
      const problem = await expectProblem(
        await org.post(apiPaths.shiftsFromSchedulePreview(SLUG), input),
        400,
        'validation_failed',
      );
      expect(problem.errors?.rooms).toBeDefined();
      await expectProblem(
        await org.post(apiPaths.shiftsFromSchedule(SLUG), { ...input, role: 'no-such-role' }),
        404,
        'role_not_found',
      );
      const v = await newVolunteer(server());
      await expectProblem(await v.client.post(apiPaths.shiftsFromSchedule(SLUG), input), 403, 'forbidden');
    });

    it('answers no_sessions_match for a day without sessions', async () => {
      const conference = conferenceSchema.parse(await (await org.get(apiPaths.conference(SLUG))).json());
      const input = { role, rooms: [conference.rooms[0]!.slug], days: ['2030-01-01'], capacity: 1 };
      const preview = shiftGenerationPreviewSchema.parse(
        await (await org.post(apiPaths.shiftsFromSchedulePreview(SLUG), input)).json(),
      );
      expect(preview).toEqual({ count: 0, sessions: 0, existing: 0, first: [] });
      await expectProblem(await org.post(apiPaths.shiftsFromSchedule(SLUG), input), 409, 'no_sessions_match');
    });
  });
});
