import { beforeAll, expect, it } from 'vitest';
import {
  apiPaths,
  withConfirm,
  roleListSchema,
  roleSchema,
  volunteerMessageListSchema,
} from '@shared/contract';
import { expectDependents } from '../../test/dependents';
import { describeEachDatabase } from '../../test/harness';
import {
  createRole,
  createShift,
  expectProblem,
  join,
  loggedIn,
  newVolunteer,
  signUp,
  SLUG,
  type Person,
} from '../../test/volunteer-fixtures';
import { listAudit } from '../audit';
import { requireConference } from '../conferences';

describeEachDatabase('role editing and deletion', (server) => {
  let org: Awaited<ReturnType<typeof loggedIn>>;
  let volunteer: Person;
  beforeAll(async () => {
    org = await loggedIn(server(), 'organizer@demo.test');
    volunteer = await newVolunteer(server());
  });

  const patch = (client: typeof org, role: string, json: unknown) =>
    client.request(apiPaths.volunteerRole(SLUG, role), { method: 'PATCH', json });
  const remove = (client: typeof org, role: string, confirm = false) =>
    client.request(withConfirm(apiPaths.volunteerRole(SLUG, role), confirm), { method: 'DELETE' });

  it('changes name, rules and coordinator, keeps the slug, and audits the change', async () => {
    const role = await createRole(org);
    const res = await patch(org, role.slug, {
      name: '  Night desk ',
      description: 'Keys at the back office',
      access: 'restricted',
      signupOpensHours: 48,
      signOffDeadlineHours: 12,
      coordinatorUserId: volunteer.user.id,
      coordinatorContact: 'Desk phone',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    expect(roleSchema.parse(await res.json())).toMatchObject({
      slug: role.slug,
      name: 'Night desk',
      description: 'Keys at the back office',
      access: 'restricted',
      signupOpensHours: 48,
      signOffDeadlineHours: 12,
      coordinator: { id: volunteer.user.id, contact: 'Desk phone' },
    });
    // Partial: only what is sent changes; null clears the coordinator.
    const cleared = roleSchema.parse(
      await (await patch(org, role.slug, { coordinatorUserId: null, coordinatorContact: null })).json(),
    );
    expect(cleared).toMatchObject({ name: 'Night desk', access: 'restricted', coordinator: null });
    const conference = await requireConference(server().deps.db, SLUG);
    const audit = await listAudit(server().deps.db, conference.id);
    expect(audit.filter((a) => a.action === 'role.updated' && a.subject === role.slug)).toHaveLength(2);
  });

  it('refuses invalid input, unknown roles and accounts, and anyone but organizers', async () => {
    const role = await createRole(org, { coordinatorUserId: volunteer.user.id });
    const invalid = await expectProblem(
      await patch(org, role.slug, { name: ' ', signupOpensHours: -1 }),
      400,
      'validation_failed',
    );
    expect(Object.keys(invalid.errors ?? {}).sort()).toEqual(['name', 'signupOpensHours']);
    await expectProblem(await patch(org, role.slug, { slug: 'renamed' }), 400, 'validation_failed');
    await expectProblem(await patch(org, 'no-such-role', { name: 'X' }), 404, 'role_not_found');
    await expectProblem(
      await patch(org, role.slug, { coordinatorUserId: '00000000-0000-4000-8000-000000000000' }),
      404,
      'user_not_found',
    );
    // Its own coordinator may run the role but not rewrite it or hand the seat on.
    await expectProblem(await patch(volunteer.client, role.slug, { name: 'Mine' }), 403, 'forbidden');
    await expectProblem(await remove(volunteer.client, role.slug, true), 403, 'forbidden');
    await expectProblem(await patch(server().client(), role.slug, { name: 'X' }), 401, 'unauthenticated');
    await expectProblem(await remove(org, 'no-such-role'), 404, 'role_not_found');
  });

  it('deletes an unused role at once', async () => {
    const role = await createRole(org);
    expect((await remove(org, role.slug)).status).toBe(204);
    const { roles } = roleListSchema.parse(await (await org.get(apiPaths.volunteerRoles(SLUG))).json());
    expect(roles.some((r) => r.slug === role.slug)).toBe(false);
  });

  it('lists shifts and members until confirmed, then deletes them and tells those on shifts', async () => {
    const role = await createRole(org, { name: 'Cloakroom' });
    const member = await newVolunteer(server());
    await join(member.client, role.slug);
    const shift = await createShift(org, role.slug, '2025-10-17T08:00:00Z', '2025-10-17T10:00:00Z');
    await createShift(org, role.slug, '2025-10-17T10:00:00Z', '2025-10-17T12:00:00Z');
    await signUp(member.client, shift.id);

    const problem = await expectDependents(await remove(org, role.slug), 'role_in_use', true);
    expect(problem.dependents).toEqual([
      { kind: 'shift', count: 2, examples: expect.any(Array) as string[] },
      { kind: 'member', count: 1, examples: [member.user.name] },
    ]);
    expect(problem.dependents[0]!.examples[0]).toMatch(/2025-10-17 10:00$/);

    expect((await remove(org, role.slug, true)).status).toBe(204);
    await expectProblem(await org.get(apiPaths.shift(SLUG, shift.id)), 404, 'shift_not_found');
    const inbox = volunteerMessageListSchema.parse(
      await (await member.client.get(apiPaths.volunteerMessages(SLUG))).json(),
    );
    expect(inbox.messages[0]).toMatchObject({ kind: 'shift-cancelled', shift: { roleName: 'Cloakroom' } });
    const conference = await requireConference(server().deps.db, SLUG);
    const audit = await listAudit(server().deps.db, conference.id);
    const entry = audit.find((a) => a.action === 'role.deleted' && a.subject === role.slug);
    expect(JSON.parse(String(entry?.detail))).toMatchObject({ shifts: 2, members: 1, notified: 1 });
  });

  it('never deletes a role whose shifts have attendance recorded, even confirmed', async () => {
    const role = await createRole(org);
    const worker = await newVolunteer(server());
    await join(worker.client, role.slug);
    const shift = await createShift(org, role.slug, '2025-10-17T14:00:00Z', '2025-10-17T16:00:00Z');
    await signUp(worker.client, shift.id);
    const marked = await org.request(apiPaths.shiftRosterEntry(SLUG, shift.id, worker.user.id), {
      method: 'PUT',
      json: { attendance: 'worked' },
    });
    expect(marked.status).toBe(200);
    await createShift(org, role.slug, '2025-10-18T14:00:00Z', '2025-10-18T16:00:00Z');
    for (const confirm of [false, true]) {
      const refused = await expectDependents(
        await remove(org, role.slug, confirm),
        'role_has_history',
        false,
      );
      // Only the worked shift stands in the way; the other would go on confirming, were it allowed.
      expect(refused.dependents).toEqual([
        { kind: 'shift', count: 1, examples: [expect.stringMatching(/2025-10-17 16:00$/) as string] },
      ]);
    }
    expect((await org.get(apiPaths.shift(SLUG, shift.id))).status).toBe(200);
  });
});
