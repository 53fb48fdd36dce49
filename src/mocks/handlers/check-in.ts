import {
  apiRoutes,
  checkInListListSchema,
  checkInStatsQuerySchema,
  checkInStatsSchema,
  type CheckInStats,
  ARRIVAL_BUCKET_MINUTES,
  arrivalSeriesQuerySchema,
  arrivalSeriesSchema,
  DESK_SILENT_AFTER_MS,
  deskHeartbeatSchema,
  deskStatusListSchema,
  deskTicketIndexSchema,
  type DeskTicketRow,
  ticketStatuses,
  idSchema,
  holderTicketSchema,
  revocationListSchema,
  revocationQuerySchema,
  type Scan,
  scanListFiltersSchema,
  scanListSchema,
  scanRequestSchema,
  scanResultSchema,
  scanSchema,
  signingKeyListSchema,
  slugSchema,
  type Ticket,
  ticketListSchema,
  ticketSearchSchema,
  ticketSecretSchema,
  ticketTypeListSchema,
  type Verdict,
  verdictCodes,
} from '@shared/contract';
import { arrivalBuckets } from '@shared/check-in/arrival-buckets';
import { type DemoTicketing, demoTicketing } from '@shared/demo/tickets';
import {
  admits,
  canUndo,
  decideVerdict,
  generateSigningKeyPair,
  importPrivateKey,
  importPublicKey,
  signTicketQr,
  verifyTicketQr,
} from '@shared/tickets';
import { conferenceDayOf, toInstant } from '@shared/time';
import { http } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { currentUser, findEdition, type MockStore, notifyChange } from '../store';
import { readJsonBody, readParam, readQuery, respond } from '../validate';

/** The mock's "now": Thursday of the reference event, 10:30 in Strasbourg, like the e2e server. */
export const MOCK_CHECK_IN_NOW = '2025-10-16T08:30:00.000Z';

interface MockAdmission {
  ticketId: string;
  listId: string;
  day: string;
  at: string;
  deskId: string;
  deskName: string;
  scanId: string;
}

interface SigningKey {
  keyId: number;
  publicKey: string;
  privateKey: string;
  createdAt: string;
}

/** A desk's latest heartbeat, as the server keeps it. */
export interface MockDesk {
  slug: string;
  deskId: string;
  deskName: string;
  listId: string;
  online: boolean;
  queued: number;
  lastUploadAt: string | null;
  seenAt: string;
}

export interface CheckInState {
  now: Date;
  desks: MockDesk[];
  ticketing: Map<string, DemoTicketing>;
  key: Promise<SigningKey>;
  scans: (Scan & { slug: string })[];
  admissions: MockAdmission[];
}

const states = new WeakMap<MockStore, CheckInState>();

export function getCheckInState(store: MockStore): CheckInState {
  let state = states.get(store);
  if (!state) {
    const now = new Date(MOCK_CHECK_IN_NOW);
    state = {
      now,
      desks: [],
      ticketing: new Map(store.editions.map((e) => [e.conference.slug, demoTicketing(e)])),
      // A key per mock store, made once: like the server's, never derived from public data.
      key: generateSigningKeyPair().then((pair) => ({ keyId: 1, ...pair, createdAt: toInstant(now) })),
      scans: [],
      admissions: [],
    };
    states.set(store, state);
  }
  return state;
}

/** The signed QR content of a demo ticket, as its holder's link shows it (for tests). */
export async function mockTicketQr(slug: string, ticketId: string): Promise<string> {
  const state = getCheckInState(getMockStore());
  const ticketing = state.ticketing.get(slug);
  const ticket = ticketing?.tickets.find((t) => t.id === ticketId);
  const type = ticketing?.ticketTypes.find((t) => t.id === ticket?.typeId);
  if (!ticket || !type) throw new Error(`No mock ticket ${ticketId}`);
  const key = await state.key;
  return signTicketQr(
    { keyId: key.keyId, ticketId: ticket.id, typeNumber: type.number, validDays: type.validDays },
    await importPrivateKey(key.privateKey),
    slug,
  );
}

