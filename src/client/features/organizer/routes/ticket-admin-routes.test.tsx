import type { CheckInListList, TicketType, TicketTypeList } from '@shared/contract';
import { apiPaths, apiRoutes } from '@shared/contract/paths';
import { makeProblem } from '@shared/contract/problem';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoTicketing } from '@shared/demo/tickets';
import { MOCK_NOW, server } from '@mocks/node';
import { asOrganizer, asUser, checkedIn, conferenceIdOf, database, setServerNow } from '@client/test/arrange';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';

const TICKETS = `/${SLUG}/organizer/tickets`;
// Lazy routes load their chunk and data first; a busy test machine needs more than a second.
const LAZY = { timeout: 5000 };
/** The flagship's ticketing as seeded (read-only: what the server holds is read below). */
const seeded = () => demoTicketing(flagship());

/** The flagship's tickets as the server holds them now. */
async function storedTickets() {
  const db = await database();
  return db
    .selectFrom('tickets')
    .select(['id', 'type_id', 'holder_name', 'email', 'country', 'order_code', 'status', 'secret'])
    .where('conference_id', '=', await conferenceIdOf())
    .execute();
}
const ticketCount = async () => (await storedTickets()).length;
const statusOf = async (id: string) => (await storedTickets()).find((t) => t.id === id)?.status;

