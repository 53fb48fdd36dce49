import { apiRoutes } from '@shared/contract/paths';
import { demoTicketing } from '@shared/demo/tickets';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { MOCK_NOW, server } from '@mocks/node';
import { checkedIn, database, deskHeard } from '@client/test/arrange';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';
import { useDeskConnection } from '../lib/desk-connection';
import { defaultDeskSettings, useDeskSettings } from '../lib/desk-settings-store';
import { useScanQueue } from '../lib/scan-queue-store';

const MAIN = `${SLUG}.check-in-list.main-entrance`;
const tickets = () => demoTicketing(flagship()).tickets;

beforeEach(() => {
  useDeskSettings.setState({ ...defaultDeskSettings() });
  useScanQueue.setState({ queue: [], admissions: [], setAside: [] });
  useDeskConnection.setState({ offline: false, lastUploadAt: null });
});

async function configuredDesk() {
  useDeskSettings.setState({ deskName: 'Desk 9', listIds: { [SLUG]: MAIN } });
  await loginAs('desk@demo.test');
  return renderApp(`/${SLUG}/check-in`);
}

describe('the desk without the network', () => {
  it('finds a ticket by name in its own copy, marks it offline and queues the check-in', async () => {
    const holder = tickets().find(
      (t) => t.status === 'valid' && !t.note && t.typeId.endsWith('conference-pass'),
    )!;
    const { user } = await configuredDesk();
    await screen.findByText(/Online/);
    // The desk downloaded its copy of the tickets and keeps it on the device.
    await waitFor(() =>
      expect(localStorage.getItem(`lanyard:private:desk-ticket-index:${SLUG}`)).not.toBeNull(),
    );

    server.use(
      http.get(apiRoutes.tickets, () => HttpResponse.error()),
      http.post(apiRoutes.scans, () => HttpResponse.error()),
    );
    useDeskConnection.getState().setOffline(true);
    const search = await screen.findByRole('searchbox', { name: 'Name, email or order code' });
    expect(screen.getByText(/Offline: searching this desk’s copy of \d+ tickets\./)).toBeInTheDocument();
    await user.type(search, holder.holderName.slice(0, 3));
    await user.clear(search);
    await user.type(search, holder.holderName);

    expect(await screen.findByText(/\(offline copy; check-in is queued\)/)).toBeInTheDocument();
    const row = screen.getByRole('button', { name: `Check in ${holder.holderName}` }).closest('li')!;
    expect(within(row).getByText('Offline')).toBeInTheDocument();
    await user.click(within(row).getByRole('button', { name: `Check in ${holder.holderName}` }));

    const verdict = await screen.findByRole('alert');
    expect(verdict).toHaveAttribute('data-verdict', 'ok');
    expect(verdict).toHaveTextContent(holder.holderName);
    expect(verdict).toHaveTextContent('Judged on this desk (offline)');
    expect(useScanQueue.getState().queue).toHaveLength(1);
    expect(useScanQueue.getState().queue[0]!.request).toMatchObject({ ticketId: holder.id, offline: true });
    const db = await database();
    expect(
      await db.selectFrom('scans').selectAll().where('ticket_id', '=', holder.id).execute(),
    ).toHaveLength(0);

    // Its heartbeat still reaches the server here: offline, one scan queued.
    await waitFor(async () =>
      expect(
        await db
          .selectFrom('desk_heartbeats')
          .selectAll()
          .where('desk_name', '=', 'Desk 9')
          .executeTakeFirst(),
      ).toMatchObject({ online: 0, queued: 1 }),
    );
  });

  it('plays no sound until someone turns sounds on, and remembers the choice', async () => {
    const { user } = await configuredDesk();
    const toggle = await screen.findByRole('checkbox', { name: 'Sounds' });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    expect(toggle).toBeChecked();
    expect(useDeskSettings.getState().sounds).toBe(true);
    expect(JSON.parse(localStorage.getItem('lanyard:desk-settings')!).state.sounds).toBe(true);
  });
});

