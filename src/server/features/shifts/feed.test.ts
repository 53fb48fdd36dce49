import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { apiPaths, volunteerFeedSchema } from '@shared/contract';
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
} from '../../test/volunteer-fixtures';

describeEachDatabase('the volunteer’s calendar feed', (server) => {
  it('lists held shifts with place, coordinator and two reminders; a new address ends the old', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const lead = await newVolunteer(server());
    const role = await createRole(org, {
      name: 'Cloakroom',
      coordinatorUserId: lead.user.id,
      coordinatorContact: '+33 6 00 00 00 00',
    });
    const a = await createShift(org, role.slug, '2025-10-17T08:00:00Z', '2025-10-17T11:00:00Z', 2);
    const b = await createShift(org, role.slug, '2025-10-17T13:00:00Z', '2025-10-17T16:00:00Z', 1);
    const full = await createShift(org, role.slug, '2025-10-18T08:00:00Z', '2025-10-18T10:00:00Z', 1);
    const v = await newVolunteer(server());
    const other = await newVolunteer(server());
    for (const p of [v, other]) await join(p.client, role.slug);
    await signUp(v.client, a.id);
    await signUp(v.client, b.id);
    await signUp(other.client, full.id);
    await signUp(v.client, full.id, { waitlist: true });

    expect(
      volunteerFeedSchema.parse(await (await v.client.get(apiPaths.volunteerFeed(SLUG))).json()),
    ).toEqual({
      token: null,
    });
    const made = await v.client.post(apiPaths.volunteerFeed(SLUG));
    expect(made.status).toBe(201);
    const { token } = volunteerFeedSchema.parse(await made.json());
    expect(
      volunteerFeedSchema.parse(await (await v.client.get(apiPaths.volunteerFeed(SLUG))).json()).token,
    ).toBe(token);

    // The address itself is the key: no cookie needed, as for a calendar app.
    const res = await server().client().get(apiPaths.volunteerFeedIcs(SLUG, token!));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const calendar = new ICAL.Component(ICAL.parse(await res.text()));
    const events = calendar.getAllSubcomponents('vevent');
    expect(events.map((e) => new ICAL.Event(e).startDate.toJSDate().toISOString())).toEqual([
      '2025-10-17T08:00:00.000Z',
      '2025-10-17T13:00:00.000Z',
    ]);
    const first = new ICAL.Event(events[0]!);
    expect(first.summary).toBe(`Cloakroom · ${a.place}`);
    expect(first.location).toBe(a.place);
    expect(first.description).toContain(`Coordinator: ${lead.user.name} · +33 6 00 00 00 00`);
    expect(first.description).toContain(`Place: ${a.place}`);
    const alarms = events[0]!.getAllSubcomponents('valarm');
    expect(alarms.map((al) => al.getFirstPropertyValue('trigger')?.toString())).toEqual(['-PT60M', '-PT15M']);
    expect(alarms.every((al) => al.getFirstPropertyValue('action') === 'DISPLAY')).toBe(true);

    const renewed = volunteerFeedSchema.parse(
      await (await v.client.post(apiPaths.volunteerFeed(SLUG))).json(),
    );
    expect(renewed.token).not.toBe(token);
    await expectProblem(
      await server().client().get(apiPaths.volunteerFeedIcs(SLUG, token!)),
      404,
      'feed_not_found',
    );
    expect((await server().client().get(apiPaths.volunteerFeedIcs(SLUG, renewed.token!))).status).toBe(200);
  });

  it('404s a wrong or malformed token, and wants a login to make one', async () => {
    await expectProblem(
      await server()
        .client()
        .get(apiPaths.volunteerFeedIcs(SLUG, 'z'.repeat(32))),
      404,
      'feed_not_found',
    );
    await expectProblem(
      await server().client().get(apiPaths.volunteerFeedIcs(SLUG, 'bad')),
      404,
      'feed_not_found',
    );
    await expectProblem(await server().client().post(apiPaths.volunteerFeed(SLUG)), 401, 'unauthenticated');
  });

  it('filters shifts offered for hand-over', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const role = await createRole(org);
    const shift = await createShift(org, role.slug, '2025-10-17T08:00:00Z', '2025-10-17T10:00:00Z', 2);
    const v = await newVolunteer(server());
    await join(v.client, role.slug);
    await signUp(v.client, shift.id);
    const offered = async () => {
      const res = await v.client.get(`${apiPaths.shifts(SLUG)}?offered=true&role=${role.slug}`);
      return ((await res.json()) as { shifts: { id: string }[] }).shifts.map((s) => s.id);
    };
    expect(await offered()).toEqual([]);
    expect((await v.client.post(apiPaths.shiftHandover(SLUG, shift.id))).status).toBe(200);
    expect(await offered()).toEqual([shift.id]);
  });
});