/** The message tied to a field through aria-describedby, as a screen reader announces it. */
function describedBy(field: HTMLElement): string {
  const ids = field.getAttribute('aria-describedby')?.split(' ') ?? [];
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

function csvFile(rows: string[]) {
  const text = ['Order code;Attendee name;Attendee e-mail;Country;Product', ...rows, ''].join('\n');
  return new File([text], 'tickets.csv', { type: 'text/csv' });
}

// Typing whole forms with user-event takes seconds on a busy machine.
describe('organizer tickets', { timeout: 20_000 }, () => {
  it('reaches the ticket pages from the console', async () => {
    await loginAs('organizer@demo.test');
    const { user, router } = renderApp(`/${SLUG}/organizer`);
    await user.click(await screen.findByRole('link', { name: /^Tickets/ }, LAZY));
    expect(await screen.findByRole('heading', { level: 1, name: 'Tickets' }, LAZY)).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(TICKETS);
    expect(screen.getByRole('status')).toHaveTextContent(`of ${await ticketCount()} tickets`);
  });

  it('checks the new ticket form with the shared schema before sending anything', async () => {
    await loginAs('organizer@demo.test');
    const before = await ticketCount();
    const { user } = renderApp(TICKETS);
    await user.click(await screen.findByRole('button', { name: 'Add a ticket' }, LAZY));
    await user.type(screen.getByLabelText('Email'), 'not-an-email');
    await user.type(screen.getByLabelText('Country'), 'D1');
    await user.click(screen.getByRole('button', { name: 'Add ticket' }));

    const name = screen.getByLabelText('Holder name');
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(name)).toMatch(/\S/);
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(screen.getByLabelText('Country'))).toContain('Use a two-letter country code like DE');
    expect(screen.getByLabelText('Order code')).toHaveAttribute('aria-invalid', 'true');
    expect(await ticketCount()).toBe(before);

    await user.type(name, 'Nia Newcomer');
    await user.clear(screen.getByLabelText('Email'));
    await user.type(screen.getByLabelText('Email'), 'nia@example.org');
    await user.clear(screen.getByLabelText('Country'));
    await user.type(screen.getByLabelText('Country'), 'fr');
    await user.selectOptions(screen.getByLabelText('Ticket type'), 'Speaker');
    await user.type(screen.getByLabelText('Order code'), 'NEW-1');
    await user.click(screen.getByRole('button', { name: 'Add ticket' }));

    expect(await screen.findByText('Ticket added for Nia Newcomer.')).toBeInTheDocument();
    const stored = (await storedTickets()).find((t) => t.holder_name === 'Nia Newcomer')!;
    expect(stored).toMatchObject({ email: 'nia@example.org', country: 'FR', order_code: 'NEW-1' });
    const link = screen.getByRole('link', { name: 'Open the holder page' });
    expect(link).toHaveAttribute('href', `/t/${SLUG}/${stored.secret}`);
  });

  it("shows the server's per-field errors next to the fields", async () => {
    await loginAs('organizer@demo.test');
    server.use(
      http.post(apiRoutes.tickets, () =>
        HttpResponse.json(
          makeProblem('validation_failed', 'Some fields are not valid.', {
            email: ['This address bounced before'],
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
      ),
    );
    const { user } = renderApp(TICKETS);
    await user.click(await screen.findByRole('button', { name: 'Add a ticket' }, LAZY));
    await user.type(screen.getByLabelText('Holder name'), 'Bo Bounce');
    await user.type(screen.getByLabelText('Email'), 'bo@example.org');
    await user.type(screen.getByLabelText('Order code'), 'BOUNCE');
    await user.click(screen.getByRole('button', { name: 'Add ticket' }));
    await waitFor(() =>
      expect(describedBy(screen.getByLabelText('Email'))).toContain('This address bounced before'),
    );
    expect(screen.getByLabelText('Holder name')).not.toHaveAttribute('aria-invalid');
  });

  it('cancels a ticket only after confirmation', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(TICKETS);
    const ticket = seeded().tickets.find((t) => t.status === 'valid')!;
    const holder = ticket.holderName;
    const first = (await screen.findAllByRole('heading', { level: 2, name: holder }, LAZY))[0]!.closest(
      'li',
    )!;
    expect(await statusOf(ticket.id)).toBe('valid');
    await user.click(within(first).getByRole('button', { name: 'Cancel ticket' }));
    const dialog = within(first).getByRole('alertdialog', { name: `Cancel the ticket of ${holder}?` });
    expect(await statusOf(ticket.id)).toBe('valid');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel ticket' }));
    await waitFor(async () => expect(await statusOf(ticket.id)).toBe('cancelled'));
  });

  it("lists a ticket's scans for the organizer", async () => {
    await loginAs('organizer@demo.test');
    const ticket = seeded().tickets.find((t) => t.status === 'valid')!;
    // Desk 1 admitted the holder at 09:42 in Strasbourg, as the desk account at that moment.
    const desk = await asUser('desk@demo.test');
    await setServerNow('2025-10-16T07:42:00.000Z');
    const scan = await desk.request(apiPaths.scans(SLUG), {
      method: 'POST',
      json: {
        ticketId: ticket.id,
        listId: seeded().lists[0]!.id,
        deskId: 'desk-1',
        deskName: 'Desk 1',
        clientNonce: 'nonce-0001',
      },
    });
    expect(scan.ok).toBe(true);
    await setServerNow(MOCK_NOW);
    const { user } = renderApp(TICKETS);
    const card = (
      await screen.findAllByRole('heading', { level: 2, name: ticket.holderName }, LAZY)
    )[0]!.closest('li')!;
    await user.click(within(card).getByRole('button', { name: 'Scans' }));
    expect(
      await within(card).findByText(/16.* 09:42, entry at Main entrance \(Desk 1\): admitted$/),
    ).toBeInTheDocument();
  });

  it('shows every refused CSV row with its row number, then imports a good file', async () => {
    await loginAs('organizer@demo.test');
    const before = await ticketCount();
    const { user } = renderApp(`${TICKETS}/import`);
    const input = await screen.findByLabelText('CSV file', {}, LAZY);
    await user.upload(
      input,
      csvFile(['CSV1;Ada Good;ada@example.org;DE;Conference pass', 'CSV2;;nope;Germany;Gold pass']),
    );

    const table = await screen.findByRole('table', { name: '1 row to fix' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells.map((c) => c.slice(0, 2))).toEqual([
      ['3', 'Country'],
      ['3', 'Email'],
      ['3', 'Holder name'],
      ['3', 'Ticket type'],
    ]);
    expect(screen.getByText('tickets.csv was not imported.')).toBeInTheDocument();
    expect(await ticketCount()).toBe(before);

    await user.upload(input, csvFile(['CSV1;Ada Good;ada@example.org;DE;Conference pass']));
    expect(await screen.findByText('1 new ticket will be created.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(await ticketCount()).toBe(before);
    await user.click(screen.getByRole('button', { name: 'Import 1 ticket' }));
    expect(await screen.findByText('1 ticket created.')).toBeInTheDocument();
    expect(await ticketCount()).toBe(before + 1);
  });

  it('explains why a ticket type with tickets cannot be deleted', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(`/${SLUG}/organizer/ticket-types`);
    const speaker = (await screen.findByRole('heading', { level: 2, name: 'Speaker' }, LAZY)).closest('li')!;
    await user.click(within(speaker).getByRole('button', { name: 'Delete' }));
    await user.click(
      within(within(speaker).getByRole('alertdialog')).getByRole('button', { name: 'Delete' }),
    );
    const refusal = await within(speaker).findByRole('alertdialog', {
      name: '“Speaker” cannot be deleted',
    });
    const count = (await storedTickets()).filter((t) => t.type_id.endsWith('.speaker')).length;
    expect(within(refusal).getByRole('listitem')).toHaveTextContent(`${count} tickets`);
    expect(refusal).toHaveTextContent('Tickets keep their type, even cancelled ones');
    expect(within(refusal).queryByRole('button', { name: /delete/i })).not.toBeInTheDocument();
  });

  it('removes a ticket type from the lists naming it only after a second confirmation', async () => {
    await loginAs('organizer@demo.test');
    const spare = await asOrganizer<TicketType>(apiPaths.ticketTypes(SLUG), {
      method: 'POST',
      json: { slug: 'spare', name: 'Spare', validDays: flagship().conference.days.map((d) => d.date) },
    });
    const first = seeded().ticketTypes[0]!;
    const gate = seeded().lists[0]!;
    await asOrganizer(apiPaths.checkInList(SLUG, gate.id), {
      method: 'PUT',
      json: { ...gate, ticketTypeIds: [spare.id, first.id] },
    });
    const storedTypes = async () =>
      (await asOrganizer<TicketTypeList>(apiPaths.ticketTypes(SLUG))).ticketTypes.map((t) => t.id);
    const storedGate = async () =>
      (await asOrganizer<CheckInListList>(apiPaths.checkInLists(SLUG))).lists.find((l) => l.id === gate.id);
    const { user } = renderApp(`/${SLUG}/organizer/ticket-types`);
    const card = (await screen.findByRole('heading', { level: 2, name: 'Spare' }, LAZY)).closest('li')!;
    await user.click(within(card).getByRole('button', { name: 'Delete' }));
    await user.click(within(within(card).getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    const asked = await within(card).findByRole('alertdialog', { name: '“Spare” is used by check-in lists' });
    expect(within(asked).getByRole('listitem')).toHaveTextContent(`1 check-in list: “${gate.name}”`);
    expect(asked).toHaveTextContent('These check-in lists will stop admitting it');
    expect(await storedTypes()).toContain(spare.id);
    await user.click(within(asked).getByRole('button', { name: 'Remove from lists and delete' }));
    await waitFor(async () => expect(await storedTypes()).not.toContain(spare.id));
    expect((await storedGate())?.ticketTypeIds).toEqual([first.id]);
  });

  it('explains that a check-in list with scans stays', async () => {
    const main = seeded().lists[0]!;
    const [one, two] = seeded().tickets.filter((t) => t.status === 'valid');
    for (const [ticket, at] of [
      [one!, '2025-10-16T07:05:00Z'],
      [two!, '2025-10-16T07:10:00Z'],
    ] as const) {
      await checkedIn(SLUG, { ticketId: ticket.id, listId: main.id, deskId: 'a', deskName: 'Hall A' }, at);
    }
    await loginAs('organizer@demo.test');
    const { user } = renderApp(`/${SLUG}/organizer/check-in-lists`);
    const list = (await screen.findByRole('heading', { level: 2, name: 'Main entrance' }, LAZY)).closest(
      'li',
    )!;
    await user.click(within(list).getByRole('button', { name: 'Delete' }));
    await user.click(within(within(list).getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    const refusal = await within(list).findByRole('alertdialog', { name: /cannot be deleted/ });
    expect(within(refusal).getByRole('listitem')).toHaveTextContent(/^\d+ scans$/);
    expect(refusal).toHaveTextContent('Its scans are the record of who came in');
    expect(
      within(refusal)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Close']);
    expect(
      (await asOrganizer<CheckInListList>(apiPaths.checkInLists(SLUG))).lists.map((l) => l.id),
    ).toContain(main.id);
  });
});