describe('the arrivals dashboard', () => {
  it('shows each desk online, offline or silent with its queue, and admissions per 15 minutes', async () => {
    const now = Date.parse(MOCK_NOW);
    const at = (ms: number) => new Date(now - ms).toISOString().replace('.000Z', 'Z');
    await deskHeard(
      SLUG,
      { deskId: 'a', deskName: 'Hall A', listId: MAIN, online: true, queued: 0, lastUploadAt: null },
      at(5_000),
    );
    await deskHeard(
      SLUG,
      { deskId: 'b', deskName: 'Hall B', listId: MAIN, online: false, queued: 4, lastUploadAt: null },
      at(10_000),
    );
    await deskHeard(
      SLUG,
      { deskId: 'c', deskName: 'Hall C', listId: MAIN, online: true, queued: 2, lastUploadAt: null },
      at(120_000),
    );
    for (const [i, when] of [
      [1, '2025-10-16T07:05:00Z'],
      [2, '2025-10-16T07:10:00Z'],
      [3, '2025-10-16T07:40:00Z'],
    ] as const) {
      await checkedIn(
        SLUG,
        { ticketId: tickets()[i]!.id, listId: MAIN, deskId: 'a', deskName: 'Hall A' },
        when,
      );
    }
    await loginAs('organizer@demo.test');
    const { user } = renderApp(`/${SLUG}/organizer/arrivals`);

    expect(await screen.findByText('1 online · 2 offline · 6 scans queued')).toBeInTheDocument();
    const desk = (name: string) => document.querySelector<HTMLElement>(`[data-desk="${name}"]`)!;
    expect(desk('Hall A')).toHaveTextContent('Online');
    expect(desk('Hall A')).toHaveTextContent('Queued: 0');
    expect(desk('Hall B')).toHaveTextContent('Offline (says so)');
    expect(desk('Hall B')).toHaveTextContent('Queued: 4');
    expect(desk('Hall C')).toHaveTextContent('Offline (no heartbeat)');
    expect(desk('Hall C')).toHaveTextContent('2 minutes ago');

    expect(screen.getByRole('img', { name: /^3 admissions on .*, per 15 minutes$/ })).toBeInTheDocument();
    await user.click(screen.getByText('Admissions per 15 minutes, as a table', { selector: 'summary' }));
    const table = screen.getByRole('table', { name: 'Admissions per 15 minutes, as a table' });
    const rows = within(table).getAllByRole('row');
    // 09:15 is empty but kept, so the bars hold their time scale.
    expect(rows.map((r) => r.textContent)).toEqual([
      'TimeMain entranceTotal',
      '09:0022',
      '09:1500',
      '09:3011',
    ]);
  });
});

describe('scans the server refused', () => {
  it('lists them on the desk with the reason, to try again or discard', async () => {
    const holder = tickets().find((t) => t.status === 'valid')!;
    const request = {
      ticketId: holder.id,
      listId: MAIN,
      deskId: 'desk-9',
      deskName: 'Desk 9',
      direction: 'entry' as const,
      offline: true as const,
      scannedAt: '2025-10-16T08:20:00Z',
      clientNonce: 'nonce-refused-1',
    };
    useScanQueue.setState({
      setAside: [
        {
          slug: SLUG,
          request,
          label: holder.holderName,
          reason: { status: 400, code: 'validation_failed', message: 'The request is not valid' },
          at: '2025-10-16T08:25:00Z',
        },
        {
          slug: SLUG,
          request: {
            ...request,
            ticketId: undefined,
            qr: 'LYD1.forged-code-0123456789',
            clientNonce: 'nonce-refused-2',
          },
          reason: { status: 500, code: 'internal_error', message: 'Something went wrong on the server' },
          at: '2025-10-16T08:26:00Z',
        },
      ],
    });
    const { user } = await configuredDesk();
    const section = await screen.findByRole('region', { name: '2 queued scans the server refused' });
    expect(section).toHaveTextContent(`${holder.holderName} · scanned 10:20`);
    expect(section).toHaveTextContent('The request is not valid (400 validation_failed)');
    expect(section).toHaveTextContent('QR code …23456789');

    await user.click(within(section).getByRole('button', { name: 'Discard QR code …23456789' }));
    expect(screen.getByRole('region', { name: '1 queued scan the server refused' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Try ${holder.holderName} again` }));
    expect(screen.queryByRole('region', { name: /the server refused/ })).not.toBeInTheDocument();
    // Back in the queue, and uploaded from there.
    await waitFor(() => expect(useScanQueue.getState().queue).toEqual([]));
    expect(useScanQueue.getState().setAside).toEqual([]);
  });
});
