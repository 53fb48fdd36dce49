import { expect, it } from 'vitest';
import { arrivalSeriesSchema, checkInStatsSchema, scanListSchema, type CheckInStats } from '@shared/contract';
import { describeEachDatabase, type TestClient } from '../../test/harness';
import { MAIN_ENTRANCE, testDesk, typeId } from './test-desk';

const DAY = '2025-10-16';

describeEachDatabase('arrival figures', (server) => {
  const { as, newTicket, scan, base } = testDesk(() => server().client());

  async function stats(client: TestClient, day?: string): Promise<CheckInStats> {
    const res = await client.get(`${base}/check-in/stats${day ? `?day=${day}` : ''}`);
    expect(res.status).toBe(200);
    return checkInStatsSchema.parse(await res.json());
  }

  async function ticketCount(status: string) {
    const row = await server()
      .deps.db.selectFrom('tickets')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', status as 'valid')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('gives the desk and the arrivals page the same figures for a day, and says what the denominator leaves out', async () => {
    const organizer = await as('organizer@demo.test');
    const desk = await as('desk@demo.test');
    const admitted = [await newTicket(organizer), await newTicket(organizer, { typeId: typeId('sponsor') })];
    for (const ticket of admitted) expect((await scan(desk, { qr: ticket.qr })).verdict.code).toBe('ok');
    // A day ticket for Wednesday, and a cancelled one: neither is expected on Thursday.
    const otherDay = await newTicket(organizer, { typeId: typeId('barcamp-day') });
    const refused = await scan(desk, { qr: otherDay.qr });
    expect(refused.verdict.code).not.toBe('ok');

    // What the desk reads (its list, today) and what the organizer's page reads (the same day).
    const atDesk = await stats(desk, DAY);
    const onPage = await stats(organizer, DAY);
    expect(onPage).toEqual(atDesk);
    const main = atDesk.lists.find((l) => l.listId === MAIN_ENTRANCE)!;
    // The demo's one list takes every type on every day: its tally is the event's.
    expect(main.expected).toBe(atDesk.conference.expected);
    expect(main.checkedIn).toBe(atDesk.conference.checkedIn);
    expect(atDesk.conference.checkedIn).toBeGreaterThanOrEqual(admitted.length);

    // Every ticket is either expected or named in notExpected.
    const { otherDays, cancelled, blocked } = atDesk.notExpected;
    expect(cancelled).toBe(await ticketCount('cancelled'));
    expect(blocked).toBe(await ticketCount('blocked'));
    expect(atDesk.conference.expected + otherDays).toBe(await ticketCount('valid'));
    const byType = (s: CheckInStats, slug: string) => s.byTicketType.find((t) => t.typeId === typeId(slug))!;
    expect(otherDays).toBe(
      (await stats(organizer)).byTicketType
        .filter((t) => ['barcamp-day', 'workshop-day'].some((slug) => t.typeId === typeId(slug)))
        .reduce((n, t) => n + t.expected, 0),
    );
    expect(byType(atDesk, 'barcamp-day').expected).toBe(0);

    // The chart of that day counts the same admissions (each ticket entered once here).
    const series = arrivalSeriesSchema.parse(
      await (await organizer.get(`${base}/check-in/arrivals?day=${DAY}`)).json(),
    );
    expect(series.total).toBe(atDesk.conference.checkedIn);

    // Over the whole event nothing valid is left out for its days.
    const whole = await stats(organizer);
    expect(whole.notExpected).toEqual({ otherDays: 0, cancelled, blocked });
    expect(whole.conference.expected).toBe(atDesk.conference.expected + otherDays);
  });

  it('names the holder and ticket type of a failed scan, and says nothing for an unknown code', async () => {
    const organizer = await as('organizer@demo.test');
    const desk = await as('desk@demo.test');
    const ticket = await newTicket(organizer, { holderName: 'Grace Hopper', typeId: typeId('barcamp-day') });
    await scan(desk, { qr: ticket.qr });
    await scan(desk, { qr: 'not-a-ticket-at-all' });
    const res = await organizer.get(`${base}/scans?only=failed&limit=500`);
    const { scans } = scanListSchema.parse(await res.json());
    const named = scans.find((s) => s.ticketId === ticket.id);
    expect(named?.ticket).toEqual({ holderName: 'Grace Hopper', typeName: 'Barcamp day' });
    const unknown = scans.find((s) => s.verdict === 'unknown_or_forged');
    expect(unknown?.ticket).toBeNull();
  });
});
