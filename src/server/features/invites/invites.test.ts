import { beforeAll, expect, it } from 'vitest';
import {
  apiPaths,
  briefingCodeSchema,
  briefingConfirmedSchema,
  createdInviteSchema,
  inviteAcceptedSchema,
  inviteListSchema,
  invitePreviewSchema,
  roleListSchema,
} from '@shared/contract';
import { DURING_CONFERENCE, type TestClient } from '../../test/harness';
import { describeEachDatabase } from '../../test/harness';
import { createRole, expectProblem, join, loggedIn, newVolunteer, SLUG } from '../../test/volunteer-fixtures';
import { secretHash } from './tokens';

/** Tests move this forward to let invites and briefing codes expire. */
let nowMs = Date.parse(DURING_CONFERENCE);
const later = (minutes: number) => {
  nowMs += minutes * 60_000;
};

async function membershipOf(client: TestClient, role: string) {
  const { roles } = roleListSchema.parse(await (await client.get(apiPaths.volunteerRoles(SLUG))).json());
  return roles.find((r) => r.slug === role)?.membership ?? null;
}

async function invite(client: TestClient, body: Record<string, unknown>) {
  const res = await client.post(apiPaths.volunteerInvites(SLUG), body);
  expect(res.status, await res.clone().text()).toBe(201);
  return createdInviteSchema.parse(await res.json());
}

