import {
  apiRoutes,
  checkInListSchema,
  createTicketSchema,
  createTicketTypeSchema,
  deleteTicketTypeQuerySchema,
  idSchema,
  rotateKeySchema,
  saveCheckInListSchema,
  signingKeyListSchema,
  ticketImportResultSchema,
  ticketImportSchema,
  ticketSchema,
  ticketTypeSchema,
  updateTicketSchema,
  updateTicketTypeSchema,
} from '@shared/contract';
import { randomToken } from '@shared/text/codes';
import { readTicketCsv, generateSigningKeyPair } from '@shared/tickets';
import { toInstant } from '@shared/time';
import { http, HttpResponse } from 'msw';
import { problemResponse } from '../problem-response';
import { notifyChange } from '../store';
import { readJsonBody, readParam, readQuery, respond } from '../validate';
import { context, toTicket, withClock } from './check-in';

/** The organizer's ticket writes, over the same in-memory ticketing the desk mock reads. */
export const ticketsAdminHandlers = [
  http.post(apiRoutes.tickets, async ({ params, request }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, createTicketSchema);
    if (!body.ok) return body.response;
    if (!c.ticketing.ticketTypes.some((t) => t.id === body.data.typeId)) {
      return problemResponse('ticket_type_not_found');
    }
    const ticket = { ...body.data, id: randomToken(9), status: 'valid' as const, secret: randomToken(32) };
    c.ticketing.tickets.push(ticket);
    notifyChange(c.store, c.slug, 'tickets', ticket.id);
    return withClock(
      respond(ticketSchema, toTicket(ticket, true, toInstant(c.state.now)), { status: 201 }),
      c.state,
    );
  }),

  http.patch(apiRoutes.ticketById, async ({ params, request }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, updateTicketSchema);
    if (!body.ok) return body.response;
    const ticket = c.ticketing.tickets.find((t) => t.id === params.id);
    if (!ticket) return problemResponse('ticket_not_found');
    if (body.data.status !== undefined) ticket.status = body.data.status;
    if (body.data.note !== undefined) ticket.note = body.data.note;
    notifyChange(c.store, c.slug, 'tickets', ticket.id);
    return withClock(respond(ticketSchema, toTicket(ticket, true, toInstant(c.state.now))), c.state);
  }),

  http.post(apiRoutes.ticketImport, async ({ params, request }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, ticketImportSchema);
    if (!body.ok) return body.response;
    const outcome = readTicketCsv(body.data.csv, c.ticketing.ticketTypes);
    if (!outcome.ok) {
      return problemResponse(
        'ticket_import_invalid',
        'Fix these rows and import the file again.',
        outcome.errors,
      );
    }
    const key = (t: { orderCode: string; email: string; holderName: string; typeId: string }) =>
      JSON.stringify([t.orderCode, t.email, t.holderName, t.typeId]);
    const existing = new Map<string, number>();
    for (const t of c.ticketing.tickets) existing.set(key(t), (existing.get(key(t)) ?? 0) + 1);
    const fresh = outcome.rows.filter((r) => {
      const left = existing.get(key(r)) ?? 0;
      if (left > 0) existing.set(key(r), left - 1);
      return left === 0;
    });
    const result = { created: fresh.length, skipped: outcome.rows.length - fresh.length };
    if (!body.data.dryRun) {
      for (const { line: _line, ...r } of fresh) {
        c.ticketing.tickets.push({
          ...r,
          id: randomToken(9),
          status: 'valid',
          note: null,
          secret: randomToken(32),
        });
      }
      notifyChange(c.store, c.slug, 'tickets');
    }
    return withClock(
      respond(ticketImportResultSchema, result, { status: body.data.dryRun ? 200 : 201 }),
      c.state,
    );
  }),

  http.post(apiRoutes.ticketTypes, async ({ params, request }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, createTicketTypeSchema);
    if (!body.ok) return body.response;
    const id = `${c.slug}.ticket-type.${body.data.slug}`;
    if (c.ticketing.ticketTypes.some((t) => t.id === id)) return problemResponse('ticket_type_taken');
    const type = {
      id,
      number: Math.max(0, ...c.ticketing.ticketTypes.map((t) => t.number)) + 1,
      slug: body.data.slug,
      name: body.data.name,
      validDays: [...body.data.validDays].sort(),
    };
    c.ticketing.ticketTypes.push(type);
    notifyChange(c.store, c.slug, 'tickets');
    return withClock(respond(ticketTypeSchema, type, { status: 201 }), c.state);
  }),

  http.put(apiRoutes.ticketType, async ({ params, request }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, updateTicketTypeSchema);
    if (!body.ok) return body.response;
    const type = c.ticketing.ticketTypes.find((t) => t.id === params.id);
    if (!type) return problemResponse('ticket_type_not_found');
    type.name = body.data.name;
    type.validDays = [...body.data.validDays].sort();
    notifyChange(c.store, c.slug, 'tickets');
    return withClock(respond(ticketTypeSchema, type), c.state);
  }),

  http.delete(apiRoutes.ticketType, ({ params, request }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const query = readQuery(request, deleteTicketTypeQuerySchema);
    if (!query.ok) return query.response;
    const type = c.ticketing.ticketTypes.find((t) => t.id === params.id);
    if (!type) return problemResponse('ticket_type_not_found');
    // The server's rules: tickets always block; a list admitting only this type blocks too.
    const tickets = c.ticketing.tickets.filter((t) => t.typeId === type.id).length;
    const naming = c.ticketing.lists.filter((l) => l.ticketTypeIds.includes(type.id));
    const shared = naming.filter((l) => l.ticketTypeIds.length > 1);
    const only = naming.filter((l) => l.ticketTypeIds.length === 1);
    const dependents: Record<string, string[]> = {};
    if (tickets > 0) dependents.tickets = [`${tickets} ${tickets === 1 ? 'ticket' : 'tickets'} of this type`];
    if (shared.length > 0) dependents.checkInLists = shared.map((l) => l.name);
    if (only.length > 0) dependents.blockingCheckInLists = only.map((l) => l.name);
    if (!query.data.confirm && Object.keys(dependents).length > 0) {
      return problemResponse('ticket_type_in_use', undefined, dependents);
    }
    if (tickets > 0)
      return problemResponse('ticket_type_has_tickets', undefined, { tickets: dependents.tickets! });
    if (only.length > 0) {
      return problemResponse('ticket_type_in_use', undefined, {
        blockingCheckInLists: dependents.blockingCheckInLists!,
      });
    }
    for (const l of shared) l.ticketTypeIds = l.ticketTypeIds.filter((t) => t !== type.id);
    c.ticketing.ticketTypes.splice(c.ticketing.ticketTypes.indexOf(type), 1);
    notifyChange(c.store, c.slug, 'tickets');
    return new HttpResponse(null, { status: 204 });
  }),

  http.post(apiRoutes.checkInLists, async ({ params, request }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, saveCheckInListSchema);
    if (!body.ok) return body.response;
    const list = { id: crypto.randomUUID(), ...body.data };
    c.ticketing.lists.push(list);
    notifyChange(c.store, c.slug, 'arrivals');
    return withClock(respond(checkInListSchema, list, { status: 201 }), c.state);
  }),

  http.put(apiRoutes.checkInList, async ({ params, request }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, saveCheckInListSchema);
    if (!body.ok) return body.response;
    const list = c.ticketing.lists.find((l) => l.id === readParam(idSchema, params.id));
    if (!list) return problemResponse('check_in_list_not_found');
    Object.assign(list, body.data);
    notifyChange(c.store, c.slug, 'arrivals');
    return withClock(respond(checkInListSchema, list), c.state);
  }),

  http.delete(apiRoutes.checkInList, ({ params }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const index = c.ticketing.lists.findIndex((l) => l.id === readParam(idSchema, params.id));
    if (index < 0) return problemResponse('check_in_list_not_found');
    const list = c.ticketing.lists[index]!;
    if (c.state.scans.some((s) => s.slug === c.slug && s.listId === list.id)) {
      return problemResponse('check_in_list_in_use', 'Keep it, or create a new list instead.');
    }
    c.ticketing.lists.splice(index, 1);
    notifyChange(c.store, c.slug, 'arrivals');
    return new HttpResponse(null, { status: 204 });
  }),

  http.post(apiRoutes.checkInKeys, async ({ params, request }) => {
    const c = context(params, 'organizer');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, rotateKeySchema);
    if (!body.ok) return body.response;
    const previous = await c.state.key;
    const createdAt = toInstant(c.state.now);
    const next = { keyId: previous.keyId + 1, ...(await generateSigningKeyPair()), createdAt };
    // The mock keeps one key: after a rotation its desks only verify codes of the new one.
    c.state.key = Promise.resolve(next);
    notifyChange(c.store, c.slug, 'tickets');
    return withClock(
      respond(
        signingKeyListSchema,
        {
          keys: [
            { ...previous, active: false, revokedAt: body.data.revokeCurrent ? createdAt : null },
            { ...next, active: true, revokedAt: null },
          ].map(({ keyId, publicKey, createdAt: at, active, revokedAt }) => ({
            keyId,
            publicKey,
            createdAt: at,
            active,
            revokedAt,
          })),
        },
        { status: 201 },
      ),
      c.state,
    );
  }),
];
