import { beforeAll, expect, it } from 'vitest';
import {
  apiPaths,
  hoursReportSchema,
  shiftSchema,
  volunteerMessageListSchema,
  volunteerMessageSchema,
} from '@shared/contract';
import { describeEachDatabase } from '../../test/harness';
import {
  createRole,
  createShift,
  expectProblem,
  join,
  loggedIn,
  newVolunteer,
  SLUG,
  type Person,
} from '../../test/volunteer-fixtures';

/** What the coordinator's screens (coverage, hours, messages, shift console) call, per caller. */
describeEachDatabase('coordinator screens: own role, other role, plain volunteer', (server) => {
  let org: Awaited<ReturnType<typeof loggedIn>>;
  let coordinator: Person;
  let member: Person;
  let outsider: Person;
  let own: string;
  let other: string;
  let ownShift: string;
  let otherShift: string;
  beforeAll(async () => {
    org = await loggedIn(server(), 'organizer@demo.test');
    coordinator = await newVolunteer(server());
    member = await newVolunteer(server());
    outsider = await newVolunteer(server());
    own = (await createRole(org, { name: 'Own role', coordinatorUserId: coordinator.user.id })).slug;
    other = (await createRole(org, { name: 'Other role' })).slug;
    await join(member.client, own);
    await join(outsider.client, other);
    ownShift = (await createShift(org, own, '2025-10-18T08:00:00Z', '2025-10-18T10:00:00Z')).id;
    otherShift = (await createShift(org, other, '2025-10-18T08:00:00Z', '2025-10-18T10:00:00Z')).id;
  });

  const send = (client: Person['client'], target: unknown) =>
    client.post(apiPaths.volunteerMessages(SLUG), { target, body: 'Briefing moved to 8:30' });

  it('lets the coordinator message their role and list what they sent, not others’ roles', async () => {
    const res = await send(coordinator.client, { kind: 'role', role: own });
    expect(res.status, await res.clone().text()).toBe(201);
    const message = volunteerMessageSchema.parse(await res.json());
    expect(message).toMatchObject({ target: { kind: 'role', label: 'Own role' }, recipients: 1 });
    await expectProblem(await send(coordinator.client, { kind: 'role', role: other }), 403, 'forbidden');
    await expectProblem(
      await send(coordinator.client, { kind: 'shift', shiftId: otherShift }),
      403,
      'forbidden',
    );
    const sent = volunteerMessageListSchema.parse(
      await (await coordinator.client.get(apiPaths.volunteerMessages(SLUG, true))).json(),
    );
    expect(sent.messages.map((m) => m.id)).toEqual([message.id]);
    // The organizer's sent list holds everyone's; the member's inbox has it.
    const all = volunteerMessageListSchema.parse(
      await (await org.get(apiPaths.volunteerMessages(SLUG, true))).json(),
    );
    expect(all.messages.some((m) => m.id === message.id)).toBe(true);
    const inbox = volunteerMessageListSchema.parse(
      await (await member.client.get(apiPaths.volunteerMessages(SLUG))).json(),
    );
    expect(inbox.messages.some((m) => m.id === message.id)).toBe(true);
  });

  it('shows the coordinator the hours of their role’s members only', async () => {
    const res = await coordinator.client.get(apiPaths.volunteerHours(SLUG));
    expect(res.status).toBe(200);
    const ids = hoursReportSchema.parse(await res.json()).volunteers.map((v) => v.user.id);
    expect(ids).toContain(member.user.id);
    expect(ids).not.toContain(outsider.user.id);
    expect((await coordinator.client.get(apiPaths.volunteerHoursCsv(SLUG))).status).toBe(200);
    await expectProblem(
      await coordinator.client.request(apiPaths.volunteerHoursPolicy(SLUG), {
        method: 'PUT',
        json: { nightStart: '22:00', nightEnd: '06:00', nightMultiplier: 2 },
      }),
      403,
      'forbidden',
    );
  });

  it('lets the coordinator edit their role’s shifts only', async () => {
    const edit = (shiftId: string) =>
      coordinator.client.request(apiPaths.shift(SLUG, shiftId), { method: 'PATCH', json: { capacity: 5 } });
    const res = await edit(ownShift);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(shiftSchema.parse(await res.json()).capacity).toBe(5);
    await expectProblem(await edit(otherShift), 403, 'forbidden');
    await expectProblem(
      await coordinator.client.request(apiPaths.shift(SLUG, otherShift), { method: 'DELETE' }),
      403,
      'forbidden',
    );
    const extra = await createShift(coordinator.client, own, '2025-10-18T12:00:00Z', '2025-10-18T13:00:00Z');
    expect(
      (await coordinator.client.request(apiPaths.shift(SLUG, extra.id), { method: 'DELETE' })).status,
    ).toBe(204);
  });

  it('refuses a plain volunteer everywhere', async () => {
    await expectProblem(await outsider.client.get(apiPaths.volunteerHours(SLUG)), 403, 'forbidden');
    await expectProblem(await outsider.client.get(apiPaths.volunteerHoursCsv(SLUG)), 403, 'forbidden');
    await expectProblem(await send(outsider.client, { kind: 'role', role: other }), 403, 'forbidden');
    await expectProblem(
      await outsider.client.request(apiPaths.shift(SLUG, otherShift), {
        method: 'PATCH',
        json: { capacity: 1 },
      }),
      403,
      'forbidden',
    );
    const sent = volunteerMessageListSchema.parse(
      await (await outsider.client.get(apiPaths.volunteerMessages(SLUG, true))).json(),
    );
    expect(sent.messages).toEqual([]);
  });
});