/** Puts a desk's heartbeat in the mock server, e.g. one last heard from minutes ago (for tests). */
export function seedMockDesk(desk: MockDesk): void {
  const state = getCheckInState(getMockStore());
  state.desks = [...state.desks.filter((d) => !(d.slug === desk.slug && d.deskId === desk.deskId)), desk];
}

export function withClock(response: Response, state: CheckInState): Response {
  response.headers.set('lanyard-now', state.now.toISOString());
  return response;
}

type Role = 'checkin' | 'organizer';

/** The server's guards: a conference with tickets, and a user with the role (organizers pass every desk check). */
export function context(params: Record<string, string | readonly string[] | undefined>, role?: Role) {
  const store = getMockStore();
  const slug = readParam(slugSchema, params.slug);
  const edition = slug ? findEdition(store, slug) : undefined;
  if (!slug || !edition) return { error: problemResponse('conference_not_found') } as const;
  const user = currentUser(store);
  if (role) {
    if (!user) return { error: problemResponse('unauthenticated') } as const;
    if (!user.roles.includes(role) && !user.roles.includes('organizer')) {
      return { error: problemResponse('forbidden') } as const;
    }
  }
  const state = getCheckInState(store);
  const ticketing = state.ticketing.get(slug)!;
  return { store, slug, edition, user, state, ticketing } as const;
}

export function toTicket(
  t: DemoTicketing['tickets'][number],
  showSecret: boolean,
  createdAt: string,
): Ticket {
  return { ...t, secret: showSecret ? t.secret : null, createdAt };
}

const FAILED = verdictCodes.filter((c) => !admits(c));

