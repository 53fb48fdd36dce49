import { expect, it } from 'vitest';
import {
  checkInListSchema,
  problemSchema,
  ticketImportResultSchema,
  ticketListSchema,
  ticketTypeListSchema,
  ticketTypeSchema,
  type StreamTopic,
} from '@shared/contract';
import { expectDependents } from '../../test/dependents';
import { describeEachDatabase } from '../../test/harness';
import { listAudit } from '../audit';
import { SLUG, testDesk } from '../check-in/test-desk';

describeEachDatabase('organizer console: ticket types, audit and dry-run imports', (server) => {
  const { as, newTicket, base } = testDesk(() => server().client());
  let counter = 0;

  async function newType(organizer: Awaited<ReturnType<typeof as>>, name = 'Day pass') {
    counter++;
    const res = await organizer.post(`${base}/ticket-types`, {
      slug: `admin-type-${counter}`,
      name,
      validDays: ['2025-10-16'],
    });
    expect(res.status).toBe(201);
    return ticketTypeSchema.parse(await res.json());
  }

  async function newList(organizer: Awaited<ReturnType<typeof as>>, name: string, ticketTypeIds: string[]) {
    const res = await organizer.post(`${base}/check-in/lists`, { name, ticketTypeIds });
    expect(res.status).toBe(201);
    return checkInListSchema.parse(await res.json());
  }

  const del = (client: Awaited<ReturnType<typeof as>>, id: string, confirm = false) =>
    client.request(`${base}/ticket-types/${encodeURIComponent(id)}${confirm ? '?confirm=true' : ''}`, {
      method: 'DELETE',
    });

  async function auditActions(subject: string) {
    const conference = await server()
      .deps.db.selectFrom('conferences')
      .select('id')
      .where('slug', '=', SLUG)
      .executeTakeFirstOrThrow();
    return (await listAudit(server().deps.db, conference.id))
      .filter((e) => e.subject === subject)
      .map((e) => e.action);
  }

  function topics() {
    const seen: StreamTopic[] = [];
    const stop = server().deps.bus.subscribe(SLUG, (e) => seen.push(e.topic));
    return { seen, stop };
  }

  it('renames a ticket type and changes its days, keeping slug and number; audited and published', async () => {
    const organizer = await as('organizer@demo.test');
    const type = await newType(organizer);
    const events = topics();
    const res = await organizer.request(`${base}/ticket-types/${type.id}`, {
      method: 'PUT',
      json: { name: 'Thursday and Friday', validDays: ['2025-10-17', '2025-10-16'] },
    });
    events.stop();
    expect(res.status).toBe(200);
    expect(ticketTypeSchema.parse(await res.json())).toEqual({
      ...type,
      name: 'Thursday and Friday',
      validDays: ['2025-10-16', '2025-10-17'],
    });
    expect(events.seen).toContain('tickets');
    expect(await auditActions(type.id)).toEqual(['ticket-type.created', 'ticket-type.updated']);

    const bad = await organizer.request(`${base}/ticket-types/${type.id}`, {
      method: 'PUT',
      json: { name: 'x', validDays: ['2030-01-01'] },
    });
    expect(bad.status).toBe(400);
    expect(problemSchema.parse(await bad.json()).errors?.validDays).toBeDefined();
    const missing = await organizer.request(`${base}/ticket-types/nope`, {
      method: 'PUT',
      json: { name: 'x', validDays: ['2025-10-16'] },
    });
    expect(problemSchema.parse(await missing.json()).code).toBe('ticket_type_not_found');
    const desk = await as('desk@demo.test');
    const refused = await desk.request(`${base}/ticket-types/${type.id}`, {
      method: 'PUT',
      json: { name: 'x', validDays: ['2025-10-16'] },
    });
    expect(refused.status).toBe(403);
  });

  it('deletes an unused ticket type at once', async () => {
    const organizer = await as('organizer@demo.test');
    const type = await newType(organizer);
    expect((await del(organizer, type.id)).status).toBe(204);
    const types = ticketTypeListSchema.parse(await (await organizer.get(`${base}/ticket-types`)).json());
    expect(types.ticketTypes.map((t) => t.id)).not.toContain(type.id);
    expect(await auditActions(type.id)).toEqual(['ticket-type.created', 'ticket-type.deleted']);
    expect((await del(organizer, type.id)).status).toBe(404);
  });

  it('lists the tickets depending on a type and refuses to delete it even when confirmed', async () => {
    const organizer = await as('organizer@demo.test');
    const type = await newType(organizer);
    const one = await newTicket(organizer, { typeId: type.id });
    await newTicket(organizer, { typeId: type.id });
    // Cancelled tickets count: desks still need their type to refuse them.
    await organizer.request(`${base}/tickets/by-id/${one.id}`, {
      method: 'PATCH',
      json: { status: 'cancelled' },
    });

    // The same refusal whether confirmed or not: tickets are never confirmed away.
    for (const confirm of [false, true]) {
      const refusal = await expectDependents(
        await del(organizer, type.id, confirm),
        'ticket_type_has_tickets',
        false,
      );
      expect(refusal.dependents).toEqual([{ kind: 'ticket', count: 2, examples: [] }]);
    }
    const types = ticketTypeListSchema.parse(await (await organizer.get(`${base}/ticket-types`)).json());
    expect(types.ticketTypes.map((t) => t.id)).toContain(type.id);
  });

  it('asks before removing a type from check-in lists, and never leaves a list admitting every type', async () => {
    const organizer = await as('organizer@demo.test');
    const type = await newType(organizer, 'Gone soon');
    const other = await newType(organizer, 'Stays');
    const shared = await newList(organizer, 'Shared gate', [type.id, other.id]);
    const only = await newList(organizer, 'Only gate', [type.id]);

    // A list admitting only this type blocks, confirmed or not, and is all the refusal names.
    for (const confirm of [false, true]) {
      const blocked = await expectDependents(
        await del(organizer, type.id, confirm),
        'ticket_type_in_use',
        false,
      );
      expect(blocked.dependents).toEqual([{ kind: 'check_in_list', count: 1, examples: ['Only gate'] }]);
    }

    const edited = await organizer.request(`${base}/check-in/lists/${only.id}`, {
      method: 'PUT',
      json: { name: 'Only gate', ticketTypeIds: [other.id] },
    });
    expect(edited.status).toBe(200);
    const asked = await expectDependents(await del(organizer, type.id), 'ticket_type_in_use', true);
    expect(asked.dependents).toEqual([{ kind: 'check_in_list', count: 1, examples: ['Shared gate'] }]);
    expect((await del(organizer, type.id, true)).status).toBe(204);
    const lists = (await (await organizer.get(`${base}/check-in/lists`)).json()) as {
      lists: { id: string; ticketTypeIds: string[] }[];
    };
    expect(lists.lists.find((l) => l.id === shared.id)!.ticketTypeIds).toEqual([other.id]);
    expect(await auditActions(only.id)).toEqual(['check-in-list.created', 'check-in-list.updated']);
  });

  it('checks an import without changing anything on a dry run', async () => {
    const organizer = await as('organizer@demo.test');
    const csv = [
      'Order code;Attendee name;Attendee e-mail;Product',
      'DRY01;Ada Dry;ada@example.org;Conference pass',
      'DRY01;Bo Dry;bo@example.org;Conference pass',
      '',
    ].join('\n');
    const dry = await organizer.post(`${base}/tickets/import`, { csv, dryRun: true });
    expect(dry.status).toBe(200);
    expect(ticketImportResultSchema.parse(await dry.json())).toEqual({ created: 2, skipped: 0 });
    const none = ticketListSchema.parse(await (await organizer.get(`${base}/tickets?q=dry01`)).json());
    expect(none.total).toBe(0);

    const bad = await organizer.post(`${base}/tickets/import`, {
      csv: `${csv}DRY02;;not-an-email;Conference pass\n`,
      dryRun: true,
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(problemSchema.parse(await bad.json()).errors ?? {}).sort()).toEqual([
      'rows.4.email',
      'rows.4.holderName',
    ]);

    expect((await organizer.post(`${base}/tickets/import`, { csv })).status).toBe(201);
    const again = await organizer.post(`${base}/tickets/import`, { csv, dryRun: true });
    expect(ticketImportResultSchema.parse(await again.json())).toEqual({ created: 0, skipped: 2 });
  });

  it('audits ticket changes, imports, list changes and key rotations', async () => {
    const organizer = await as('organizer@demo.test');
    const ticket = await newTicket(organizer);
    await organizer.request(`${base}/tickets/by-id/${ticket.id}`, {
      method: 'PATCH',
      json: { status: 'blocked' },
    });
    expect(await auditActions(ticket.id)).toEqual(['ticket.created', 'ticket.updated']);

    const list = await newList(organizer, 'Audited gate', []);
    const events = topics();
    expect((await organizer.request(`${base}/check-in/lists/${list.id}`, { method: 'DELETE' })).status).toBe(
      204,
    );
    events.stop();
    expect(events.seen).toEqual(expect.arrayContaining(['tickets', 'arrivals']));
    expect(await auditActions(list.id)).toEqual(['check-in-list.created', 'check-in-list.deleted']);

    const rotated = await organizer.post(`${base}/check-in/keys`, {});
    expect(rotated.status).toBe(201);
    const { keys } = (await rotated.json()) as { keys: { keyId: number; active: boolean }[] };
    const active = keys.find((k) => k.active)!;
    expect(await auditActions(String(active.keyId))).toEqual(['signing-key.rotated']);
  });
});
