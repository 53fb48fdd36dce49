import {
  apiRoutes,
  createTicketSchema,
  createTicketTypeSchema,
  confirmQuerySchema,
  holderTicketSchema,
  idSchema,
  revocationListSchema,
  revocationQuerySchema,
  rotateKeySchema,
  signingKeyListSchema,
  ticketBulkResultSchema,
  ticketBulkSchema,
  ticketIdSchema,
  ticketImportResultSchema,
  ticketImportSchema,
  ticketListSchema,
  ticketSchema,
  ticketSearchSchema,
  ticketSecretSchema,
  ticketTypeListSchema,
  ticketTypeSchema,
  updateTicketSchema,
  updateTicketTypeSchema,
  type ProblemCode,
  type HolderTicket,
  type RevocationList,
  type SigningKeyList,
  type Ticket,
  type TicketBulkResult,
  type TicketImportResult,
  type TicketList,
  type TicketType,
  type TicketTypeList,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { RateLimiter } from '../auth';
import { conferenceOf } from '../conferences';
import { publishChange } from '../stream';
import * as service from './service';
import { listSigningKeys, rotateSigningKey } from './signing';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Ticket types, tickets, the holder's private link, signing keys and the revocation list. */
const tag = 'tickets';
const guarded: ProblemCode[] = ['unauthenticated', 'forbidden', 'conference_not_found'];

/** Ticket types, tickets, the holder's private link, signing keys and the revocation list. */
export const ticketEndpoints = endpointGroup('tickets', { tag }, [
  endpoint({
    method: 'get',
    path: apiRoutes.ticketTypes,
    summary: 'Ticket types with their numbers (as in QR codes) and valid days',
    responses: { 200: ticketTypeListSchema },
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: TicketTypeList = { ticketTypes: await service.listTicketTypes(deps.db, conference.id) };
      return c.json(body);
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.ticketTypes,
    summary: 'Add a ticket type',
    body: createTicketTypeSchema,
    responses: { 201: ticketTypeSchema },
    problems: [...guarded, 'ticket_type_taken'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const input = await body();
        const conference = await conferenceOf(deps, c);
        const type: TicketType = await service.createTicketType(
          deps.db,
          deps.clock,
          conference,
          user().id,
          input,
        );
        await publishChange(deps, conference.slug, 'tickets');
        return c.json(type, 201);
      },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.ticketType,
    summary: 'Rename a ticket type or change its days (the slug and the QR number stay)',
    body: updateTicketTypeSchema,
    responses: { 200: ticketTypeSchema },
    problems: [...guarded, 'ticket_type_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const id = parseOrThrow(idSchema, c.req.param('id'), 'ticket type id');
        const input = await body();
        const conference = await conferenceOf(deps, c);
        const type: TicketType = await service.updateTicketType(
          deps.db,
          deps.clock,
          conference,
          user().id,
          id,
          input,
        );
        await publishChange(deps, conference.slug, 'tickets');
        return c.json(type);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.ticketType,
    summary:
      'Delete a ticket type. Check-in lists that admit other types too answer ticket_type_in_use (confirmable); `?confirm=true` then removes it from them. Tickets (ticket_type_has_tickets) and lists admitting only this type (ticket_type_in_use) always block.',
    responses: { 204: null },
    problems: [...guarded, 'ticket_type_not_found', 'ticket_type_in_use', 'ticket_type_has_tickets'],
    query: confirmQuerySchema,
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { user, query }) => {
        const id = parseOrThrow(idSchema, c.req.param('id'), 'ticket type id');
        const { confirm } = query();
        const conference = await conferenceOf(deps, c);
        await service.deleteTicketType(deps.db, deps.clock, conference, user().id, id, confirm);
        await publishChange(deps, conference.slug, 'tickets');
        // Lists that named the type changed too.
        await publishChange(deps, conference.slug, 'arrivals');
        return c.body(null, 204);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.tickets,
    summary: 'Search tickets by name, email or order code (from 3 characters; desks must search)',
    query: ticketSearchSchema,
    responses: { 200: ticketListSchema },
    problems: [...guarded, 'rate_limited'],
    auth: 'checkin',
    handler: (deps) => {
      // Searching by name leaks who attends; a desk needs a few searches a minute, not hundreds.
      const searches = new RateLimiter({ limit: 120, windowMs: 60_000, clock: deps.clock });
      return async (c, { query, user }) => {
        const { id: userId, roles } = user();
        const search = query();
        const isOrganizer = roles.includes('organizer');
        if (!isOrganizer && search.q === undefined) {
          throw new HttpProblem('validation_failed', 'Search by name, email or order code.', {
            q: ['Type at least 3 characters'],
          });
        }
        const limit = searches.hit(userId);
        if (limit.limited) {
          throw new HttpProblem('rate_limited', undefined, undefined, {
            'Retry-After': String(limit.retryAfterSeconds),
          });
        }
        const conference = await conferenceOf(deps, c);
        const body: TicketList = await service.searchTickets(deps.db, conference.id, search, isOrganizer);
        return c.json(body, 200, NO_STORE);
      };
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.tickets,
    summary: 'Add a ticket',
    body: createTicketSchema,
    responses: { 201: ticketSchema },
    problems: [...guarded, 'ticket_type_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const input = await body();
        const conference = await conferenceOf(deps, c);
        const ticket: Ticket = await service.createTicket(
          deps.db,
          deps.clock,
          conference.id,
          user().id,
          input,
        );
        await publishChange(deps, conference.slug, 'tickets', ticket.id);
        return c.json(ticket, 201, NO_STORE);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.ticketImport,
    summary:
      'Import tickets from a pretix-like CSV, all or nothing; row errors keyed rows.<line>.<field>; `dryRun` only counts (200)',
    body: ticketImportSchema,
    responses: { 201: ticketImportResultSchema, 200: ticketImportResultSchema },
    problems: [...guarded, 'ticket_import_invalid'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const { csv, dryRun } = await body();
        const conference = await conferenceOf(deps, c);
        const result: TicketImportResult = await service.importTickets(
          deps.db,
          deps.clock,
          conference.id,
          user().id,
          csv,
          dryRun,
        );
        if (dryRun) return c.json(result, 200);
        await publishChange(deps, conference.slug, 'tickets');
        return c.json(result, 201);
      },
  }),
  endpoint({
    method: 'patch',
    path: apiRoutes.ticketById,
    summary: 'Cancel, block or reinstate a ticket, set its note, or move it to another type',
    body: updateTicketSchema,
    responses: { 200: ticketSchema },
    problems: [...guarded, 'ticket_not_found', 'ticket_type_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const id = parseOrThrow(ticketIdSchema, c.req.param('id'), 'ticket id');
        const update = await body();
        const conference = await conferenceOf(deps, c);
        const ticket: Ticket = await service.updateTicket(
          deps.db,
          deps.clock,
          conference.id,
          user().id,
          id,
          update,
        );
        await publishChange(deps, conference.slug, 'tickets', id);
        return c.json(ticket, 200, NO_STORE);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.ticketBulk,
    summary:
      'Cancel, block or move several tickets, all or nothing; an id that is not a ticket of this conference refuses the request (ticket_bulk_unknown, errors.ticketIds names them)',
    body: ticketBulkSchema,
    responses: { 200: ticketBulkResultSchema },
    problems: [...guarded, 'ticket_bulk_unknown', 'ticket_type_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const bulk = await body();
        const conference = await conferenceOf(deps, c);
        const result: TicketBulkResult = {
          tickets: await service.bulkUpdateTickets(deps.db, deps.clock, conference.id, user().id, bulk),
        };
        // The same event per ticket as a single edit, so desks and open lists refresh alike.
        for (const id of bulk.ticketIds) await publishChange(deps, conference.slug, 'tickets', id);
        return c.json(result, 200, NO_STORE);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.holderTicket,
    summary: "A holder's own ticket by the secret of their link, with the signed QR content",
    responses: { 200: holderTicketSchema },
    problems: ['conference_not_found', 'ticket_not_found'],
    handler: (deps) => async (c) => {
      const secret = parseOrThrow(ticketSecretSchema, c.req.param('secret'), 'ticket link');
      const conference = await conferenceOf(deps, c);
      const body: HolderTicket = await service.holderTicket(deps.db, deps.clock, conference, secret);
      // Personal: never stored by shared caches; the app keeps its own copy for offline use.
      return c.json(body, 200, { 'Cache-Control': 'private, no-cache' });
    },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.checkInKeys,
    summary: 'Public keys that verify ticket QR codes (desks cache them for offline use)',
    responses: { 200: signingKeyListSchema },
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: SigningKeyList = { keys: await listSigningKeys(deps.db, deps.clock, conference.id) };
      return c.json(body);
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.checkInKeys,
    summary: 'Rotate the signing key; optionally revoke the current one',
    body: rotateKeySchema,
    responses: { 201: signingKeyListSchema },
    problems: [...guarded, 'signing_keys_exhausted'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const { revokeCurrent } = await body();
        const conference = await conferenceOf(deps, c);
        const keys: SigningKeyList = {
          keys: await rotateSigningKey(deps.db, deps.clock, conference.id, user().id, revokeCurrent),
        };
        await publishChange(deps, conference.slug, 'tickets');
        return c.json(keys, 201);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.checkInRevocations,
    summary: 'Cancelled, blocked and noted tickets; with `since`, every change since then',
    query: revocationQuerySchema,
    responses: { 200: revocationListSchema },
    problems: guarded,
    auth: 'checkin',
    handler:
      (deps) =>
      async (c, { query }) => {
        const { since } = query();
        const conference = await conferenceOf(deps, c);
        const body: RevocationList = await service.revocations(deps.db, deps.clock, conference.id, since);
        return c.json(body, 200, NO_STORE);
      },
  }),
]);
