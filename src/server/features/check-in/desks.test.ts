import { expect, it } from 'vitest';
import {
  arrivalSeriesSchema,
  deskStatusListSchema,
  deskTicketIndexSchema,
  problemSchema,
  type DeskHeartbeat,
} from '@shared/contract';
import { createAccount } from '../auth';
import { DURING_CONFERENCE, describeEachDatabase } from '../../test/harness';
import { requireConference } from '../conferences';
import { listDesks } from './desks';
import { MAIN_ENTRANCE, testDesk } from './test-desk';

/** The server's clock, moved by the tests to let a desk fall silent. */
let now = Date.parse(DURING_CONFERENCE);
const clock = () => new Date(now);

describeEachDatabase(
  'desk heartbeats, arrivals over time and the offline ticket index',
  (server) => {
    const { as, newTicket, scan, base } = testDesk(() => server().client());
    let accounts = 0;

    /** A signed-in account with the given roles (none: an attendee). */
    async function accountWith(roles: ('volunteer' | 'checkin')[]) {
      const email = `desk-test-${++accounts}@example.org`;
      const { deps } = server();
      await createAccount(deps.db, deps.clock, { email, name: 'Someone', password: 'lanyard-demo', roles });
      return as(email);
    }

    const beat = (overrides: Partial<DeskHeartbeat> = {}): DeskHeartbeat => ({
      deskId: 'desk-hb-1',
      deskName: 'Hall A',
      listId: MAIN_ENTRANCE,
      online: true,
      queued: 0,
      lastUploadAt: null,
      ...overrides,
    });

    async function desks(client: Awaited<ReturnType<typeof as>>) {
      const res = await client.get(`${base}/check-in/desks`);
      expect(res.status).toBe(200);
      return deskStatusListSchema.parse(await res.json()).desks;
    }

    it('keeps the latest heartbeat per desk and tells online, offline and silent apart', async () => {
      now = Date.parse(DURING_CONFERENCE);
      const desk = await as('desk@demo.test');
      const organizer = await as('organizer@demo.test');
      expect((await desk.post(`${base}/check-in/desks`, beat())).status).toBe(204);
      expect((await desks(organizer)).find((d) => d.deskId === 'desk-hb-1')).toEqual({
        deskId: 'desk-hb-1',
        deskName: 'Hall A',
        listId: MAIN_ENTRANCE,
        listName: 'Main entrance',
        state: 'online',
        queued: 0,
        lastUploadAt: null,
        lastSeenAt: '2025-10-16T08:30:00Z',
      });

      // The desk lost the server but still reaches us: it says so, with its queue.
      now += 15_000;
      await desk.post(`${base}/check-in/desks`, beat({ online: false, queued: 3 }));
      expect((await desks(organizer)).find((d) => d.deskId === 'desk-hb-1')).toMatchObject({
        state: 'offline',
        queued: 3,
      });

      // Then nothing for 46 s: the dashboard infers it is gone.
      now += 46_000;
      expect((await desks(desk)).find((d) => d.deskId === 'desk-hb-1')).toMatchObject({
        state: 'silent',
        queued: 3,
        lastSeenAt: '2025-10-16T08:30:15Z',
      });

      // Back: the queue drains, and the desk says when it last uploaded.
      await desk.post(
        `${base}/check-in/desks`,
        beat({ online: true, queued: 0, lastUploadAt: '2025-10-16T08:31:01Z' }),
      );
      expect((await desks(organizer)).find((d) => d.deskId === 'desk-hb-1')).toMatchObject({
        state: 'online',
        queued: 0,
        lastUploadAt: '2025-10-16T08:31:01Z',
      });
    });

    it('counts a desk silent after the configured time (LANYARD_DESK_SILENT_SECONDS), 45 s by default', async () => {
      now = Date.parse(DURING_CONFERENCE);
      const { deps } = server();
      const desk = await as('desk@demo.test');
      await desk.post(`${base}/check-in/desks`, beat({ deskId: 'desk-hb-quick' }));
      const conferenceId = (await requireConference(deps.db, 'matrix-conf-2025')).id;
      const stateAfter = async (ms: number, silentAfterMs?: number) => {
        const at = now + ms;
        const list = await listDesks(deps.db, () => new Date(at), conferenceId, silentAfterMs);
        return list.desks.find((d) => d.deskId === 'desk-hb-quick')?.state;
      };
      expect(await stateAfter(21_000, 20_000)).toBe('silent');
      expect(await stateAfter(21_000)).toBe('online');
      expect(await stateAfter(46_000)).toBe('silent');
    });

    it('tells the dashboards through the stream only when something changed', async () => {
      now = Date.parse(DURING_CONFERENCE);
      const { deps } = server();
      const events: string[] = [];
      const unsubscribe = deps.bus.subscribe('matrix-conf-2025', (e) => {
        if (e.topic === 'arrivals') events.push(e.id ?? '');
      });
      try {
        const desk = await as('desk@demo.test');
        await desk.post(`${base}/check-in/desks`, beat({ deskId: 'desk-hb-2' }));
        now += 15_000;
        await desk.post(`${base}/check-in/desks`, beat({ deskId: 'desk-hb-2' }));
        now += 15_000;
        await desk.post(`${base}/check-in/desks`, beat({ deskId: 'desk-hb-2', queued: 1, online: false }));
        await expect.poll(() => events.length).toBe(2);
        expect(events).toEqual(['desks', 'desks']);
      } finally {
        unsubscribe();
      }
    });

    it('refuses heartbeats for an unknown list, malformed ones, and anyone but desks and organizers', async () => {
      const desk = await as('desk@demo.test');
      const unknown = await desk.post(`${base}/check-in/desks`, beat({ listId: 'nope' }));
      expect(unknown.status).toBe(404);
      expect(problemSchema.parse(await unknown.json()).code).toBe('check_in_list_not_found');
      const bad = await desk.post(`${base}/check-in/desks`, { ...beat(), queued: -1 });
      expect(bad.status).toBe(400);
      expect(problemSchema.parse(await bad.json()).code).toBe('validation_failed');

      const anonymous = server().client();
      expect((await anonymous.post(`${base}/check-in/desks`, beat())).status).toBe(401);
      expect((await anonymous.get(`${base}/check-in/desks`)).status).toBe(401);
      const volunteer = await accountWith(['volunteer']);
      const refused = await volunteer.post(`${base}/check-in/desks`, beat());
      expect(refused.status).toBe(403);
      expect(problemSchema.parse(await refused.json()).code).toBe('forbidden');
      expect((await volunteer.get(`${base}/check-in/desks`)).status).toBe(403);
    });

    it('counts admissions per 15 minutes of local time and per list', async () => {
      now = Date.parse('2025-10-16T08:31:00Z');
      const organizer = await as('organizer@demo.test');
      const desk = await as('desk@demo.test');
      const before = arrivalSeriesSchema.parse(
        await (await desk.get(`${base}/check-in/arrivals?day=2025-10-16`)).json(),
      );
      const at = (start: string) => before.buckets.find((b) => b.start === start)?.count ?? 0;

      const a = await newTicket(organizer);
      const b = await newTicket(organizer);
      expect((await scan(desk, { qr: a.qr })).verdict.code).toBe('ok');
      now = Date.parse('2025-10-16T09:02:00Z');
      expect((await scan(desk, { qr: b.qr })).verdict.code).toBe('ok');
      // A repeat admits nobody and is not counted.
      expect((await scan(desk, { qr: b.qr })).verdict.code).toBe('already_checked_in');

      // Without a day: today's, since the conference is on.
      const res = await desk.get(`${base}/check-in/arrivals`);
      expect(res.status).toBe(200);
      const series = arrivalSeriesSchema.parse(await res.json());
      expect(series.day).toBe('2025-10-16');
      expect(series.days).toContain('2025-10-17');
      expect(series.bucketMinutes).toBe(15);
      const main = series.lists.findIndex((l) => l.listId === MAIN_ENTRANCE);
      const halfPastTen = series.buckets.find((x) => x.start === '10:30')!;
      expect(halfPastTen.startsAt).toBe('2025-10-16T08:30:00Z');
      expect(halfPastTen.count).toBe(at('10:30') + 1);
      expect(halfPastTen.byList[main]).toBeGreaterThanOrEqual(1);
      expect(series.buckets.find((x) => x.start === '11:00')!.count).toBe(at('11:00') + 1);
      expect(series.total).toBe(before.total + 2);
      // Buckets are contiguous, 15 minutes apart.
      for (let i = 1; i < series.buckets.length; i++) {
        const gap = Date.parse(series.buckets[i]!.startsAt) - Date.parse(series.buckets[i - 1]!.startsAt);
        expect(gap).toBe(15 * 60_000);
      }

      const other = arrivalSeriesSchema.parse(
        await (await desk.get(`${base}/check-in/arrivals?day=2025-10-17`)).json(),
      );
      expect(other).toMatchObject({ day: '2025-10-17', total: 0, buckets: [] });
      expect((await desk.get(`${base}/check-in/arrivals?day=16-10-2025`)).status).toBe(400);
      expect((await server().client().get(`${base}/check-in/arrivals`)).status).toBe(401);
      expect((await (await accountWith([])).get(`${base}/check-in/arrivals`)).status).toBe(403);
    });

    it('gives desks and organizers every ticket compactly, and nobody else', async () => {
      const organizer = await as('organizer@demo.test');
      const ticket = await newTicket(organizer, { note: 'Wheelchair user' });
      for (const who of [await as('desk@demo.test'), organizer]) {
        const res = await who.get(`${base}/check-in/ticket-index`);
        expect(res.status).toBe(200);
        expect(res.headers.get('cache-control')).toBe('private, no-store');
        const index = deskTicketIndexSchema.parse(await res.json());
        expect(index.rows.length).toBeGreaterThanOrEqual(300);
        const row = index.rows.find((r) => r[0] === ticket.id)!;
        expect(row.slice(1, 4)).toEqual([ticket.holderName, ticket.email, ticket.orderCode]);
        expect(index.types[row[4]]).toBe(ticket.typeId);
        expect(index.statuses[row[5]]).toBe('valid');
        expect(row[6]).toBe('Wheelchair user');
      }
      expect((await server().client().get(`${base}/check-in/ticket-index`)).status).toBe(401);
      for (const roles of [[], ['volunteer']] as const) {
        const res = await (await accountWith([...roles])).get(`${base}/check-in/ticket-index`);
        expect(res.status).toBe(403);
        expect(problemSchema.parse(await res.json()).code).toBe('forbidden');
      }
      expect((await organizer.get('/api/conferences/no-such-conf/check-in/ticket-index')).status).toBe(404);
    });
  },
  { clock },
);
