import { beforeAll, expect, it } from 'vitest';
import { apiPaths, problemSchema, signupSchema } from '@shared/contract';
import { describeEachDatabase } from '../../test/harness';
import {
  createRole,
  createShift,
  join,
  loggedIn,
  newVolunteer,
  SLUG,
  type Person,
} from '../../test/volunteer-fixtures';

/**
 * Many volunteers tap "sign up" for the last places at the same moment. On Postgres the
 * requests really run in parallel over the connection pool; the invariant must hold exactly.
 */
describeEachDatabase('shift capacity under concurrent sign-ups', (server) => {
  let role: string;
  let crowd: Person[];
  beforeAll(async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    role = (await createRole(org)).slug;
    crowd = await Promise.all(Array.from({ length: 50 }, () => newVolunteer(server())));
    await Promise.all(crowd.map((v) => join(v.client, role)));
  }, 120_000);

  async function rush(waitlist: boolean) {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const start = waitlist ? '2025-10-18T12:00:00Z' : '2025-10-18T08:00:00Z';
    const end = waitlist ? '2025-10-18T13:00:00Z' : '2025-10-18T09:00:00Z';
    const shift = await createShift(org, role, start, end, 3);
    const responses = await Promise.all(
      crowd.map((v) => v.client.post(apiPaths.shiftSignup(SLUG, shift.id), { waitlist })),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    const rows = await server()
      .deps.db.selectFrom('shift_signups')
      .select(['user_id', 'status'])
      .where('shift_id', '=', shift.id)
      .execute();
    return { responses, bodies, rows };
  }

  it('50 volunteers for 3 places: exactly 3 get one, 47 hear shift_full', async () => {
    const { responses, bodies, rows } = await rush(false);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    const refused = bodies.filter((_, i) => responses[i]!.status !== 201).map((b) => problemSchema.parse(b));
    expect(refused.map((p) => p.code)).toEqual(Array(47).fill('shift_full'));
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(rows).toHaveLength(3);
  });

  it('asking for the waiting list: 3 places and 47 in line, numbered 1 to 47', async () => {
    const { responses, bodies, rows } = await rush(true);
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const signups = bodies.map((b) => signupSchema.parse(b));
    expect(signups.filter((s) => s.status === 'confirmed')).toHaveLength(3);
    const positions = signups.flatMap((s) => (s.status === 'waiting' ? [s.position] : []));
    expect(positions.sort((a, b) => a! - b!)).toEqual(Array.from({ length: 47 }, (_, i) => i + 1));
    expect(rows.filter((r) => r.status === 'confirmed')).toHaveLength(3);
    expect(new Set(rows.map((r) => r.user_id)).size).toBe(50);
  });

  it('a double tap by one volunteer holds one place', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const shift = await createShift(org, role, '2025-10-18T15:00:00Z', '2025-10-18T16:00:00Z', 3);
    const v = crowd[0]!;
    const taps = await Promise.all(
      Array.from({ length: 5 }, () => v.client.post(apiPaths.shiftSignup(SLUG, shift.id), {})),
    );
    expect(taps.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const held = await server()
      .deps.db.selectFrom('shift_signups')
      .select('id')
      .where('shift_id', '=', shift.id)
      .execute();
    expect(held).toHaveLength(1);
  });

  it('two taps on overlapping shifts at once: only one is taken', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const a = await createShift(org, role, '2025-10-18T17:00:00Z', '2025-10-18T18:00:00Z', 3);
    const b = await createShift(org, role, '2025-10-18T17:30:00Z', '2025-10-18T18:30:00Z', 3);
    const v = crowd[1]!;
    const [ra, rb] = await Promise.all([
      v.client.post(apiPaths.shiftSignup(SLUG, a.id), {}),
      v.client.post(apiPaths.shiftSignup(SLUG, b.id), {}),
    ]);
    expect([ra!.status, rb!.status].sort()).toEqual([201, 409]);
  });
});