describeEachDatabase(
  'invite links and briefing codes',
  (server) => {
    beforeAll(() => {
      nowMs = Date.parse(DURING_CONFERENCE);
    });

    it('joins a restricted role through an invite, confirmed, counted once per person, until used up', async () => {
      const org = await loggedIn(server(), 'organizer@demo.test');
      const { invite: created, token } = await invite(org, { role: 'video-team', maxUses: 2 });
      expect(created).toMatchObject({ role: 'video-team', maxUses: 2, uses: 0, revokedAt: null });
      // At least 128 bits, and only the hash is stored.
      expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
      const stored = await server()
        .deps.db.selectFrom('volunteer_invites')
        .select('token_hash')
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(stored.token_hash).toBe(secretHash(token));
      expect(stored.token_hash).not.toContain(token);

      const preview = invitePreviewSchema.parse(
        await (await server().client().get(apiPaths.volunteerJoin(SLUG, token))).json(),
      );
      expect(preview.role).toMatchObject({ slug: 'video-team', access: 'restricted' });

      await expectProblem(
        await server().client().post(apiPaths.volunteerJoin(SLUG, token)),
        401,
        'unauthenticated',
      );
      const a = await newVolunteer(server());
      for (let i = 0; i < 2; i++) {
        const res = await a.client.post(apiPaths.volunteerJoin(SLUG, token));
        expect(inviteAcceptedSchema.parse(await res.json())).toEqual({
          role: 'video-team',
          status: 'confirmed',
        });
      }
      expect(await membershipOf(a.client, 'video-team')).toBe('confirmed');
      const b = await newVolunteer(server());
      expect((await b.client.post(apiPaths.volunteerJoin(SLUG, token))).status).toBe(200);
      const { invites } = inviteListSchema.parse(
        await (await org.get(apiPaths.volunteerInvites(SLUG))).json(),
      );
      expect(invites.find((i) => i.id === created.id)?.uses).toBe(2);

      const c = await newVolunteer(server());
      await expectProblem(await c.client.post(apiPaths.volunteerJoin(SLUG, token)), 409, 'invite_used_up');
      await expectProblem(await c.client.get(apiPaths.volunteerJoin(SLUG, token)), 409, 'invite_used_up');
      expect(await membershipOf(c.client, 'video-team')).toBeNull();
    });

    it('refuses expired, withdrawn, unknown and malformed links', async () => {
      const org = await loggedIn(server(), 'organizer@demo.test');
      const v = await newVolunteer(server());
      const expiring = await invite(org, {
        role: 'merch-desk',
        expiresAt: new Date(nowMs + 60 * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      });
      expect((await v.client.get(apiPaths.volunteerJoin(SLUG, expiring.token))).status).toBe(200);
      later(61);
      await expectProblem(
        await v.client.get(apiPaths.volunteerJoin(SLUG, expiring.token)),
        410,
        'invite_expired',
      );
      await expectProblem(
        await v.client.post(apiPaths.volunteerJoin(SLUG, expiring.token)),
        410,
        'invite_expired',
      );

      const withdrawn = await invite(org, { role: null });
      expect(
        (await org.request(apiPaths.volunteerInvite(SLUG, withdrawn.invite.id), { method: 'DELETE' })).status,
      ).toBe(204);
      await expectProblem(
        await v.client.post(apiPaths.volunteerJoin(SLUG, withdrawn.token)),
        410,
        'invite_revoked',
      );
      await expectProblem(
        await v.client.get(apiPaths.volunteerJoin(SLUG, 'x'.repeat(32))),
        404,
        'invite_not_found',
      );
      await expectProblem(await v.client.get(apiPaths.volunteerJoin(SLUG, 'short')), 404, 'invite_not_found');
      await expectProblem(
        await org.request(apiPaths.volunteerInvite(SLUG, 'no-such-invite'), { method: 'DELETE' }),
        404,
        'invite_not_found',
      );
    });

    it('lets only organizers and the role’s coordinator invite, and checks the expiry', async () => {
      const org = await loggedIn(server(), 'organizer@demo.test');
      const coordinator = await newVolunteer(server());
      const role = await createRole(org, { coordinatorUserId: coordinator.user.id, access: 'restricted' });
      const v = await newVolunteer(server());
      await expectProblem(
        await v.client.post(apiPaths.volunteerInvites(SLUG), { role: role.slug }),
        403,
        'forbidden',
      );
      await expectProblem(
        await coordinator.client.post(apiPaths.volunteerInvites(SLUG), {}),
        403,
        'forbidden',
      );
      const own = await invite(coordinator.client, { role: role.slug });
      const { invites } = inviteListSchema.parse(
        await (await coordinator.client.get(apiPaths.volunteerInvites(SLUG))).json(),
      );
      expect(invites.map((i) => i.id)).toEqual([own.invite.id]);
      expect(JSON.stringify(invites)).not.toContain(own.token);
      await expectProblem(
        await v.client.request(apiPaths.volunteerInvite(SLUG, own.invite.id), { method: 'DELETE' }),
        403,
        'forbidden',
      );
      await expectProblem(
        await org.post(apiPaths.volunteerInvites(SLUG), {
          role: role.slug,
          expiresAt: '2020-01-01T00:00:00Z',
        }),
        400,
        'validation_failed',
      );
      await expectProblem(
        await org.post(apiPaths.volunteerInvites(SLUG), { role: 'no-such-role' }),
        404,
        'role_not_found',
      );
      await expectProblem(
        await server().client().get(apiPaths.volunteerInvites(SLUG)),
        401,
        'unauthenticated',
      );
    });

    it('confirms a pending member who scans the briefing code, until it expires', async () => {
      const org = await loggedIn(server(), 'organizer@demo.test');
      const v = await newVolunteer(server());
      await join(v.client, 'video-team');
      expect(await membershipOf(v.client, 'video-team')).toBe('pending');

      await expectProblem(await v.client.post(apiPaths.roleBriefing(SLUG, 'video-team')), 403, 'forbidden');
      await expectProblem(
        await org.post(apiPaths.roleBriefing(SLUG, 'merch-desk')),
        409,
        'role_not_restricted',
      );
      const res = await org.post(apiPaths.roleBriefing(SLUG, 'video-team'));
      expect(res.status).toBe(201);
      const code = briefingCodeSchema.parse(await res.json());
      expect(Date.parse(code.expiresAt) - nowMs).toBe(2 * 60_000);

      const scanned = await v.client.post(apiPaths.volunteerBriefing(SLUG, code.token));
      expect(briefingConfirmedSchema.parse(await scanned.json())).toEqual({
        role: 'video-team',
        roleName: 'Video team',
        status: 'confirmed',
      });
      expect(await membershipOf(v.client, 'video-team')).toBe('confirmed');

      const late = await newVolunteer(server());
      await join(late.client, 'video-team');
      later(2);
      await expectProblem(
        await late.client.post(apiPaths.volunteerBriefing(SLUG, code.token)),
        410,
        'briefing_expired',
      );
      await expectProblem(
        await late.client.post(apiPaths.volunteerBriefing(SLUG, 'y'.repeat(24))),
        404,
        'briefing_not_found',
      );
      await expectProblem(
        await server().client().post(apiPaths.volunteerBriefing(SLUG, code.token)),
        401,
        'unauthenticated',
      );
      expect(await membershipOf(late.client, 'video-team')).toBe('pending');
    });
  },
  { clock: () => new Date(nowMs) },
);
