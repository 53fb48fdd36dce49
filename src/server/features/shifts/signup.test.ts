import { beforeAll, describe, expect, it } from 'vitest';
import { apiPaths, shiftListSchema, signupSchema, type StreamEvent } from '@shared/contract';
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
} from '../../test/volunteer-fixtures';

// The harness clock stands at Thursday 2025-10-16 08:30Z (10:30 in Strasbourg).
describeEachDatabase('volunteer sign-up', (server) => {
  let org: Awaited<ReturnType<typeof loggedIn>>;
  let role: string;
  beforeAll(async () => {
    org = await loggedIn(server(), 'organizer@demo.test');
    role = (await createRole(org)).slug;
  });

  async function member() {
    const v = await newVolunteer(server());
    await join(v.client, role);
    return v;
  }

  it('signs up with one tap and counts the place; the shift then says already_signed_up', async () => {
    const shift = await createShift(org, role, '2025-10-17T08:00:00Z', '2025-10-17T10:00:00Z', 2);
    const v = await member();
    expect((await getShift(v.client, shift.id)).verdict).toEqual({ kind: 'ok' });
    expect(await signUp(v.client, shift.id)).toEqual({
      shiftId: shift.id,
      status: 'confirmed',
      position: null,
      attendance: null,
    });
    const after = await getShift(v.client, shift.id);
    expect(after).toMatchObject({ taken: 1, waiting: 0, mine: { status: 'confirmed' } });
    expect(after.verdict).toEqual({ kind: 'already_signed_up', status: 'confirmed' });
    const again = await v.client.post(apiPaths.shiftSignup(SLUG, shift.id), {});
    await expectProblem(again, 409, 'already_signed_up');
  });

  describe('refusals name the rule', () => {
    it('shift_full, with the waiting list offered in the verdict', async () => {
      const shift = await createShift(org, role, '2025-10-17T11:00:00Z', '2025-10-17T12:00:00Z', 1);
      await signUp((await member()).client, shift.id);
      const late = await member();
      expect((await getShift(late.client, shift.id)).verdict).toEqual({ kind: 'full', waiting: 0 });
      const problem = await expectProblem(
        await late.client.post(apiPaths.shiftSignup(SLUG, shift.id)),
        409,
        'shift_full',
      );
      expect(problem.detail).toMatch(/waiting list/);
    });

    it('shift_started and shift_ended', async () => {
      const v = await member();
      const running = await createShift(org, role, '2025-10-16T08:00:00Z', '2025-10-16T10:00:00Z');
      const over = await createShift(org, role, '2025-10-16T06:00:00Z', '2025-10-16T08:00:00Z');
      await expectProblem(await v.client.post(apiPaths.shiftSignup(SLUG, running.id)), 409, 'shift_started');
      await expectProblem(await v.client.post(apiPaths.shiftSignup(SLUG, over.id)), 409, 'shift_ended');
    });

    it('signup_not_open_yet, saying when it opens', async () => {
      const soon = (await createRole(org, { signupOpensHours: 24 })).slug;
      const v = await newVolunteer(server());
      await join(v.client, soon);
      const shift = await createShift(org, soon, '2025-10-18T08:00:00Z', '2025-10-18T10:00:00Z');
      expect((await getShift(v.client, shift.id)).verdict).toEqual({
        kind: 'not_open_yet',
        opensAt: '2025-10-17T08:00:00Z',
      });
      const problem = await expectProblem(
        await v.client.post(apiPaths.shiftSignup(SLUG, shift.id)),
        409,
        'signup_not_open_yet',
      );
      expect(problem.detail).toContain('2025-10-17 10:00 (Europe/Paris)');
    });

    it('role_needed until the volunteer joins an open role', async () => {
      const shift = await createShift(org, role, '2025-10-17T13:00:00Z', '2025-10-17T14:00:00Z');
      const v = await newVolunteer(server());
      await expectProblem(await v.client.post(apiPaths.shiftSignup(SLUG, shift.id)), 403, 'role_needed');
      await join(v.client, role);
      await signUp(v.client, shift.id);
    });

    it('briefing_needed until a coordinator confirms a restricted role', async () => {
      const video = (await createRole(org, { access: 'restricted' })).slug;
      const shift = await createShift(org, video, '2025-10-17T13:00:00Z', '2025-10-17T14:00:00Z');
      const v = await newVolunteer(server());
      const joined = await v.client.post(apiPaths.volunteerRoleJoin(SLUG, video));
      expect(await joined.json()).toEqual({ role: video, status: 'pending' });
      await expectProblem(await v.client.post(apiPaths.shiftSignup(SLUG, shift.id)), 403, 'briefing_needed');
      const confirm = await org.request(apiPaths.volunteerRoleMember(SLUG, video, v.user.id), {
        method: 'PUT',
        json: { status: 'confirmed' },
      });
      expect(confirm.status).toBe(200);
      await signUp(v.client, shift.id);
    });

    it('overlaps_shift, but touching shifts are fine', async () => {
      const v = await member();
      const a = await createShift(org, role, '2025-10-17T14:00:00Z', '2025-10-17T16:00:00Z');
      const clash = await createShift(org, role, '2025-10-17T15:00:00Z', '2025-10-17T17:00:00Z');
      const touching = await createShift(org, role, '2025-10-17T16:00:00Z', '2025-10-17T17:00:00Z');
      await signUp(v.client, a.id);
      const problem = await expectProblem(
        await v.client.post(apiPaths.shiftSignup(SLUG, clash.id)),
        409,
        'overlaps_shift',
      );
      expect(problem.detail).toContain('2025-10-17 16:00 (Europe/Paris)');
      expect((await getShift(v.client, clash.id)).verdict).toMatchObject({
        kind: 'overlaps',
        shift: { id: a.id },
      });
      await signUp(v.client, touching.id);
    });

    it('too_little_rest between two shifts', async () => {
      const v = await member();
      const a = await createShift(org, role, '2025-10-18T06:00:00Z', '2025-10-18T08:00:00Z');
      const b = await createShift(org, role, '2025-10-18T08:30:00Z', '2025-10-18T09:00:00Z');
      await signUp(v.client, a.id);
      const problem = await expectProblem(
        await v.client.post(apiPaths.shiftSignup(SLUG, b.id)),
        409,
        'too_little_rest',
      );
      expect(problem.detail).toMatch(/Only 30 minutes/);
    });

    it('daily_hours_exceeded past eight hours on one conference day', async () => {
      const v = await member();
      const long = await createShift(org, role, '2025-10-18T10:00:00Z', '2025-10-18T16:00:00Z');
      const more = await createShift(org, role, '2025-10-18T16:00:00Z', '2025-10-18T19:00:00Z');
      await signUp(v.client, long.id);
      const problem = await expectProblem(
        await v.client.post(apiPaths.shiftSignup(SLUG, more.id)),
        409,
        'daily_hours_exceeded',
      );
      expect(problem.detail).toBe('That makes 9 hours on 2025-10-18; the limit is 8 hours a day.');
    });

    it('a coordinator may override rest and daily hours, but not an overlap', async () => {
      const v = await member();
      const long = await createShift(org, role, '2025-10-19T06:00:00Z', '2025-10-19T12:00:00Z');
      const more = await createShift(org, role, '2025-10-19T12:30:00Z', '2025-10-19T16:00:00Z');
      const clash = await createShift(org, role, '2025-10-19T11:00:00Z', '2025-10-19T13:00:00Z');
      await signUp(v.client, long.id);
      const put = (shiftId: string, overrideLimits: boolean) =>
        org.post(apiPaths.shiftRoster(SLUG, shiftId), { userId: v.user.id, overrideLimits });
      await expectProblem(await put(more.id, false), 409, 'too_little_rest');
      expect((await put(more.id, true)).status).toBe(201);
      await expectProblem(await put(clash.id, true), 409, 'overlaps_shift');
    });

    it('locked_no_shows after two missed shifts', async () => {
      const v = await member();
      const missed = [
        await createShift(org, role, '2025-10-20T06:00:00Z', '2025-10-20T07:00:00Z'),
        await createShift(org, role, '2025-10-20T09:00:00Z', '2025-10-20T10:00:00Z'),
      ];
      const next = await createShift(org, role, '2025-10-20T12:00:00Z', '2025-10-20T13:00:00Z');
      for (const shift of missed) {
        await signUp(v.client, shift.id);
        const res = await org.request(apiPaths.shiftRosterEntry(SLUG, shift.id, v.user.id), {
          method: 'PUT',
          json: { attendance: 'no-show' },
        });
        expect(signupSchema.parse(await res.json()).attendance).toBe('no-show');
      }
      await expectProblem(await v.client.post(apiPaths.shiftSignup(SLUG, next.id)), 403, 'locked_no_shows');
    });

    it('shift_not_found, and 401 when logged out', async () => {
      const v = await member();
      await expectProblem(
        await v.client.post(apiPaths.shiftSignup(SLUG, 'no-such-shift')),
        404,
        'shift_not_found',
      );
      await expectProblem(
        await server().client().post(apiPaths.shiftSignup(SLUG, 'x')),
        401,
        'unauthenticated',
      );
    });
  });

  describe('signing off', () => {
    it('is allowed until exactly the deadline, then sign_off_deadline_passed', async () => {
      const v = await member();
      // Three hours before 11:30Z is 08:30Z, which is now.
      const atDeadline = await createShift(org, role, '2025-10-16T11:30:00Z', '2025-10-16T12:30:00Z');
      const past = await createShift(org, role, '2025-10-16T11:29:00Z', '2025-10-16T11:30:00Z');
      await signUp(v.client, atDeadline.id);
      await signUp(v.client, past.id);
      const late = await v.client.request(apiPaths.shiftSignup(SLUG, past.id), { method: 'DELETE' });
      const problem = await expectProblem(late, 409, 'sign_off_deadline_passed');
      expect(problem.detail).toContain('2025-10-16 10:29 (Europe/Paris)');
      const ok = await v.client.request(apiPaths.shiftSignup(SLUG, atDeadline.id), { method: 'DELETE' });
      expect(ok.status).toBe(204);
      expect((await getShift(v.client, atDeadline.id)).mine).toBeNull();
    });

    it('answers not_signed_up to someone without a place', async () => {
      const v = await member();
      const shift = await createShift(org, role, '2025-10-21T08:00:00Z', '2025-10-21T09:00:00Z');
      await expectProblem(
        await v.client.request(apiPaths.shiftSignup(SLUG, shift.id), { method: 'DELETE' }),
        409,
        'not_signed_up',
      );
    });
  });

  describe('waiting list', () => {
    it('queues in order and gives a freed place to the first ELIGIBLE in line, live', async () => {
      const shift = await createShift(org, role, '2025-10-21T10:00:00Z', '2025-10-21T12:00:00Z', 1);
      const holder = await member();
      const first = await member();
      const second = await member();
      await signUp(holder.client, shift.id);
      expect(await signUp(first.client, shift.id, { waitlist: true })).toMatchObject({
        status: 'waiting',
        position: 1,
      });
      expect(await signUp(second.client, shift.id, { waitlist: true })).toMatchObject({
        status: 'waiting',
        position: 2,
      });
      expect(await getShift(second.client, shift.id)).toMatchObject({
        taken: 1,
        waiting: 2,
        mine: { status: 'waiting', position: 2 },
        verdict: { kind: 'already_signed_up', status: 'waiting' },
      });
      // The first in line meanwhile took a clashing shift, so they are passed over.
      const clash = await createShift(org, role, '2025-10-21T11:00:00Z', '2025-10-21T13:00:00Z');
      await signUp(first.client, clash.id);

      const events: StreamEvent[] = [];
      const stop = server().deps.bus.subscribe(SLUG, (e) => events.push(e));
      const off = await holder.client.request(apiPaths.shiftSignup(SLUG, shift.id), { method: 'DELETE' });
      stop();
      expect(off.status).toBe(204);
      expect(events).toContainEqual(expect.objectContaining({ topic: 'shifts', id: shift.id }));
      expect((await getShift(second.client, shift.id)).mine).toMatchObject({ status: 'confirmed' });
      expect((await getShift(first.client, shift.id)).mine).toMatchObject({ status: 'waiting', position: 1 });
      expect(await getShift(first.client, shift.id)).toMatchObject({ taken: 1, waiting: 1 });
    });

    it('lets a volunteer leave the waiting list even after the sign-off deadline', async () => {
      // Starts 10:00Z, so signing off closed at 07:00Z.
      const shift = await createShift(org, role, '2025-10-16T10:00:00Z', '2025-10-16T11:00:00Z', 1);
      const v = await member();
      await signUp((await member()).client, shift.id);
      await signUp(v.client, shift.id, { waitlist: true });
      const leave = await v.client.request(apiPaths.shiftSignup(SLUG, shift.id), { method: 'DELETE' });
      expect(leave.status).toBe(204);
      expect(await getShift(v.client, shift.id)).toMatchObject({ waiting: 0, mine: null });
    });
  });

  describe('hand-over', () => {
    it('the first stays responsible until another eligible volunteer takes it, atomically', async () => {
      const shift = await createShift(org, role, '2025-10-22T08:00:00Z', '2025-10-22T10:00:00Z', 1);
      const a = await member();
      const b = await member();
      const stranger = await newVolunteer(server());
      await signUp(a.client, shift.id);

      await expectProblem(
        await b.client.post(apiPaths.shiftHandoverTake(SLUG, shift.id)),
        409,
        'no_handover_offered',
      );
      const offer = await a.client.post(apiPaths.shiftHandover(SLUG, shift.id));
      expect(signupSchema.parse(await offer.json()).status).toBe('offered-for-handover');
      expect(await getShift(b.client, shift.id)).toMatchObject({
        taken: 1,
        offered: 1,
        verdict: { kind: 'full' },
      });

      await expectProblem(
        await stranger.client.post(apiPaths.shiftHandoverTake(SLUG, shift.id)),
        403,
        'role_needed',
      );
      const take = await b.client.post(apiPaths.shiftHandoverTake(SLUG, shift.id));
      expect(signupSchema.parse(await take.json())).toMatchObject({ status: 'confirmed' });
      expect((await getShift(a.client, shift.id)).mine).toBeNull();
      expect(await getShift(b.client, shift.id)).toMatchObject({
        taken: 1,
        offered: 0,
        mine: { status: 'confirmed' },
      });
    });

    it('can be withdrawn, and needs a place to offer', async () => {
      const shift = await createShift(org, role, '2025-10-22T11:00:00Z', '2025-10-22T12:00:00Z');
      const a = await member();
      await expectProblem(await a.client.post(apiPaths.shiftHandover(SLUG, shift.id)), 409, 'not_signed_up');
      await signUp(a.client, shift.id);
      await a.client.post(apiPaths.shiftHandover(SLUG, shift.id));
      const back = await a.client.request(apiPaths.shiftHandover(SLUG, shift.id), { method: 'DELETE' });
      expect(signupSchema.parse(await back.json()).status).toBe('confirmed');
    });
  });

  describe('listing', () => {
    it('filters by role, day, place, mine and available', async () => {
      const v = await member();
      const mineShift = await createShift(org, role, '2025-10-17T05:00:00Z', '2025-10-17T06:00:00Z');
      await signUp(v.client, mineShift.id);
      const list = async (query: string) =>
        shiftListSchema.parse(await (await v.client.get(`${apiPaths.shifts(SLUG)}?${query}`)).json()).shifts;

      expect((await list('mine=true')).map((s) => s.id)).toEqual([mineShift.id]);
      expect(
        (await list(`role=${role}&place=${encodeURIComponent(mineShift.place)}`)).map((s) => s.id),
      ).toEqual([mineShift.id]);
      const friday = await list('day=2025-10-17');
      expect(friday.length).toBeGreaterThan(1);
      expect(friday.every((s) => s.day === '2025-10-17')).toBe(true);
      const available = await list('available=true');
      expect(available.length).toBeGreaterThan(0);
      expect(available.every((s) => s.verdict?.kind === 'ok')).toBe(true);
    });

    it('shows counts but no verdict to anonymous visitors; mine needs a login', async () => {
      const anonymous = server().client();
      const { shifts, places } = shiftListSchema.parse(
        await (await anonymous.get(apiPaths.shifts(SLUG))).json(),
      );
      expect(shifts.length).toBeGreaterThan(0);
      expect(shifts.every((s) => s.verdict === null && s.mine === null)).toBe(true);
      expect(places).toContain('Entrance');
      await expectProblem(await anonymous.get(`${apiPaths.shifts(SLUG)}?mine=true`), 401, 'unauthenticated');
    });
  });
});
