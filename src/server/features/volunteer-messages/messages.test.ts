import { beforeAll, expect, it } from 'vitest';
import { apiPaths, volunteerMessageListSchema, volunteerMessageSchema } from '@shared/contract';
import { listAudit } from '../audit';
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

describeEachDatabase('volunteer messages', (server) => {
  let org: Awaited<ReturnType<typeof loggedIn>>;
  let coordinator: Person;
  let role: string;
  let members: Person[];
  beforeAll(async () => {
    org = await loggedIn(server(), 'organizer@demo.test');
    coordinator = await newVolunteer(server());
    role = (await createRole(org, { coordinatorUserId: coordinator.user.id })).slug;
    members = [await newVolunteer(server()), await newVolunteer(server())];
    for (const m of members) await join(m.client, role);
  });

  const inbox = async (p: Person) =>
    volunteerMessageListSchema.parse(await (await p.client.get(apiPaths.volunteerMessages(SLUG))).json())
      .messages;

  it('sends to every member of a role, stores and audits it', async () => {
    const res = await coordinator.client.post(apiPaths.volunteerMessages(SLUG), {
      target: { kind: 'role', role },
      body: 'Briefing at 9 in the foyer',
    });
    expect(res.status).toBe(201);
    const sent = volunteerMessageSchema.parse(await res.json());
    expect(sent).toMatchObject({ kind: 'text', recipients: 2, target: { kind: 'role', label: 'Test role' } });
    for (const m of members) {
      expect((await inbox(m))[0]).toMatchObject({
        id: sent.id,
        body: 'Briefing at 9 in the foyer',
        sender: { id: coordinator.user.id },
      });
    }
    const outsider = await newVolunteer(server());
    expect(await inbox(outsider)).toEqual([]);
    const conference = await server()
      .deps.db.selectFrom('conferences')
      .select('id')
      .where('slug', '=', SLUG)
      .executeTakeFirstOrThrow();
    const audit = await listAudit(server().deps.db, conference.id);
    expect(audit.some((a) => a.action === 'volunteers.messaged' && a.subject === sent.id)).toBe(true);
    const mineSent = volunteerMessageListSchema.parse(
      await (await coordinator.client.get(apiPaths.volunteerMessages(SLUG, true))).json(),
    );
    expect(mineSent.messages.map((m) => m.id)).toContain(sent.id);
  });

  it('sends to everyone on a shift, the waiting list included', async () => {
    const shift = await createShift(org, role, '2025-10-17T08:00:00Z', '2025-10-17T09:00:00Z', 1);
    await signUp(members[0]!.client, shift.id);
    await signUp(members[1]!.client, shift.id, { waitlist: true });
    const res = await org.post(apiPaths.volunteerMessages(SLUG), {
      target: { kind: 'shift', shiftId: shift.id },
      body: 'Door B is locked, use door C',
    });
    expect(res.status).toBe(201);
    expect(volunteerMessageSchema.parse(await res.json())).toMatchObject({
      recipients: 2,
      shift: { startsAt: '2025-10-17T08:00:00Z' },
    });
    expect((await inbox(members[1]!))[0]!.body).toBe('Door B is locked, use door C');
  });

  it('refuses empty audiences, strangers and unknown targets', async () => {
    const empty = (await createRole(org)).slug;
    await expectProblem(
      await org.post(apiPaths.volunteerMessages(SLUG), { target: { kind: 'role', role: empty }, body: 'Hi' }),
      409,
      'message_no_recipients',
    );
    await expectProblem(
      await members[0]!.client.post(apiPaths.volunteerMessages(SLUG), {
        target: { kind: 'role', role },
        body: 'Hi',
      }),
      403,
      'forbidden',
    );
    await expectProblem(
      await org.post(apiPaths.volunteerMessages(SLUG), {
        target: { kind: 'role', role: 'nope' },
        body: 'Hi',
      }),
      404,
      'role_not_found',
    );
    await expectProblem(
      await org.post(apiPaths.volunteerMessages(SLUG), {
        target: { kind: 'shift', shiftId: 'nope' },
        body: 'Hi',
      }),
      404,
      'shift_not_found',
    );
    await expectProblem(
      await org.post(apiPaths.volunteerMessages(SLUG), { target: { kind: 'role', role }, body: '  ' }),
      400,
      'validation_failed',
    );
    await expectProblem(
      await server().client().get(apiPaths.volunteerMessages(SLUG)),
      401,
      'unauthenticated',
    );
  });
});
