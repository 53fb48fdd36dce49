import { expect, it } from 'vitest';
import {
  apiPaths,
  membershipSchema,
  roleListSchema,
  roleMemberListSchema,
  volunteerPolicySchema,
  volunteerProfileSchema,
} from '@shared/contract';
import { describeEachDatabase } from '../../test/harness';
import { createRole, expectProblem, loggedIn, newVolunteer, SLUG } from '../../test/volunteer-fixtures';

describeEachDatabase('volunteer roles, profile and limits', (server) => {
  it('lists the demo roles with the coordinator, and the demo volunteer’s memberships', async () => {
    const vera = await loggedIn(server(), 'volunteer@demo.test');
    const { roles, policy } = roleListSchema.parse(
      await (await vera.get(apiPaths.volunteerRoles(SLUG))).json(),
    );
    expect(roles.map((r) => r.slug)).toEqual([
      'build-up',
      'check-in-desk',
      'session-host',
      'merch-desk',
      'video-team',
      'accessibility-support',
      'tear-down',
    ]);
    expect(roles.find((r) => r.slug === 'video-team')).toMatchObject({
      access: 'restricted',
      membership: 'pending',
      coordinator: { name: 'Olivia Organizer' },
    });
    expect(roles.filter((r) => r.membership === 'confirmed').map((r) => r.slug)).toEqual([
      'check-in-desk',
      'session-host',
    ]);
    expect(policy).toEqual({ minRestHours: 1, maxHoursPerDay: 8, noShowLimit: 2 });
    const anonymous = roleListSchema.parse(
      await (await server().client().get(apiPaths.volunteerRoles(SLUG))).json(),
    );
    expect(anonymous.roles.every((r) => r.membership === null)).toBe(true);
  });

  it('joins an open role at once (twice is harmless) and 404s an unknown role', async () => {
    const v = await newVolunteer(server());
    for (let i = 0; i < 2; i++) {
      const res = await v.client.post(apiPaths.volunteerRoleJoin(SLUG, 'merch-desk'));
      expect(membershipSchema.parse(await res.json())).toEqual({ role: 'merch-desk', status: 'confirmed' });
    }
    await expectProblem(
      await v.client.post(apiPaths.volunteerRoleJoin(SLUG, 'no-such-role')),
      404,
      'role_not_found',
    );
    await expectProblem(
      await server().client().post(apiPaths.volunteerRoleJoin(SLUG, 'merch-desk')),
      401,
      'unauthenticated',
    );
  });

  it('lets a coordinator see members with profiles and confirm a pending one', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const v = await newVolunteer(server());
    await v.client.post(apiPaths.volunteerRoleJoin(SLUG, 'video-team'));
    const list = async () =>
      roleMemberListSchema.parse(
        await (await org.get(apiPaths.volunteerRoleMembers(SLUG, 'video-team'))).json(),
      ).members;
    expect((await list()).find((m) => m.user.id === v.user.id)).toMatchObject({
      status: 'pending',
      profile: null,
    });
    const res = await org.request(apiPaths.volunteerRoleMember(SLUG, 'video-team', v.user.id), {
      method: 'PUT',
      json: { status: 'confirmed' },
    });
    expect(res.status).toBe(200);
    expect((await list()).find((m) => m.user.id === v.user.id)?.status).toBe('confirmed');
    await expectProblem(
      await org.request(apiPaths.volunteerRoleMember(SLUG, 'video-team', 'nobody'), {
        method: 'PUT',
        json: { status: 'confirmed' },
      }),
      404,
      'user_not_found',
    );
  });

  it('keeps a profile per edition and validates it', async () => {
    const v = await newVolunteer(server());
    const empty = volunteerProfileSchema.parse(
      await (await v.client.get(apiPaths.volunteerProfile(SLUG))).json(),
    );
    expect(empty).toEqual({ contact: null, shirtSize: null, languages: [] });
    const profile = { contact: '+33 6 00 00 00 00', shirtSize: 'XL', languages: ['fr', 'de'] };
    const put = await v.client.request(apiPaths.volunteerProfile(SLUG), { method: 'PUT', json: profile });
    expect(put.status).toBe(200);
    expect(await (await v.client.get(apiPaths.volunteerProfile(SLUG))).json()).toEqual(profile);
    const bad = await v.client.request(apiPaths.volunteerProfile(SLUG), {
      method: 'PUT',
      json: { contact: '', shirtSize: 'XXXXL', languages: ['English'] },
    });
    const problem = await expectProblem(bad, 400, 'validation_failed');
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual(['contact', 'languages.0', 'shirtSize']);
  });

  it('creates roles (organizers only) with unique slugs', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const role = await createRole(org, { access: 'restricted', signOffDeadlineHours: 12 });
    expect(role).toMatchObject({ access: 'restricted', signOffDeadlineHours: 12, signupOpensHours: 720 });
    const again = await org.post(apiPaths.volunteerRoles(SLUG), { slug: role.slug, name: 'Again' });
    await expectProblem(again, 409, 'role_slug_taken');
  });
});

describeEachDatabase('volunteer limits', (server) => {
  it('an organizer sets the limits; they apply to every sign-up', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const policy = { minRestHours: 0, maxHoursPerDay: 12, noShowLimit: null };
    const res = await org.request(apiPaths.volunteerPolicy(SLUG), { method: 'PUT', json: policy });
    expect(volunteerPolicySchema.parse(await res.json())).toEqual(policy);
    expect(await (await server().client().get(apiPaths.volunteerPolicy(SLUG))).json()).toEqual(policy);
    const bad = await org.request(apiPaths.volunteerPolicy(SLUG), {
      method: 'PUT',
      json: { minRestHours: -1, maxHoursPerDay: 0, noShowLimit: 0 },
    });
    await expectProblem(bad, 400, 'validation_failed');
  });
});
