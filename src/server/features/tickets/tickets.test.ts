import { expect, it } from 'vitest';
import {
  checkInListSchema,
  holderTicketSchema,
  problemSchema,
  revocationListSchema,
  scanSchema,
  signingKeyListSchema,
  ticketImportResultSchema,
  ticketListSchema,
  ticketTypeListSchema,
} from '@shared/contract';
import { expectDependents } from '../../test/dependents';
import { describeEachDatabase, DURING_CONFERENCE } from '../../test/harness';
import { MAIN_ENTRANCE, testDesk, typeId } from '../check-in/test-desk';

describeEachDatabase('tickets, lists and keys', (server) => {
  const { as, newTicket, scan, base } = testDesk(() => server().client());

  it('seeds seven ticket types and about 300 demo tickets', async () => {
    const types = ticketTypeListSchema.parse(
      await (await server().client().get(`${base}/ticket-types`)).json(),
    );
    expect(types.ticketTypes.map((t) => t.slug)).toEqual([
      'conference-pass',
      'barcamp-day',
      'workshop-day',
      'business',
      'speaker',
      'volunteer',
      'sponsor',
    ]);
    expect(types.ticketTypes.find((t) => t.slug === 'barcamp-day')!.validDays).toEqual(['2025-10-15']);
    const organizer = await as('organizer@demo.test');
    const all = ticketListSchema.parse(await (await organizer.get(`${base}/tickets?limit=1`)).json());
    expect(all.total).toBeGreaterThanOrEqual(300);
  });

  it('shows holders their own ticket by the secret of their link', async () => {
    const organizer = await as('organizer@demo.test');
    const ticket = await newTicket(organizer, { typeId: typeId('workshop-day'), holderName: 'Lina Example' });
    const res = await server().client().get(`${base}/tickets/${ticket.secret}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toContain('private');
    expect(holderTicketSchema.parse(await res.json())).toMatchObject({
      id: ticket.id,
      holderName: 'Lina Example',
      typeName: 'Workshop day',
      validDays: ['2025-10-18'],
      status: 'valid',
    });
    const wrong = await server()
      .client()
      .get(`${base}/tickets/${'A'.repeat(43)}`);
    expect(wrong.status).toBe(404);
    expect(problemSchema.parse(await wrong.json()).code).toBe('ticket_not_found');
  });

  it('searches by name, email or order code from three characters; desks must search and see no secrets', async () => {
    const organizer = await as('organizer@demo.test');
    const ticket = await newTicket(organizer, { holderName: 'Quirinus Zebedee', orderCode: 'QZORD1' });
    const desk = await as('desk@demo.test');
    for (const q of ['quirin', 'ZEBEDEE', ticket.email, 'qzord1']) {
      const found = ticketListSchema.parse(
        await (await desk.get(`${base}/tickets?q=${encodeURIComponent(q)}`)).json(),
      );
      expect(
        found.tickets.map((t) => t.id),
        q,
      ).toEqual([ticket.id]);
      expect(found.tickets[0]!.secret).toBeNull();
    }
    expect((await desk.get(`${base}/tickets?q=qu`)).status).toBe(400);
    expect((await desk.get(`${base}/tickets`)).status).toBe(400);
    const mine = ticketListSchema.parse(await (await organizer.get(`${base}/tickets?q=zebedee`)).json());
    expect(mine.tickets[0]!.secret).toBe(ticket.secret);
  });

  it('publishes cancelled, blocked and noted tickets, and changes since a given time', async () => {
    const organizer = await as('organizer@demo.test');
    const desk = await as('desk@demo.test');
    const full = revocationListSchema.parse(await (await desk.get(`${base}/check-in/revocations`)).json());
    expect(full.entries.length).toBeGreaterThan(0);
    expect(full.entries.every((e) => e.status !== 'valid' || e.note !== null)).toBe(true);
    const ticket = await newTicket(organizer);
    await organizer.request(`${base}/tickets/by-id/${ticket.id}`, {
      method: 'PATCH',
      json: { status: 'cancelled' },
    });
    const since = revocationListSchema.parse(
      await (await desk.get(`${base}/check-in/revocations?since=${full.asOf}`)).json(),
    );
    expect(since.entries).toContainEqual({
      ticketId: ticket.id,
      status: 'cancelled',
      note: null,
      changedAt: DURING_CONFERENCE,
    });
    expect((await desk.get(`${base}/check-in/revocations?since=yesterday`)).status).toBe(400);
  });

  it('imports a pretix export all or nothing, and skips rows imported before', async () => {
    const organizer = await as('organizer@demo.test');
    const csv = [
      'Order code;Attendee name;Attendee e-mail;Company;Country;Product',
      'IMP01;Rhea Example;rhea@example.org;;fr;Conference pass',
      'IMP01;Sol Example;sol@example.org;Example SA;;business',
      '',
    ].join('\n');
    const res = await organizer.post(`${base}/tickets/import`, { csv });
    expect(res.status).toBe(201);
    expect(ticketImportResultSchema.parse(await res.json())).toEqual({ created: 2, skipped: 0 });
    const again = await organizer.post(`${base}/tickets/import`, {
      csv: `${csv}IMP02;Tor Example;tor@example.org;;;speaker\n`,
    });
    expect(ticketImportResultSchema.parse(await again.json())).toEqual({ created: 1, skipped: 2 });

    const bad = await organizer.post(`${base}/tickets/import`, {
      csv: 'Order code,Attendee name,Attendee email,Product\nIMP03,Uma Example,uma@example.org,Conference pass\nIMP04,,nope,Gold\n',
    });
    expect(bad.status).toBe(422);
    const problem = problemSchema.parse(await bad.json());
    expect(problem.code).toBe('ticket_import_invalid');
    expect(Object.keys(problem.errors ?? {}).sort()).toEqual([
      'rows.3.email',
      'rows.3.holderName',
      'rows.3.type',
    ]);
    const none = ticketListSchema.parse(await (await organizer.get(`${base}/tickets?q=imp03`)).json());
    expect(none.total).toBe(0);
  });

  it('keeps ticket management to organizers', async () => {
    const desk = await as('desk@demo.test');
    expect((await desk.post(`${base}/tickets`, {})).status).toBe(403);
    expect((await desk.post(`${base}/tickets/import`, { csv: 'x' })).status).toBe(403);
    expect((await desk.post(`${base}/check-in/lists`, { name: 'x' })).status).toBe(403);
    expect((await desk.post(`${base}/check-in/keys`, {})).status).toBe(403);
    expect((await server().client().get(`${base}/check-in/revocations`)).status).toBe(401);
  });

  it('refuses unknown ticket types and days outside the conference', async () => {
    const organizer = await as('organizer@demo.test');
    const res = await organizer.post(`${base}/tickets`, {
      typeId: 'nope',
      holderName: 'A',
      email: 'a@example.org',
      orderCode: 'A1',
    });
    expect(problemSchema.parse(await res.json()).code).toBe('ticket_type_not_found');
    const list = await organizer.post(`${base}/check-in/lists`, { name: 'x', days: ['2025-12-24'] });
    expect(list.status).toBe(400);
    expect(Object.keys(problemSchema.parse(await list.json()).errors ?? {})).toEqual(['days']);
    const type = await organizer.post(`${base}/ticket-types`, {
      slug: 'gala',
      name: 'Gala',
      validDays: ['2025-10-17'],
    });
    expect(type.status).toBe(201);
    const taken = await organizer.post(`${base}/ticket-types`, {
      slug: 'gala',
      name: 'Gala',
      validDays: ['2025-10-17'],
    });
    expect(problemSchema.parse(await taken.json()).code).toBe('ticket_type_taken');
  });

  it('creates, changes and deletes check-in lists, but keeps lists with scans', async () => {
    const organizer = await as('organizer@demo.test');
    const created = checkInListSchema.parse(
      await (
        await organizer.post(`${base}/check-in/lists`, {
          name: 'Workshops',
          ticketTypeIds: [typeId('workshop-day')],
        })
      ).json(),
    );
    const put = await organizer.request(`${base}/check-in/lists/${created.id}`, {
      method: 'PUT',
      json: { name: 'Workshop rooms', ticketTypeIds: [typeId('workshop-day')], countsExits: true },
    });
    expect(checkInListSchema.parse(await put.json())).toMatchObject({
      name: 'Workshop rooms',
      countsExits: true,
    });
    expect(
      (await organizer.request(`${base}/check-in/lists/${created.id}`, { method: 'DELETE' })).status,
    ).toBe(204);
    expect(
      (await organizer.request(`${base}/check-in/lists/${created.id}`, { method: 'DELETE' })).status,
    ).toBe(404);

    const ticket = await newTicket(organizer);
    await scan(await as('desk@demo.test'), { qr: ticket.qr });
    // Scans keep their list, confirmed or not.
    for (const confirm of ['', '?confirm=true']) {
      const inUse = await organizer.request(`${base}/check-in/lists/${MAIN_ENTRANCE}${confirm}`, {
        method: 'DELETE',
      });
      const problem = await expectDependents(inUse, 'check_in_list_in_use', false);
      expect(problem.dependents).toEqual([
        { kind: 'scan', count: expect.any(Number) as number, examples: [] },
      ]);
      expect(problem.dependents[0]!.count).toBeGreaterThanOrEqual(1);
    }
    const lists = (await (await organizer.get(`${base}/check-in/lists`)).json()) as {
      lists: { id: string }[];
    };
    expect(lists.lists.some((l) => l.id === MAIN_ENTRANCE)).toBe(true);
  });
});

/** The clock of the next suite, which moves it to test the undo window. */
let now = Date.parse(DURING_CONFERENCE);

describeEachDatabase(
  'key rotation and the undo window',
  (server) => {
    const { as, newTicket, scan, base } = testDesk(() => server().client());

    it('still admits tickets of a rotated key, refuses those of a revoked one', async () => {
      const organizer = await as('organizer@demo.test');
      const desk = await as('desk@demo.test');
      const old = await newTicket(organizer);
      const revokedToo = await newTicket(organizer);
      const rotated = signingKeyListSchema.parse(
        await (await organizer.post(`${base}/check-in/keys`, {})).json(),
      );
      expect(rotated.keys.map((k) => [k.keyId, k.active])).toEqual([
        [1, false],
        [2, true],
      ]);
      expect((await scan(desk, { qr: old.qr })).verdict.code).toBe('ok');
      const fresh = await newTicket(organizer);
      expect(fresh.qr).not.toBe(old.qr);
      expect((await scan(desk, { qr: fresh.qr })).verdict.code).toBe('ok');

      // Key 2 leaks: its codes are refused, the holder's link hands out a code from key 3.
      const leaked = await newTicket(organizer);
      await organizer.post(`${base}/check-in/keys`, { revokeCurrent: true });
      expect((await scan(desk, { qr: leaked.qr })).verdict.code).toBe('revoked');
      const reissued = holderTicketSchema.parse(
        await (await organizer.get(`${base}/tickets/${leaked.secret}`)).json(),
      );
      expect((await scan(desk, { qr: reissued.qr })).verdict.code).toBe('ok');
      expect((await scan(desk, { qr: revokedToo.qr })).verdict.code).toBe('ok');

      const keys = signingKeyListSchema.parse(
        await (await server().client().get(`${base}/check-in/keys`)).json(),
      );
      expect(keys.keys.map((k) => [k.keyId, k.revokedAt !== null])).toEqual([
        [1, false],
        [2, true],
        [3, false],
      ]);
    });

    it('undoes within 15 minutes and not after', async () => {
      const organizer = await as('organizer@demo.test');
      const desk = await as('desk@demo.test');
      now = Date.parse(DURING_CONFERENCE);
      const early = await scan(desk, { qr: (await newTicket(organizer)).qr });
      const late = await scan(desk, { qr: (await newTicket(organizer)).qr });
      now += 15 * 60_000;
      const undone = await desk.post(`${base}/scans/${early.scan.id}/undo`);
      expect(scanSchema.parse(await undone.json()).undoneAt).toBe('2025-10-16T08:45:00Z');
      now += 1000;
      const refused = await desk.post(`${base}/scans/${late.scan.id}/undo`);
      expect(refused.status).toBe(409);
      expect(problemSchema.parse(await refused.json()).code).toBe('undo_window_passed');
    });
  },
  { clock: () => new Date(now) },
);
