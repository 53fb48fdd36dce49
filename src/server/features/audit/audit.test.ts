import { expect, it } from 'vitest';
import { apiPaths, auditPageSchema } from '@shared/contract';
import { describeEachDatabase } from '../../test/harness';
import { expectProblem, loggedIn, newVolunteer, SLUG, unique } from '../../test/volunteer-fixtures';
import { recordAudit } from './repository';

describeEachDatabase('audit log', (server) => {
  const conferenceId = async () =>
    (
      await server()
        .deps.db.selectFrom('conferences')
        .select('id')
        .where('slug', '=', SLUG)
        .executeTakeFirstOrThrow()
    ).id;

  it('lists who did what, newest first, a page at a time, filtered by action prefix', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const id = await conferenceId();
    const users = await server().deps.db.selectFrom('users').select(['id', 'email']).execute();
    const olivia = users.find((u) => u.email === 'organizer@demo.test')!.id;
    const tag = unique('probe');
    // Three entries at the same instant and one later: the order must still be total.
    for (const [i, at] of [
      '2025-10-16T08:00:00Z',
      '2025-10-16T08:00:00Z',
      '2025-10-16T08:00:00Z',
      '2025-10-16T09:00:00Z',
    ].entries()) {
      await recordAudit(server().deps.db, {
        conferenceId: id,
        userId: i === 0 ? null : olivia,
        action: `${tag}.step`,
        subject: `s${i}`,
        detail: { i },
        at,
      });
    }
    await recordAudit(server().deps.db, {
      conferenceId: id,
      userId: olivia,
      action: 'other.thing',
      at: '2025-10-16T09:30:00Z',
    });

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query = `?action=${tag}.&limit=3${cursor ? `&before=${cursor}` : ''}`;
      const res = await org.get(apiPaths.audit(SLUG) + query);
      expect(res.status).toBe(200);
      const page = auditPageSchema.parse(await res.json());
      expect(page.entries.every((e) => e.action === `${tag}.step`)).toBe(true);
      seen.push(...page.entries.map((e) => e.subject!));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(2);
    expect(seen[0]).toBe('s3');
    expect([...seen].sort()).toEqual(['s0', 's1', 's2', 's3']);

    const first = auditPageSchema.parse(
      await (await org.get(`${apiPaths.audit(SLUG)}?action=${tag}`)).json(),
    );
    const latest = first.entries[0]!;
    expect(latest).toMatchObject({
      action: `${tag}.step`,
      subject: 's3',
      detail: { i: 3 },
      actor: { name: 'Olivia Organizer', email: 'organizer@demo.test' },
    });
    expect(first.entries.find((e) => e.subject === 's0')?.actor).toBeNull();

    const all = auditPageSchema.parse(await (await org.get(apiPaths.audit(SLUG))).json());
    const ats = all.entries.map((e) => e.at);
    expect(ats).toEqual([...ats].sort().reverse());
  });

  it('shows an organizer’s own change at the top', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    const slug = unique('room');
    await org.post(apiPaths.rooms(SLUG), { slug, name: slug });
    const page = auditPageSchema.parse(await (await org.get(`${apiPaths.audit(SLUG)}?action=room.`)).json());
    expect(page.entries[0]).toMatchObject({ action: 'room.created', subject: slug });
  });

  it('refuses bad queries, strangers and non-organizers', async () => {
    const org = await loggedIn(server(), 'organizer@demo.test');
    for (const query of [
      '?limit=0',
      '?limit=500',
      '?action=Room%25',
      '?before=not%20a%20cursor',
      '?before=bm9wZQ',
    ]) {
      await expectProblem(await org.get(apiPaths.audit(SLUG) + query), 400, 'validation_failed');
    }
    await expectProblem(await server().client().get(apiPaths.audit(SLUG)), 401, 'unauthenticated');
    const v = await newVolunteer(server());
    await expectProblem(await v.client.get(apiPaths.audit(SLUG)), 403, 'forbidden');
    await expectProblem(await org.get(apiPaths.audit('no-such-con')), 404, 'conference_not_found');
  });
});