export const checkInHandlers = [
  http.get(apiRoutes.ticketTypes, ({ params }) => {
    const c = context(params);
    if ('error' in c) return c.error;
    return withClock(respond(ticketTypeListSchema, { ticketTypes: c.ticketing.ticketTypes }), c.state);
  }),

  http.get(apiRoutes.tickets, ({ params, request }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const search = readQuery(request, ticketSearchSchema);
    if (!search.ok) return search.response;
    const isOrganizer = c.user!.roles.includes('organizer');
    if (!isOrganizer && search.data.q === undefined) {
      return problemResponse('validation_failed', 'Search by name, email or order code.', {
        q: ['Type at least 3 characters'],
      });
    }
    const needle = search.data.q?.toLowerCase();
    const matches = c.ticketing.tickets
      .filter((t) => !search.data.status || t.status === search.data.status)
      .filter(
        (t) =>
          !needle ||
          [t.holderName, t.email, t.orderCode].some((field) => field.toLowerCase().includes(needle)),
      );
    const page = matches.slice(search.data.offset, search.data.offset + search.data.limit);
    const createdAt = toInstant(c.state.now);
    return withClock(
      respond(ticketListSchema, {
        tickets: page.map((t) => toTicket(t, isOrganizer, createdAt)),
        total: matches.length,
      }),
      c.state,
    );
  }),

  http.get(apiRoutes.holderTicket, async ({ params }) => {
    const c = context(params);
    if ('error' in c) return c.error;
    const secret = ticketSecretSchema.safeParse(params.secret);
    const ticket = secret.success ? c.ticketing.tickets.find((t) => t.secret === secret.data) : undefined;
    if (!ticket) return problemResponse('ticket_not_found');
    const type = c.ticketing.ticketTypes.find((t) => t.id === ticket.typeId)!;
    return withClock(
      respond(holderTicketSchema, {
        id: ticket.id,
        conferenceSlug: c.slug,
        conferenceName: c.edition.conference.name,
        holderName: ticket.holderName,
        typeName: type.name,
        validDays: type.validDays,
        status: ticket.status,
        qr: await mockTicketQr(c.slug, ticket.id),
      }),
      c.state,
    );
  }),

  http.get(apiRoutes.checkInKeys, async ({ params }) => {
    const c = context(params);
    if ('error' in c) return c.error;
    const key = await c.state.key;
    return withClock(
      respond(signingKeyListSchema, {
        keys: [
          {
            keyId: key.keyId,
            publicKey: key.publicKey,
            createdAt: key.createdAt,
            active: true,
            revokedAt: null,
          },
        ],
      }),
      c.state,
    );
  }),

  http.get(apiRoutes.checkInRevocations, ({ params, request }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const query = readQuery(request, revocationQuerySchema);
    if (!query.ok) return query.response;
    // Demo tickets never change in the mock, so a later `since` has nothing new.
    const entries = query.data.since
      ? []
      : c.ticketing.tickets
          .filter((t) => t.status !== 'valid' || t.note !== null)
          .map((t) => ({
            ticketId: t.id,
            status: t.status,
            note: t.note,
            changedAt: toInstant(c.state.now),
          }));
    return withClock(respond(revocationListSchema, { entries, asOf: toInstant(c.state.now) }), c.state);
  }),

  http.get(apiRoutes.checkInLists, ({ params }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    return withClock(respond(checkInListListSchema, { lists: c.ticketing.lists }), c.state);
  }),

  http.post(apiRoutes.scans, async ({ params, request }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, scanRequestSchema);
    if (!body.ok) return body.response;
    const input = body.data;
    const list = c.ticketing.lists.find((l) => l.id === input.listId);
    if (!list) return problemResponse('check_in_list_not_found');
    if (input.direction === 'exit' && !list.countsExits) return problemResponse('exits_not_counted');
    const { state, slug } = c;
    const earlier = state.scans.find((s) => s.slug === slug && s.clientNonce === input.clientNonce);
    const resultOf = (scan: Scan, verdict: Verdict, replayed: boolean) => {
      const ticket = c.ticketing.tickets.find((t) => t.id === scan.ticketId);
      const type = c.ticketing.ticketTypes.find((t) => t.id === ticket?.typeId);
      return respond(
        scanResultSchema,
        {
          scan,
          verdict,
          ticket:
            ticket && type
              ? {
                  id: ticket.id,
                  holderName: ticket.holderName,
                  company: ticket.company,
                  typeId: type.id,
                  typeName: type.name,
                  status: ticket.status,
                }
              : null,
          replayed,
        },
        { status: replayed ? 200 : 201 },
      );
    };
    if (earlier) {
      const { slug: _slug, ...scan } = earlier;
      return withClock(resultOf(scan, { code: scan.verdict, previous: null, note: null }, true), state);
    }

    const uploadedAt = toInstant(state.now);
    const claimed = input.offline && input.scannedAt ? toInstant(new Date(input.scannedAt)) : uploadedAt;
    const scannedAt = claimed < uploadedAt ? claimed : uploadedAt;
    const day = conferenceDayOf(new Date(scannedAt), c.edition.conference.timeZone);
    let ticketId: string | null = input.ticketId ?? null;
    if (input.qr) {
      const key = await state.key;
      const reading = await verifyTicketQr(input.qr, slug, async (id) =>
        id === key.keyId ? importPublicKey(key.publicKey) : undefined,
      );
      ticketId = reading.ok ? reading.claims.ticketId : null;
    }
    const ticket = c.ticketing.tickets.find((t) => t.id === ticketId);
    const type = c.ticketing.ticketTypes.find((t) => t.id === ticket?.typeId);
    const latest = ticket
      ? state.admissions
          .filter((a) => a.ticketId === ticket.id && a.listId === list.id && a.day === day)
          .at(-1)
      : undefined;
    const verdict = decideVerdict({
      ticket:
        ticket && type
          ? { typeId: type.id, validDays: type.validDays, status: ticket.status, note: ticket.note }
          : null,
      keyRevoked: false,
      list,
      day,
      direction: input.direction,
      latest: latest
        ? { at: latest.at, deskId: latest.deskId, deskName: latest.deskName, exitedAt: null }
        : null,
    });
    const scan: Scan = scanSchema.parse({
      id: crypto.randomUUID(),
      ticketId: ticket?.id ?? null,
      listId: list.id,
      deskId: input.deskId,
      deskName: input.deskName,
      direction: input.direction,
      verdict: verdict.code,
      scannedAt,
      uploadedAt,
      clientNonce: input.clientNonce,
      offline: input.offline,
      conflict: !!(input.offline && input.deskVerdict && admits(input.deskVerdict) && !admits(verdict.code)),
      undoneAt: null,
    });
    state.scans.push({ ...scan, slug });
    if (ticket && admits(verdict.code) && input.direction === 'entry') {
      state.admissions.push({
        ticketId: ticket.id,
        listId: list.id,
        day,
        at: scannedAt,
        deskId: input.deskId,
        deskName: input.deskName,
        scanId: scan.id,
      });
    }
    if (admits(verdict.code) || scan.conflict) notifyChange(c.store, slug, 'arrivals', list.id);
    return withClock(resultOf(scan, verdict, false), state);
  }),

  http.get(apiRoutes.scans, ({ params, request }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const filters = readQuery(request, scanListFiltersSchema);
    if (!filters.ok) return filters.response;
    const f = filters.data;
    const scans = c.state.scans
      .filter((s) => s.slug === c.slug)
      .filter((s) => (!f.listId || s.listId === f.listId) && (!f.ticketId || s.ticketId === f.ticketId))
      .filter((s) =>
        f.only === 'failed' ? FAILED.includes(s.verdict) : f.only === 'conflicts' ? s.conflict : true,
      )
      .slice(-f.limit)
      .reverse()
      .map(({ slug: _slug, ...scan }) => scan);
    return withClock(respond(scanListSchema, { scans }), c.state);
  }),

  http.post(apiRoutes.scanUndo, ({ params }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const id = idSchema.safeParse(params.id);
    const scan = id.success ? c.state.scans.find((s) => s.slug === c.slug && s.id === id.data) : undefined;
    if (!scan) return problemResponse('scan_not_found');
    if (scan.undoneAt || scan.direction !== 'entry' || !admits(scan.verdict))
      return problemResponse('scan_not_undoable');
    if (!canUndo(scan.uploadedAt, c.state.now)) return problemResponse('undo_window_passed');
    const index = c.state.admissions.findIndex((a) => a.scanId === scan.id);
    if (index < 0) return problemResponse('scan_not_undoable');
    c.state.admissions.splice(index, 1);
    scan.undoneAt = toInstant(c.state.now);
    notifyChange(c.store, c.slug, 'arrivals', scan.listId);
    const { slug: _slug, ...body } = scan;
    return withClock(respond(scanSchema, body), c.state);
  }),

  http.post(apiRoutes.checkInDesks, async ({ params, request }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const body = await readJsonBody(request, deskHeartbeatSchema);
    if (!body.ok) return body.response;
    if (!c.ticketing.lists.some((l) => l.id === body.data.listId))
      return problemResponse('check_in_list_not_found');
    seedMockDesk({ slug: c.slug, ...body.data, seenAt: toInstant(c.state.now) });
    notifyChange(c.store, c.slug, 'arrivals', 'desks');
    return withClock(new Response(null, { status: 204 }), c.state);
  }),

  http.get(apiRoutes.checkInDesks, ({ params }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const now = c.state.now.getTime();
    const desks = c.state.desks
      .filter((d) => d.slug === c.slug)
      .sort((a, b) => a.deskName.localeCompare(b.deskName))
      .map((d) => ({
        deskId: d.deskId,
        deskName: d.deskName,
        listId: d.listId,
        listName: c.ticketing.lists.find((l) => l.id === d.listId)?.name ?? null,
        state:
          now - Date.parse(d.seenAt) > DESK_SILENT_AFTER_MS
            ? ('silent' as const)
            : d.online
              ? ('online' as const)
              : ('offline' as const),
        queued: d.queued,
        lastUploadAt: d.lastUploadAt,
        lastSeenAt: d.seenAt,
      }));
    return withClock(respond(deskStatusListSchema, { desks, asOf: toInstant(c.state.now) }), c.state);
  }),

  http.get(apiRoutes.checkInArrivals, ({ params, request }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const query = readQuery(request, arrivalSeriesQuerySchema);
    if (!query.ok) return query.response;
    const tz = c.edition.conference.timeZone;
    const days = c.edition.conference.days.map((d) => d.date);
    const today = conferenceDayOf(c.state.now, tz);
    const day = query.data.day ?? (days.includes(today) ? today : (days[0] ?? today));
    const admissions = c.state.admissions.filter(
      (a) => a.day === day && c.ticketing.lists.some((l) => l.id === a.listId),
    );
    return withClock(
      respond(arrivalSeriesSchema, {
        day,
        days,
        bucketMinutes: ARRIVAL_BUCKET_MINUTES,
        lists: c.ticketing.lists.map((l) => ({ listId: l.id, name: l.name })),
        buckets: arrivalBuckets(
          admissions,
          c.ticketing.lists.map((l) => l.id),
          day,
          tz,
        ),
        total: admissions.length,
      }),
      c.state,
    );
  }),

  http.get(apiRoutes.checkInTicketIndex, ({ params }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const types = c.ticketing.ticketTypes.map((t) => t.id);
    const statuses = [...ticketStatuses];
    const rows = [...c.ticketing.tickets]
      .sort((a, b) => a.holderName.localeCompare(b.holderName))
      .map((t): DeskTicketRow => [
        t.id,
        t.holderName,
        t.email,
        t.orderCode,
        Math.max(0, types.indexOf(t.typeId)),
        Math.max(0, statuses.indexOf(t.status)),
        t.note ?? '',
      ]);
    return withClock(
      respond(deskTicketIndexSchema, { types, statuses, rows, asOf: toInstant(c.state.now) }),
      c.state,
    );
  }),

  http.get(apiRoutes.checkInStats, ({ params, request }) => {
    const c = context(params, 'checkin');
    if ('error' in c) return c.error;
    const query = readQuery(request, checkInStatsQuerySchema);
    if (!query.ok) return query.response;
    return withClock(
      respond(checkInStatsSchema, mockStats(c.slug, c.ticketing, c.state, query.data.day)),
      c.state,
    );
  }),
];

