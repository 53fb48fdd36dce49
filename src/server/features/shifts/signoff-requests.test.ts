import { beforeAll, expect, it } from 'vitest';
import { apiPaths, signoffRequestListSchema, signoffRequestSchema } from '@shared/contract';
import { DURING_CONFERENCE, describeEachDatabase } from '../../test/harness';
import {
  createRole,
  createShift,
  expectProblem,
  getShift,
  join,
  loggedIn,
  newVolunteer,
  signUp,
} from '../../test/volunteer-fixtures';

let nowMs = Date.parse(DURING_CONFERENCE);
const inHours = (h: number) => new Date(nowMs + h * 3_600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');

describeEachDatabase(
  'asking the coordinator to sign off after the deadline',
  (server) => {
    beforeAll(() => {
      nowMs = Date.parse(DURING_CONFERENCE);
    });

    async function setup(capacity = 1) {
      const org = await loggedIn(server(), 'organizer@demo.test');
      const coordinator = await newVolunteer(server());
      const role = await createRole(org, {
        signOffDeadlineHours: 24,
        coordinatorUserId: coordinator.user.id,
      });
      const shift = await createShift(org, role.slug, inHours(5), inHours(8), capacity);
      const v = await newVolunteer(server());
      await join(v.client, role.slug);
      await signUp(v.client, shift.id);
      return { org, coordinator, role, shift, v };
    }

    it('approves: the volunteer is signed off and the first in line moves up', async () => {
      const { coordinator, role, shift, v } = await setup();
      const next = await newVolunteer(server());
      await join(next.client, role.slug);
      await signUp(next.client, shift.id, { waitlist: true });
      await expectProblem(
        await v.client.request(apiPaths.shiftSignup('matrix-conf-2025', shift.id), { method: 'DELETE' }),
        409,
        'sign_off_deadline_passed',
      );

      const res = await v.client.post(apiPaths.shiftSignoffRequest('matrix-conf-2025', shift.id), {
        reason: 'My train was cancelled',
      });
      expect(res.status, await res.clone().text()).toBe(201);
      const request = signoffRequestSchema.parse(await res.json());
      expect(request).toMatchObject({ status: 'pending', reason: 'My train was cancelled', decidedAt: null });
      await expectProblem(
        await v.client.post(apiPaths.shiftSignoffRequest('matrix-conf-2025', shift.id), {
          reason: 'Again please',
        }),
        409,
        'signoff_request_pending',
      );

      const forCoordinator = signoffRequestListSchema.parse(
        await (await coordinator.client.get(apiPaths.signoffRequests('matrix-conf-2025'))).json(),
      );
      expect(forCoordinator.toDecide.map((r) => r.id)).toContain(request.id);
      const forOther = signoffRequestListSchema.parse(
        await (await next.client.get(apiPaths.signoffRequests('matrix-conf-2025'))).json(),
      );
      expect(forOther.toDecide).toEqual([]);
      await expectProblem(
        await next.client.request(apiPaths.signoffRequest('matrix-conf-2025', request.id), {
          method: 'PUT',
          json: { decision: 'approved' },
        }),
        403,
        'forbidden',
      );

      const decided = await coordinator.client.request(
        apiPaths.signoffRequest('matrix-conf-2025', request.id),
        {
          method: 'PUT',
          json: { decision: 'approved' },
        },
      );
      expect(decided.status).toBe(200);
      expect(signoffRequestSchema.parse(await decided.json())).toMatchObject({
        status: 'approved',
        decidedBy: coordinator.user.name,
      });
      expect((await getShift(v.client, shift.id)).mine).toBeNull();
      expect((await getShift(next.client, shift.id)).mine?.status).toBe('confirmed');
      const mine = signoffRequestListSchema.parse(
        await (await v.client.get(apiPaths.signoffRequests('matrix-conf-2025'))).json(),
      );
      expect(mine.mine.map((r) => [r.id, r.status])).toEqual([[request.id, 'approved']]);

      await expectProblem(
        await coordinator.client.request(apiPaths.signoffRequest('matrix-conf-2025', request.id), {
          method: 'PUT',
          json: { decision: 'declined' },
        }),
        409,
        'signoff_request_decided',
      );
      const audit = await server()
        .deps.db.selectFrom('audit_log')
        .select('action')
        .where('subject', '=', shift.id)
        .execute();
      expect(audit.map((a) => a.action)).toContain('shift.signoff_request_approved');
    });

    it('declines: the volunteer keeps the shift and may ask again', async () => {
      const { org, shift, v } = await setup();
      const res = await v.client.post(apiPaths.shiftSignoffRequest('matrix-conf-2025', shift.id), {
        reason: 'Feeling unwell',
      });
      const request = signoffRequestSchema.parse(await res.json());
      const decided = await org.request(apiPaths.signoffRequest('matrix-conf-2025', request.id), {
        method: 'PUT',
        json: { decision: 'declined' },
      });
      expect(signoffRequestSchema.parse(await decided.json()).status).toBe('declined');
      expect((await getShift(v.client, shift.id)).mine?.status).toBe('confirmed');
      expect(
        (
          await v.client.post(apiPaths.shiftSignoffRequest('matrix-conf-2025', shift.id), {
            reason: 'Still unwell',
          })
        ).status,
      ).toBe(201);
    });

    it('refuses before the deadline, without a place, after the start, and unknown requests', async () => {
      const { org, role, shift, v } = await setup(2);
      const far = await createShift(org, role.slug, inHours(48), inHours(50));
      await signUp(v.client, far.id);
      await expectProblem(
        await v.client.post(apiPaths.shiftSignoffRequest('matrix-conf-2025', far.id), {
          reason: 'Plans changed',
        }),
        409,
        'sign_off_still_open',
      );
      const other = await newVolunteer(server());
      await expectProblem(
        await other.client.post(apiPaths.shiftSignoffRequest('matrix-conf-2025', shift.id), {
          reason: 'Hmm hmm',
        }),
        409,
        'not_signed_up',
      );
      await expectProblem(
        await v.client.post(apiPaths.shiftSignoffRequest('matrix-conf-2025', shift.id), { reason: '' }),
        400,
        'validation_failed',
      );
      await expectProblem(
        await v.client.post(apiPaths.shiftSignoffRequest('matrix-conf-2025', 'no-such-shift'), {
          reason: 'Hmm hmm',
        }),
        404,
        'shift_not_found',
      );
      await expectProblem(
        await org.request(apiPaths.signoffRequest('matrix-conf-2025', 'no-such-request'), {
          method: 'PUT',
          json: { decision: 'approved' },
        }),
        404,
        'signoff_request_not_found',
      );
      nowMs += 6 * 3_600_000;
      await expectProblem(
        await v.client.post(apiPaths.shiftSignoffRequest('matrix-conf-2025', shift.id), {
          reason: 'Too late now',
        }),
        409,
        'shift_started',
      );
      await expectProblem(
        await server()
          .client()
          .post(apiPaths.shiftSignoffRequest('matrix-conf-2025', shift.id), { reason: 'Hmm' }),
        401,
        'unauthenticated',
      );
    });
  },
  { clock: () => new Date(nowMs) },
);
