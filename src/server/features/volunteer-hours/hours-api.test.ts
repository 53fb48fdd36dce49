import { beforeAll, expect, it } from 'vitest';
import { apiPaths, hoursPolicySchema, hoursReportSchema, myHoursSchema } from '@shared/contract';
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
  unique,
} from '../../test/volunteer-fixtures';
import { createAccount } from '../auth';

describeEachDatabase('volunteer hours', (server) => {
  let org: Awaited<ReturnType<typeof loggedIn>>;
  let coordinator: Person;
  let worker: Person;
  beforeAll(async () => {
    org = await loggedIn(server(), 'organizer@demo.test');
    coordinator = await newVolunteer(server());
    const role = (await createRole(org, { coordinatorUserId: coordinator.user.id })).slug;
    // A formula in the name must reach the spreadsheet as text.
    const email = `${unique('formula')}@example.org`;
    const user = await createAccount(server().deps.db, server().deps.clock, {
      email,
      name: '=HYPERLINK("http://evil.test")',
      password: 'a-long-enough-password',
      roles: ['volunteer'],
    });
    const client = server().client();
    expect((await client.login(email, 'a-long-enough-password')).status).toBe(200);
    worker = { user, client };
    await join(worker.client, role);
    // 20:00-24:00 local on 17 Oct: two of the four hours are night hours (22:00-06:00).
    const evening = await createShift(org, role, '2025-10-17T18:00:00Z', '2025-10-17T22:00:00Z');
    const morning = await createShift(org, role, '2025-10-18T07:00:00Z', '2025-10-18T08:00:00Z');
    const skipped = await createShift(org, role, '2025-10-18T12:00:00Z', '2025-10-18T13:00:00Z');
    for (const s of [evening, morning, skipped]) await signUp(worker.client, s.id);
    for (const [s, attendance] of [
      [evening, 'worked'],
      [morning, 'worked'],
      [skipped, 'no-show'],
    ] as const) {
      const res = await org.request(apiPaths.shiftRosterEntry(SLUG, s.id, worker.user.id), {
        method: 'PUT',
        json: { attendance },
      });
      expect(res.status).toBe(200);
    }
  });

  it('counts only shifts marked worked, with the night multiplier the organizer sets', async () => {
    const mine = myHoursSchema.parse(
      await (await worker.client.get(apiPaths.volunteerHoursMine(SLUG))).json(),
    );
    expect(mine.totals).toEqual({ shifts: 2, hours: 5, nightHours: 2, creditedHours: 5 });

    const put = await org.request(apiPaths.volunteerHoursPolicy(SLUG), {
      method: 'PUT',
      json: { nightStart: '22:00', nightEnd: '06:00', nightMultiplier: 1.5 },
    });
    expect(put.status).toBe(200);
    expect(hoursPolicySchema.parse(await put.json()).nightMultiplier).toBe(1.5);
    const after = myHoursSchema.parse(
      await (await worker.client.get(apiPaths.volunteerHoursMine(SLUG))).json(),
    );
    expect(after.totals.creditedHours).toBe(6);

    const report = hoursReportSchema.parse(await (await org.get(apiPaths.volunteerHours(SLUG))).json());
    expect(report.volunteers.find((v) => v.user.id === worker.user.id)).toMatchObject({
      shifts: 2,
      hours: 5,
      creditedHours: 6,
      roles: ['Test role'],
    });
  });

  it('shows a coordinator their roles only, and refuses plain volunteers', async () => {
    const report = hoursReportSchema.parse(
      await (await coordinator.client.get(apiPaths.volunteerHours(SLUG))).json(),
    );
    expect(report.volunteers.map((v) => v.user.id)).toEqual([worker.user.id]);
    await expectProblem(await worker.client.get(apiPaths.volunteerHours(SLUG)), 403, 'forbidden');
    await expectProblem(await worker.client.get(apiPaths.volunteerHoursCsv(SLUG)), 403, 'forbidden');
    await expectProblem(
      await server().client().get(apiPaths.volunteerHoursMine(SLUG)),
      401,
      'unauthenticated',
    );
  });

  it('exports CSV with formula cells neutralised', async () => {
    const res = await coordinator.client.get(apiPaths.volunteerHoursCsv(SLUG));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename=".+\.csv"/);
    const lines = (await res.text()).split('\r\n');
    expect(lines[0]).toBe('name,email,roles,shifts_worked,hours,night_hours,credited_hours');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.test"")",${worker.user.email},Test role,2,5,2,6`);
  });

  it('lets only organizers set the night rule, and validates it', async () => {
    const bad = await org.request(apiPaths.volunteerHoursPolicy(SLUG), {
      method: 'PUT',
      json: { nightStart: '22:00', nightEnd: '22:00', nightMultiplier: 2 },
    });
    await expectProblem(bad, 400, 'validation_failed');
    const denied = await coordinator.client.request(apiPaths.volunteerHoursPolicy(SLUG), {
      method: 'PUT',
      json: { nightStart: '22:00', nightEnd: '06:00', nightMultiplier: 2 },
    });
    await expectProblem(denied, 403, 'forbidden');
  });
});
