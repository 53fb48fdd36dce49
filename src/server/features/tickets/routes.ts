import { Hono } from 'hono';
import {
  apiRoutes,
  createTicketSchema,
  createTicketTypeSchema,
  deleteTicketTypeQuerySchema,
  idSchema,
  revocationQuerySchema,
  rotateKeySchema,
  ticketIdSchema,
  ticketImportSchema,
  ticketSearchSchema,
  ticketSecretSchema,
  updateTicketSchema,
  updateTicketTypeSchema,
  type HolderTicket,
  type RevocationList,
  type SigningKeyList,
  type Ticket,
  type TicketImportResult,
  type TicketList,
  type TicketType,
  type TicketTypeList,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson, readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { HttpProblem, parseOrThrow } from '../../http/problem';
import { RateLimiter, requireRole } from '../auth';
import { requireConference } from '../conferences';
import { publishChange } from '../stream';
import * as service from './service';
import { listSigningKeys, rotateSigningKey } from './signing';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** Ticket types, tickets, the holder's private link, signing keys and the revocation list. */
export function ticketRoutes(deps: AppDeps) {
  // Searching by name leaks who attends; a desk needs a few searches a minute, not hundreds.
  const searches = new RateLimiter({ limit: 120, windowMs: 60_000, clock: deps.clock });
  const organizer = requireRole('organizer');
  const desk = requireRole('checkin');

  return new Hono<AppEnv>()
    .get(apiRoutes.ticketTypes, async (c) => {
      const conference = await requireConference(deps.db, slugParam(c));
      const body: TicketTypeList = { ticketTypes: await service.listTicketTypes(deps.db, conference.id) };
      return c.json(body);
    })
    .post(apiRoutes.ticketTypes, organizer, async (c) => {
      const input = await readJson(c, createTicketTypeSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: TicketType = await service.createTicketType(
        deps.db,
        deps.clock,
        conference,
        c.get('user')!.id,
        input,
      );
      await publishChange(deps, conference.slug, 'tickets');
      return c.json(body, 201);
    })
    .put(apiRoutes.ticketType, organizer, async (c) => {
      const id = parseOrThrow(idSchema, c.req.param('id'), 'ticket type id');
      const input = await readJson(c, updateTicketTypeSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: TicketType = await service.updateTicketType(
        deps.db,
        deps.clock,
        conference,
        c.get('user')!.id,
        id,
        input,
      );
      await publishChange(deps, conference.slug, 'tickets');
      return c.json(body);
    })
    .delete(apiRoutes.ticketType, organizer, async (c) => {
      const id = parseOrThrow(idSchema, c.req.param('id'), 'ticket type id');
      const { confirm } = readQuery(c, deleteTicketTypeQuerySchema);
      const conference = await requireConference(deps.db, slugParam(c));
      await service.deleteTicketType(deps.db, deps.clock, conference, c.get('user')!.id, id, confirm);
      await publishChange(deps, conference.slug, 'tickets');
      // Lists that named the type changed too.
      await publishChange(deps, conference.slug, 'arrivals');
      return c.body(null, 204);
    })
    .get(apiRoutes.tickets, desk, async (c) => {
      const user = c.get('user')!;
      const search = readQuery(c, ticketSearchSchema);
      const isOrganizer = user.roles.includes('organizer');
      if (!isOrganizer && search.q === undefined) {
        throw new HttpProblem('validation_failed', 'Search by name, email or order code.', {
          q: ['Type at least 3 characters'],
        });
      }
      const limit = searches.hit(user.id);
      if (limit.limited) {
        throw new HttpProblem('rate_limited', undefined, undefined, {
          'Retry-After': String(limit.retryAfterSeconds),
        });
      }
      const conference = await requireConference(deps.db, slugParam(c));
      const body: TicketList = await service.searchTickets(deps.db, conference.id, search, isOrganizer);
      return c.json(body, 200, NO_STORE);
    })
    .post(apiRoutes.tickets, organizer, async (c) => {
      const input = await readJson(c, createTicketSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: Ticket = await service.createTicket(
        deps.db,
        deps.clock,
        conference.id,
        c.get('user')!.id,
        input,
      );
      await publishChange(deps, conference.slug, 'tickets', body.id);
      return c.json(body, 201, NO_STORE);
    })
    .post(apiRoutes.ticketImport, organizer, async (c) => {
      const { csv, dryRun } = await readJson(c, ticketImportSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: TicketImportResult = await service.importTickets(
        deps.db,
        deps.clock,
        conference.id,
        c.get('user')!.id,
        csv,
        dryRun,
      );
      if (dryRun) return c.json(body, 200);
      await publishChange(deps, conference.slug, 'tickets');
      return c.json(body, 201);
    })
    .patch(apiRoutes.ticketById, organizer, async (c) => {
      const id = parseOrThrow(ticketIdSchema, c.req.param('id'), 'ticket id');
      const update = await readJson(c, updateTicketSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: Ticket = await service.updateTicket(
        deps.db,
        deps.clock,
        conference.id,
        c.get('user')!.id,
        id,
        update,
      );
      await publishChange(deps, conference.slug, 'tickets', id);
      return c.json(body, 200, NO_STORE);
    })
    .get(apiRoutes.holderTicket, async (c) => {
      const secret = parseOrThrow(ticketSecretSchema, c.req.param('secret'), 'ticket link');
      const conference = await requireConference(deps.db, slugParam(c));
      const body: HolderTicket = await service.holderTicket(deps.db, deps.clock, conference, secret);
      // Personal: never stored by shared caches; the app keeps its own copy for offline use.
      return c.json(body, 200, { 'Cache-Control': 'private, no-cache' });
    })
    .get(apiRoutes.checkInKeys, async (c) => {
      const conference = await requireConference(deps.db, slugParam(c));
      const body: SigningKeyList = { keys: await listSigningKeys(deps.db, deps.clock, conference.id) };
      return c.json(body);
    })
    .post(apiRoutes.checkInKeys, organizer, async (c) => {
      const { revokeCurrent } = await readJson(c, rotateKeySchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: SigningKeyList = {
        keys: await rotateSigningKey(deps.db, deps.clock, conference.id, c.get('user')!.id, revokeCurrent),
      };
      await publishChange(deps, conference.slug, 'tickets');
      return c.json(body, 201);
    })
    .get(apiRoutes.checkInRevocations, desk, async (c) => {
      const { since } = readQuery(c, revocationQuerySchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: RevocationList = await service.revocations(deps.db, deps.clock, conference.id, since);
      return c.json(body, 200, NO_STORE);
    });
}
