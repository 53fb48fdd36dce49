import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import {
  checkInListSchema,
  checkInStatsSchema,
  problemSchema,
  scanListSchema,
  scanSchema,
  type VerdictCode,
} from '@shared/contract';
import {
  fromBase64url,
  generateSigningKeyPair,
  importPrivateKey,
  signTicketQr,
  toBase64url,
} from '@shared/tickets';
import { createAccount } from '../auth';
import { describeEachDatabase } from '../../test/harness';
import { MAIN_ENTRANCE, SLUG, testDesk, typeId } from './test-desk';

describeEachDatabase('scanning tickets', (server) => {
  const { as, newTicket, scan, scanRaw, base } = testDesk(() => server().client());

  async function staff() {
    return { organizer: await as('organizer@demo.test'), desk: await as('desk@demo.test') };
  }

  /** A desk account of its own, logged in: the unknown-code limit is kept per account. */
  async function deskAccount(email: string) {
    const { deps } = server();
    await createAccount(deps.db, deps.clock, {
      email,
      name: email,
      password: 'lanyard-demo',
      roles: ['checkin'],
    });
    return as(email);
  }

  async function listOf(body: Record<string, unknown>) {
    const { organizer } = await staff();
    const res = await organizer.post(`${base}/check-in/lists`, { name: 'Side door', ...body });
    expect(res.status).toBe(201);
    return checkInListSchema.parse(await res.json());
  }

  it('admits a valid ticket with its holder, then says where and when it came in', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer);
    const first = await scan(desk, { qr: ticket.qr, deskId: 'desk-2', deskName: 'Desk 2' });
    expect(first.verdict).toEqual({ code: 'ok', previous: null, note: null });
    expect(first.ticket).toMatchObject({
      id: ticket.id,
      holderName: ticket.holderName,
      typeName: 'Conference pass',
    });
    expect(first.scan).toMatchObject({
      ticketId: ticket.id,
      verdict: 'ok',
      scannedAt: '2025-10-16T08:30:00Z',
    });

    const again = await scan(desk, { qr: ticket.qr });
    expect(again.verdict).toEqual({
      code: 'already_checked_in',
      previous: { at: '2025-10-16T08:30:00Z', deskId: 'desk-2', deskName: 'Desk 2' },
      note: null,
    });
  });

  it('admits by ticket id, as from a name search', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer);
    expect((await scan(desk, { ticketId: ticket.id })).verdict.code).toBe('ok');
  });

  const refusals: [VerdictCode, () => Promise<{ qr: string; listId?: string }>][] = [
    [
      'unknown_or_forged',
      async () => {
        // A valid-looking code for a real ticket, signed by a key that is not the conference's.
        const ticket = await newTicket(await as('organizer@demo.test'));
        const forger = await importPrivateKey((await generateSigningKeyPair()).privateKey);
        const qr = await signTicketQr(
          { keyId: 1, ticketId: ticket.id, typeNumber: 1, validDays: ['2025-10-16'] },
          forger,
          SLUG,
        );
        return { qr };
      },
    ],
    [
      'wrong_ticket_type',
      async () => {
        const list = await listOf({ ticketTypeIds: [typeId('workshop-day')] });
        return { qr: (await newTicket(await as('organizer@demo.test'))).qr, listId: list.id };
      },
    ],
    [
      'wrong_day',
      async () => {
        const list = await listOf({ days: ['2025-10-17'] });
        return { qr: (await newTicket(await as('organizer@demo.test'))).qr, listId: list.id };
      },
    ],
    [
      'not_valid_yet',
      async () => ({
        qr: (await newTicket(await as('organizer@demo.test'), { typeId: typeId('workshop-day') })).qr,
      }),
    ],
    [
      'expired',
      async () => ({
        qr: (await newTicket(await as('organizer@demo.test'), { typeId: typeId('barcamp-day') })).qr,
      }),
    ],
    ['cancelled', () => changed({ status: 'cancelled' })],
    ['blocked', () => changed({ status: 'blocked' })],
  ];

  async function changed(update: Record<string, unknown>) {
    const organizer = await as('organizer@demo.test');
    const ticket = await newTicket(organizer);
    expect(
      (await organizer.request(`${base}/tickets/by-id/${ticket.id}`, { method: 'PATCH', json: update }))
        .status,
    ).toBe(200);
    return { qr: ticket.qr };
  }

  it.each(refusals)('refuses with %s, and records the refusal', async (code, make) => {
    const { desk } = await staff();
    const { qr, listId } = await make();
    const result = await scan(desk, { qr, ...(listId ? { listId } : {}) });
    expect(result.verdict.code).toBe(code);
    const recorded = scanListSchema.parse(
      await (await desk.get(`${base}/scans?only=failed&limit=500`)).json(),
    );
    expect(recorded.scans.map((s) => s.id)).toContain(result.scan.id);
  });

  it('refuses a tampered code', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer, { typeId: typeId('barcamp-day') });
    const bytes = fromBase64url(ticket.qr)!;
    bytes[11] = 1; // claim a conference pass instead of a barcamp day
    const result = await scan(desk, { qr: toBase64url(bytes) });
    expect(result.verdict.code).toBe('unknown_or_forged');
    expect(result.ticket).toBeNull();
  });

  it.each(['not a ticket', 'x'.repeat(512), 'AQ'])('refuses garbage %#', async (qr) => {
    const { desk } = await staff();
    expect((await scan(desk, { qr })).verdict.code).toBe('unknown_or_forged');
  });

  it('asks to read the note out, admits, and refuses the second time', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer, { note: 'Collect the speaker gift' });
    expect((await scan(desk, { qr: ticket.qr })).verdict).toEqual({
      code: 'needs_attention',
      previous: null,
      note: 'Collect the speaker gift',
    });
    expect((await scan(desk, { qr: ticket.qr })).verdict.code).toBe('already_checked_in');
  });

  it('records a repeated upload of one nonce once and answers the first verdict', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer);
    const clientNonce = randomUUID();
    const first = await scan(desk, { qr: ticket.qr, clientNonce });
    const [second, ...racing] = await Promise.all(
      Array.from({ length: 6 }, () => scan(desk, { qr: ticket.qr, clientNonce })),
    );
    expect(first.replayed).toBe(false);
    for (const r of [second!, ...racing]) {
      expect(r.replayed).toBe(true);
      expect(r.scan).toEqual(first.scan);
      expect(r.verdict).toEqual(first.verdict);
    }
    const scans = scanListSchema.parse(await (await desk.get(`${base}/scans?ticketId=${ticket.id}`)).json());
    expect(scans.scans).toHaveLength(1);
  });

  it('lets exactly one of 20 desks scanning the same ticket at once admit it', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        scan(desk, { qr: ticket.qr, deskId: `desk-${i}`, deskName: `Desk ${i}` }),
      ),
    );
    const codes = results.map((r) => r.verdict.code);
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(codes.filter((c) => c === 'already_checked_in')).toHaveLength(19);
    const winner = results.find((r) => r.verdict.code === 'ok')!.scan;
    for (const r of results.filter((x) => x.verdict.code !== 'ok')) {
      expect(r.verdict.previous?.deskId).toBe(winner.deskId);
    }
    const scans = scanListSchema.parse(await (await desk.get(`${base}/scans?ticketId=${ticket.id}`)).json());
    expect(scans.scans).toHaveLength(20);
  });

  it('turns a ticket admitted offline at two desks into a recorded conflict', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer);
    const offline = { qr: ticket.qr, offline: true, deskVerdict: 'ok' as const };
    const a = await scan(desk, {
      ...offline,
      deskId: 'a',
      deskName: 'Desk A',
      scannedAt: '2025-10-16T08:10:00Z',
    });
    const b = await scan(desk, {
      ...offline,
      deskId: 'b',
      deskName: 'Desk B',
      scannedAt: '2025-10-16T08:12:00Z',
    });
    expect(a.verdict.code).toBe('ok');
    expect(a.scan).toMatchObject({ conflict: false, offline: true, scannedAt: '2025-10-16T08:10:00Z' });
    expect(b.verdict).toMatchObject({
      code: 'already_checked_in',
      previous: { deskName: 'Desk A', at: '2025-10-16T08:10:00Z' },
    });
    expect(b.scan.conflict).toBe(true);
    const conflicts = scanListSchema.parse(await (await desk.get(`${base}/scans?only=conflicts`)).json());
    expect(conflicts.scans.map((s) => s.id)).toContain(b.scan.id);
  });

  it('dates an offline scan by the desk, but never in the future', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer);
    const res = await scan(desk, { qr: ticket.qr, offline: true, scannedAt: '2025-10-16T09:30:00Z' });
    expect(res.scan.scannedAt).toBe('2025-10-16T08:30:00Z');
    const missing = await scanRaw(desk, { qr: ticket.qr, offline: true });
    expect(missing.status).toBe(400);
  });

  it('undoes an admission, lets the ticket in again, and refuses to undo twice or undo a refusal', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer);
    const admitted = await scan(desk, { qr: ticket.qr });
    const undo = await desk.post(`${base}/scans/${admitted.scan.id}/undo`);
    expect(undo.status).toBe(200);
    expect(scanSchema.parse(await undo.json()).undoneAt).toBe('2025-10-16T08:30:00Z');
    const again = await scan(desk, { qr: ticket.qr });
    expect(again.verdict.code).toBe('ok');

    const twice = await desk.post(`${base}/scans/${admitted.scan.id}/undo`);
    expect(twice.status).toBe(409);
    expect(problemSchema.parse(await twice.json()).code).toBe('scan_not_undoable');
    const refused = await scan(desk, { qr: ticket.qr });
    const undoRefusal = await desk.post(`${base}/scans/${refused.scan.id}/undo`);
    expect(problemSchema.parse(await undoRefusal.json()).code).toBe('scan_not_undoable');
    const unknown = await desk.post(`${base}/scans/${randomUUID()}/undo`);
    expect(problemSchema.parse(await unknown.json()).code).toBe('scan_not_found');
  });

  it('counts exits and lets people back in on a list that allows it', async () => {
    const { organizer, desk } = await staff();
    const list = await listOf({ countsExits: true, allowsReentry: true });
    const ticket = await newTicket(organizer);
    const at = { qr: ticket.qr, listId: list.id };
    expect((await scan(desk, at)).verdict.code).toBe('ok');
    expect((await scan(desk, at)).verdict.code).toBe('already_checked_in');
    expect((await scan(desk, { ...at, direction: 'exit' })).verdict.code).toBe('ok');
    expect((await scan(desk, at)).verdict.code).toBe('ok');
    const stats = checkInStatsSchema.parse(
      await (await desk.get(`${base}/check-in/stats?day=2025-10-16`)).json(),
    );
    expect(stats.lists.find((l) => l.listId === list.id)).toMatchObject({ checkedIn: 1, inside: 1 });

    const noExits = await scanRaw(desk, { qr: ticket.qr, direction: 'exit' });
    expect(noExits.status).toBe(409);
    expect(problemSchema.parse(await noExits.json()).code).toBe('exits_not_counted');
  });

  it('404s an unknown list', async () => {
    const { organizer, desk } = await staff();
    const ticket = await newTicket(organizer);
    const res = await scanRaw(desk, { qr: ticket.qr, listId: 'no-such-list' });
    expect(res.status).toBe(404);
    expect(problemSchema.parse(await res.json()).code).toBe('check_in_list_not_found');
  });

  it('keeps scanning to check-in staff', async () => {
    const { organizer } = await staff();
    const ticket = await newTicket(organizer);
    expect((await scanRaw(server().client(), { qr: ticket.qr })).status).toBe(401);
    const volunteer = await as('volunteer@demo.test');
    const res = await scanRaw(volunteer, { qr: ticket.qr });
    expect(res.status).toBe(403);
    expect(problemSchema.parse(await res.json()).code).toBe('forbidden');
    for (const path of [
      '/check-in/stats',
      '/check-in/lists',
      '/check-in/revocations',
      '/scans',
      '/tickets?q=test',
    ]) {
      expect((await volunteer.get(`${base}${path}`)).status, path).toBe(403);
    }
    expect((await volunteer.post(`${base}/scans/${randomUUID()}/undo`)).status).toBe(403);
  });

  it('rejects malformed scans with the fields named', async () => {
    const { desk } = await staff();
    for (const [body, field] of [
      [{ qr: 'a', ticketId: 'AAAAAAAAAAAA' }, 'qr'],
      [{ qr: undefined }, 'qr'],
      [{ qr: 'a', clientNonce: 'short' }, 'clientNonce'],
      [{ qr: 'a', direction: 'sideways' }, 'direction'],
      [{ qr: 'a', deskVerdict: 'maybe' }, 'deskVerdict'],
    ] as const) {
      const res = await scanRaw(desk, body);
      expect(res.status).toBe(400);
      expect(Object.keys(problemSchema.parse(await res.json()).errors ?? {})).toContain(field);
    }
  });

  it('counts arrivals for the event, per list, by type and country', async () => {
    const { organizer, desk } = await staff();
    const url = `${base}/check-in/stats?day=2025-10-16`;
    const before = checkInStatsSchema.parse(await (await desk.get(url)).json());
    const ticket = await newTicket(organizer, { country: 'PT', typeId: typeId('sponsor') });
    await scan(desk, { qr: ticket.qr });
    const after = checkInStatsSchema.parse(await (await desk.get(url)).json());
    expect(after.conference.checkedIn).toBe(before.conference.checkedIn + 1);
    expect(after.conference.expected).toBe(before.conference.expected + 1);
    const main = (s: typeof after) => s.lists.find((l) => l.listId === MAIN_ENTRANCE)!;
    expect(main(after).checkedIn).toBe(main(before).checkedIn + 1);
    const sponsor = (s: typeof after) => s.byTicketType.find((t) => t.typeId === typeId('sponsor'))!;
    expect(sponsor(after).checkedIn).toBe(sponsor(before).checkedIn + 1);
    const pt = (s: typeof after) => s.byCountry.find((c) => c.country === 'PT')?.checkedIn ?? 0;
    expect(pt(after)).toBe(pt(before) + 1);
    // A barcamp-day ticket is not expected on Thursday.
    const barcamp = after.byTicketType.find((t) => t.typeId === typeId('barcamp-day'))!;
    expect(barcamp.expected).toBe(0);
    const whole = checkInStatsSchema.parse(await (await desk.get(`${base}/check-in/stats`)).json());
    expect(whole.conference.expected).toBeGreaterThan(after.conference.expected);
    expect(whole.day).toBeNull();
  });

  it('stops an account that scans a hundred unknown codes a minute, without touching other desks', async () => {
    const prober = await deskAccount('prober@example.org');
    const answers = [];
    for (let i = 0; i < 101; i++) answers.push((await scanRaw(prober, { qr: `guess-${i}` })).status);
    expect(answers.slice(0, 100).every((s) => s === 201)).toBe(true);
    expect(answers[100]).toBe(429);
    const { organizer, desk } = await staff();
    expect((await scan(desk, { qr: (await newTicket(organizer)).qr })).verdict.code).toBe('ok');
  });

  it('keeps judging valid tickets and name-search check-ins from an account over the unknown-code limit', async () => {
    const flooded = await deskAccount('flooded@example.org');
    for (let i = 0; i < 100; i++) await scanRaw(flooded, { qr: `forged-${i}` });
    const refused = await scanRaw(flooded, { qr: 'forged-once-more' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);

    const { organizer } = await staff();
    const scanned = await newTicket(organizer);
    expect((await scan(flooded, { qr: scanned.qr })).verdict.code).toBe('ok');
    // A second scan of a valid code is judged too (already checked in), not refused.
    expect((await scan(flooded, { qr: scanned.qr })).verdict.code).toBe('already_checked_in');
    const searched = await newTicket(organizer);
    expect((await scan(flooded, { ticketId: searched.id })).verdict.code).toBe('ok');
    // Still limited for codes that verify nothing.
    expect((await scanRaw(flooded, { qr: 'forged-again' })).status).toBe(429);
  });
});
