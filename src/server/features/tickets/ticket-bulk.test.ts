import { expect, it } from 'vitest';
import {
  problemSchema,
  ticketBulkResultSchema,
  ticketListSchema,
  ticketSchema,
  type StreamEvent,
} from '@shared/contract';
import { describeEachDatabase } from '../../test/harness';
import { listAudit } from '../audit';
import { SLUG, testDesk, typeId } from '../check-in/test-desk';

describeEachDatabase('organizer console: bulk ticket actions', (server) => {
  const { as, newTicket, scan, base } = testDesk(() => server().client());

  async function conferenceId() {
    const row = await server()
      .deps.db.selectFrom('conferences')
      .select('id')
      .where('slug', '=', SLUG)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function newTicketIn(organizer: Awaited<ReturnType<typeof as>>, path: string, type: string) {
    const res = await organizer.post(`${path}/tickets`, {
      typeId: type,
      holderName: 'Last Year',
      email: 'last.year@example.org',
      orderCode: 'OLD1',
    });
    expect(res.status).toBe(201);
    return ticketSchema.parse(await res.json());
  }

  async function statusOf(organizer: Awaited<ReturnType<typeof as>>, id: string) {
    const res = await organizer.get(`${base}/tickets?q=${id}&limit=1`);
    return ticketListSchema.parse(await res.json()).tickets[0]!;
  }

  it('cancels three tickets at once, audits each like a single edit and publishes each', async () => {
    const organizer = await as('organizer@demo.test');
    const tickets = [await newTicket(organizer), await newTicket(organizer), await newTicket(organizer)];
    const ids = tickets.map((t) => t.id);
    const seen: StreamEvent[] = [];
    const stop = server().deps.bus.subscribe(SLUG, (e) => seen.push(e));
    const res = await organizer.post(`${base}/tickets/bulk`, { action: 'cancel', ticketIds: ids });
    stop();
    expect(res.status).toBe(200);
    const body = ticketBulkResultSchema.parse(await res.json());
    expect(body.tickets.map((t) => [t.id, t.status]).sort()).toEqual(
      ids.map((id) => [id, 'cancelled']).sort(),
    );
    const audit = (await listAudit(server().deps.db, await conferenceId())).filter(
      (e) => e.action === 'ticket.updated' && ids.includes(e.subject ?? ''),
    );
    expect(audit.map((e) => e.subject).sort()).toEqual([...ids].sort());
    expect(seen.filter((e) => e.topic === 'tickets').map((e) => e.id)).toEqual(ids);
    // Desks learn of the cancellations through the revocation list, as after single edits.
    const revocations = await organizer.get(`${base}/check-in/revocations`);
    const listed = ((await revocations.json()) as { entries: { ticketId: string }[] }).entries.map(
      (e) => e.ticketId,
    );
    expect(listed).toEqual(expect.arrayContaining(ids));
  });

  it('blocks and moves tickets to another type of the conference', async () => {
    const organizer = await as('organizer@demo.test');
    const a = await newTicket(organizer);
    const b = await newTicket(organizer);
    const blocked = await organizer.post(`${base}/tickets/bulk`, { action: 'block', ticketIds: [a.id] });
    expect(ticketBulkResultSchema.parse(await blocked.json()).tickets[0]!.status).toBe('blocked');
    const moved = await organizer.post(`${base}/tickets/bulk`, {
      action: 'move',
      ticketIds: [a.id, b.id],
      ticketTypeId: typeId('business'),
    });
    expect(moved.status).toBe(200);
    expect(ticketBulkResultSchema.parse(await moved.json()).tickets.map((t) => t.typeId)).toEqual([
      typeId('business'),
      typeId('business'),
    ]);
    // Moving changes only the type: the blocked ticket stays blocked.
    expect((await statusOf(organizer, a.id)).status).toBe('blocked');
  });

  it('refuses the whole request when one id is unknown, naming it, and changes nothing', async () => {
    const organizer = await as('organizer@demo.test');
    const a = await newTicket(organizer);
    const b = await newTicket(organizer);
    const unknown = 'AAAAAAAAAAAA';
    const res = await organizer.post(`${base}/tickets/bulk`, {
      action: 'cancel',
      ticketIds: [a.id, unknown, b.id],
    });
    expect(res.status).toBe(422);
    const problem = problemSchema.parse(await res.json());
    expect(problem.code).toBe('ticket_bulk_unknown');
    expect(problem.errors).toEqual({ ticketIds: [unknown] });
    expect((await statusOf(organizer, a.id)).status).toBe('valid');
    expect((await statusOf(organizer, b.id)).status).toBe('valid');
    const audit = (await listAudit(server().deps.db, await conferenceId())).filter((e) =>
      [a.id, b.id].includes(e.subject ?? ''),
    );
    expect(audit.map((e) => e.action)).toEqual(['ticket.created', 'ticket.created']);
  });

  it("refuses a ticket of another conference and a move to another conference's type", async () => {
    const organizer = await as('organizer@demo.test');
    const mine = await newTicket(organizer);
    // Last year's edition gets a type and a ticket of its own.
    const lastYear = '/api/conferences/matrix-conf-2024';
    const { days } = (await (await organizer.get(lastYear)).json()) as { days: { date: string }[] };
    const otherType = await organizer.post(`${lastYear}/ticket-types`, {
      slug: `bulk-${mine.id.toLowerCase().replace(/[^a-z0-9]/g, '')}`,
      name: 'Old pass',
      validDays: [days[0]!.date],
    });
    expect(otherType.status).toBe(201);
    const otherTypeId = ((await otherType.json()) as { id: string }).id;
    const other = await newTicketIn(organizer, lastYear, otherTypeId);
    const foreign = await organizer.post(`${base}/tickets/bulk`, {
      action: 'block',
      ticketIds: [mine.id, other.id],
    });
    expect(foreign.status).toBe(422);
    expect(problemSchema.parse(await foreign.json()).errors).toEqual({ ticketIds: [other.id] });

    const move = await organizer.post(`${base}/tickets/bulk`, {
      action: 'move',
      ticketIds: [mine.id],
      ticketTypeId: otherTypeId,
    });
    expect(move.status).toBe(404);
    expect(problemSchema.parse(await move.json()).code).toBe('ticket_type_not_found');
    expect((await statusOf(organizer, mine.id)).typeId).toBe(typeId('conference-pass'));
    expect((await statusOf(organizer, mine.id)).status).toBe('valid');
  });

  it('is for organizers only, and checks the request', async () => {
    const organizer = await as('organizer@demo.test');
    const ticket = await newTicket(organizer);
    const desk = await as('desk@demo.test');
    const refused = await desk.post(`${base}/tickets/bulk`, { action: 'cancel', ticketIds: [ticket.id] });
    expect(refused.status).toBe(403);
    expect((await statusOf(organizer, ticket.id)).status).toBe('valid');
    const anonymous = await server()
      .client()
      .post(`${base}/tickets/bulk`, {
        action: 'cancel',
        ticketIds: [ticket.id],
      });
    expect(anonymous.status).toBe(401);
    for (const body of [
      { action: 'cancel', ticketIds: [] },
      { action: 'move', ticketIds: [ticket.id] },
      { action: 'cancel', ticketIds: [ticket.id, ticket.id] },
    ]) {
      expect((await organizer.post(`${base}/tickets/bulk`, body)).status).toBe(400);
    }
  });

  it('sorts the list by a column and tells who has checked in', async () => {
    const organizer = await as('organizer@demo.test');
    const desk = await as('desk@demo.test');
    const early = await newTicket(organizer, { holderName: 'Aaa Bulksort' });
    await newTicket(organizer, { holderName: 'Zzz Bulksort' });
    await scan(desk, { qr: early.qr });
    const list = async (query: string) =>
      ticketListSchema
        .parse(await (await organizer.get(`${base}/tickets?q=Bulksort&${query}`)).json())
        .tickets.map((t) => [t.holderName, t.checkedInAt !== null]);
    expect(await list('sort=holder&dir=desc')).toEqual([
      ['Zzz Bulksort', false],
      ['Aaa Bulksort', true],
    ]);
    expect(await list('sort=holder')).toEqual([
      ['Aaa Bulksort', true],
      ['Zzz Bulksort', false],
    ]);
    // Not yet arrived comes last in both directions.
    for (const dir of ['asc', 'desc']) {
      expect((await list(`sort=checkedIn&dir=${dir}`))[0]).toEqual(['Aaa Bulksort', true]);
    }
    expect((await organizer.get(`${base}/tickets?sort=price`)).status).toBe(400);
  });
});
