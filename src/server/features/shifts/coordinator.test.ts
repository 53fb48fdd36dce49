import { beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, createdShiftsSchema, rosterSchema, shiftListSchema, signupSchema } from '@shared/contract';
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

describeEachDatabase('shift coordination', (server) => {
  let org: Awaited<ReturnType<typeof loggedIn>>;
  let coordinator: Person;
  let role: string;
  let otherRole: string;
  beforeAll(async () => {
    org = await loggedIn(server(), 'organizer@demo.test');
    coordinator = await newVolunteer(server());
    role = (
      await createRole(org, {
        coordinatorUserId: coordinator.user.id,
        coordinatorContact: '+33 3 00 00 00 00',
      })
    ).slug;
    otherRole = (await createRole(org)).slug;
  });

  it('bulk-creates a pattern over days in the conference zone', async () => {
    const res = await org.post(apiPaths.shiftsBulk(SLUG), {
      role,
      place: 'Entrance',
      capacity: 2,
      dates: ['2025-10-17', '2025-10-18'],
      slots: [
        { start: '09:00', end: '12:00' },
        { start: '22:00', end: '01:00' },
      ],
    });
    expect(res.status).toBe(201);
    const { shifts } = createdShiftsSchema.parse(await res.json());
    expect(shifts.map((s) => [s.startsAt, s.endsAt])).toEqual([
      ['2025-10-17T07:00:00Z', '2025-10-17T10:00:00Z'],
      ['2025-10-17T20:00:00Z', '2025-10-17T23:00:00Z'],
      ['2025-10-18T07:00:00Z', '2025-10-18T10:00:00Z'],
      ['2025-10-18T20:00:00Z', '2025-10-18T23:00:00Z'],
    ]);
    expect(shifts.every((s) => s.role === role && s.capacity === 2 && s.taken === 0)).toBe(true);
  });

  it("lets a role's coordinator create shifts for that role only", async () => {
    const own = await coordinator.client.post(apiPaths.shifts(SLUG), {
      role,
      place: 'Foyer',
      startsAt: '2025-10-17T12:00:00Z',
      endsAt: '2025-10-17T13:00:00Z',
      capacity: 1,
    });
    expect(own.status).toBe(201);
    const foreign = await coordinator.client.post(apiPaths.shifts(SLUG), {
      role: otherRole,
      place: 'Foyer',
      startsAt: '2025-10-17T12:00:00Z',
      endsAt: '2025-10-17T13:00:00Z',
      capacity: 1,
    });
    await expectProblem(foreign, 403, 'forbidden');
  });

  it('shows the roster with contacts, holders first, then the waiting list', async () => {
    const shift = await createShift(org, role, '2025-10-17T14:00:00Z', '2025-10-17T15:00:00Z', 1);
    const a = await newVolunteer(server());
    const b = await newVolunteer(server());
    for (const v of [a, b]) await join(v.client, role);
    await a.client.request(apiPaths.volunteerProfile(SLUG), {
      method: 'PUT',
      json: { contact: '@a:example.org', shirtSize: 'L', languages: ['de', 'en'] },
    });
    await signUp(a.client, shift.id);
    await signUp(b.client, shift.id, { waitlist: true });
    const res = await coordinator.client.get(apiPaths.shiftRoster(SLUG, shift.id));
    expect(res.status).toBe(200);
    const roster = rosterSchema.parse(await res.json());
    expect(roster.entries.map((e) => [e.user.id, e.status, e.position])).toEqual([
      [a.user.id, 'confirmed', null],
      [b.user.id, 'waiting', 1],
    ]);
    expect(roster.entries[0]!.profile).toEqual({
      contact: '@a:example.org',
      shirtSize: 'L',
      languages: ['de', 'en'],
    });
  });

  it('marks arrived, worked and no-show; taking someone off promotes the next in line', async () => {
    const shift = await createShift(org, role, '2025-10-16T10:00:00Z', '2025-10-16T11:00:00Z', 1);
    const a = await newVolunteer(server());
    const b = await newVolunteer(server());
    for (const v of [a, b]) await join(v.client, role);
    await signUp(a.client, shift.id);
    await signUp(b.client, shift.id, { waitlist: true });
    // After the sign-off deadline the volunteer cannot leave alone; the coordinator can.
    await expectProblem(
      await a.client.request(apiPaths.shiftSignup(SLUG, shift.id), { method: 'DELETE' }),
      409,
      'sign_off_deadline_passed',
    );
    for (const attendance of ['arrived', 'worked', 'no-show', null] as const) {
      const res = await coordinator.client.request(apiPaths.shiftRosterEntry(SLUG, shift.id, a.user.id), {
        method: 'PUT',
        json: { attendance },
      });
      expect(signupSchema.parse(await res.json()).attendance).toBe(attendance);
    }
    await expectProblem(
      await coordinator.client.request(apiPaths.shiftRosterEntry(SLUG, shift.id, b.user.id), {
        method: 'PUT',
        json: { attendance: 'arrived' },
      }),
      409,
      'not_signed_up',
    );
    const off = await coordinator.client.request(apiPaths.shiftRosterEntry(SLUG, shift.id, a.user.id), {
      method: 'DELETE',
    });
    expect(off.status).toBe(204);
    expect((await getShift(b.client, shift.id)).mine).toMatchObject({ status: 'confirmed' });
  });

  describe('volunteers calling coordinator endpoints get 403', () => {
    let volunteer: Person;
    let shiftId: string;
    beforeAll(async () => {
      volunteer = await newVolunteer(server());
      await join(volunteer.client, role);
      shiftId = (await createShift(org, role, '2025-10-17T16:00:00Z', '2025-10-17T17:00:00Z')).id;
    });

    const slot = { startsAt: '2025-10-17T16:00:00Z', endsAt: '2025-10-17T17:00:00Z' };
    it.each([
      [
        'create a shift',
        'POST',
        () => apiPaths.shifts(SLUG),
        () => ({ role, place: 'p', capacity: 1, ...slot }),
      ],
      [
        'bulk-create',
        'POST',
        () => apiPaths.shiftsBulk(SLUG),
        () => ({
          role,
          place: 'p',
          capacity: 1,
          dates: ['2025-10-17'],
          slots: [{ start: '09:00', end: '10:00' }],
        }),
      ],
      ['see the roster', 'GET', () => apiPaths.shiftRoster(SLUG, shiftId), () => undefined],
      [
        'put someone on a shift',
        'POST',
        () => apiPaths.shiftRoster(SLUG, shiftId),
        () => ({ userId: 'someone' }),
      ],
      [
        'mark attendance',
        'PUT',
        () => apiPaths.shiftRosterEntry(SLUG, shiftId, 'someone'),
        () => ({ attendance: 'arrived' }),
      ],
      [
        'take someone off',
        'DELETE',
        () => apiPaths.shiftRosterEntry(SLUG, shiftId, 'someone'),
        () => undefined,
      ],
      ['list members', 'GET', () => apiPaths.volunteerRoleMembers(SLUG, role), () => undefined],
      [
        'confirm a member',
        'PUT',
        () => apiPaths.volunteerRoleMember(SLUG, role, 'someone'),
        () => ({ status: 'confirmed' }),
      ],
      ['create a role', 'POST', () => apiPaths.volunteerRoles(SLUG), () => ({ slug: 'mine', name: 'Mine' })],
      [
        'change the limits',
        'PUT',
        () => apiPaths.volunteerPolicy(SLUG),
        () => ({ minRestHours: 0, maxHoursPerDay: 24, noShowLimit: null }),
      ],
    ])('%s', async (_what, method, path, json) => {
      const res = await volunteer.client.request(path(), { method, json: json() });
      await expectProblem(res, 403, 'forbidden');
    });
  });

  it('the volunteer sees their shifts with the sign-off deadline', async () => {
    const v = await newVolunteer(server());
    await join(v.client, role);
    const shift = await createShift(org, role, '2025-10-17T18:00:00Z', '2025-10-17T19:00:00Z');
    await signUp(v.client, shift.id);
    const { shifts } = shiftListSchema.parse(
      await (await v.client.get(`${apiPaths.shifts(SLUG)}?mine=true`)).json(),
    );
    expect(shifts).toEqual([expect.objectContaining({ id: shift.id, signOffUntil: '2025-10-17T15:00:00Z' })]);
  });
});