/** The server's figures, computed the same way over the mock's admissions. */
function mockStats(slug: string, ticketing: DemoTicketing, state: CheckInState, day?: string): CheckInStats {
  const types = new Map(ticketing.ticketTypes.map((t) => [t.id, t]));
  const validOn = (typeId: string, listDays: string[]) => {
    const days = types.get(typeId)?.validDays ?? [];
    const open = (d: string) => listDays.length === 0 || listDays.includes(d);
    return day ? days.includes(day) && open(day) : days.some(open);
  };
  const expectedTickets = ticketing.tickets.filter((t) => t.status === 'valid' && validOn(t.typeId, []));
  const admissions = state.admissions.filter((a) => !day || a.day === day);
  const admittedIds = new Set(admissions.map((a) => a.ticketId));
  const admitted = ticketing.tickets.filter((t) => admittedIds.has(t.id));
  const tally = (match: (t: DemoTicketing['tickets'][number]) => boolean) => ({
    checkedIn: admitted.filter(match).length,
    expected: expectedTickets.filter(match).length,
  });
  const countries = [...new Set([...expectedTickets, ...admitted].map((t) => t.country ?? ''))].sort();
  const scans = state.scans.filter((s) => s.slug === slug);
  return {
    day: day ?? null,
    conference: tally(() => true),
    lists: ticketing.lists.map((l) => ({
      listId: l.id,
      name: l.name,
      checkedIn: new Set(admissions.filter((a) => a.listId === l.id).map((a) => a.ticketId)).size,
      expected: ticketing.tickets.filter(
        (t) =>
          t.status === 'valid' &&
          (l.ticketTypeIds.length === 0 || l.ticketTypeIds.includes(t.typeId)) &&
          validOn(t.typeId, l.days),
      ).length,
      inside: l.countsExits ? 0 : null,
    })),
    byTicketType: ticketing.ticketTypes.map((ty) => ({
      typeId: ty.id,
      name: ty.name,
      ...tally((t) => t.typeId === ty.id),
    })),
    byCountry: countries.map((country) => ({
      country: country === '' ? null : country,
      ...tally((t) => (t.country ?? '') === country),
    })),
    failedScans: scans.filter((s) => FAILED.includes(s.verdict)).length,
    conflicts: scans.filter((s) => s.conflict).length,
    asOf: toInstant(state.now),
  };
}
