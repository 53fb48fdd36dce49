import { apiRoutes } from '@shared/contract/paths';
import { demoTicketing } from '@shared/demo/tickets';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { database, ticketQr } from '@client/test/arrange';
import { flagship, loginAs, renderApp, SLUG } from '@client/test/render-app';
import { useDeskConnection } from '../lib/desk-connection';
import { defaultDeskSettings, useDeskSettings } from '../lib/desk-settings-store';
import { useScanQueue } from '../lib/scan-queue-store';

const DESK = `/${SLUG}/check-in`;
const tickets = () => demoTicketing(flagship()).tickets;
/** A conference pass (valid every day, no note). */
const pass = (i: number) => tickets()[i]!;

beforeEach(() => {
  useDeskSettings.setState({ ...defaultDeskSettings() });
  useScanQueue.setState({ queue: [], admissions: [] });
  useDeskConnection.setState({ offline: false });
});

async function configuredDesk() {
  useDeskSettings.setState({
    deskName: 'Desk 1',
    listIds: { [SLUG]: `${SLUG}.check-in-list.main-entrance` },
  });
  await loginAs('desk@demo.test');
  return renderApp(DESK);
}

/** What the server recorded for a ticket, in scan order. */
async function scansOf(ticketId: string) {
  return (await database())
    .selectFrom('scans')
    .selectAll()
    .where('ticket_id', '=', ticketId)
    .orderBy('scanned_at')
    .execute();
}

async function admissionsOf(ticketId: string) {
  return (await database()).selectFrom('admissions').selectAll().where('ticket_id', '=', ticketId).execute();
}

async function verdict() {
  return screen.findByRole('alert');
}

describe('the check-in desk', () => {
  it('asks for the list and the desk name first, then shows the live counts', async () => {
    await loginAs('desk@demo.test');
    const { user } = renderApp(DESK);
    await user.selectOptions(await screen.findByRole('combobox', { name: 'Check-in list' }), 'Main entrance');
    await user.type(screen.getByRole('textbox', { name: 'Desk name' }), 'Desk 7');
    await user.click(screen.getByRole('button', { name: 'Start checking in' }));

    expect(await screen.findByText('Desk 7')).toBeInTheDocument();
    expect(screen.getByText('Dario Desk')).toBeInTheDocument();
    const counts = await screen
      .findByRole('list', { name: 'Checked in today' })
      .catch(() => screen.findByLabelText('Checked in today'));
    expect(within(counts).getByText('Whole conference')).toBeInTheDocument();
    expect(within(counts).getAllByText(/^0 \/ \d+$/).length).toBe(2);
    expect(useDeskSettings.getState()).toMatchObject({ deskName: 'Desk 7' });
  });

  it('admits a code from a keyboard-wedge scanner, then says when it was already checked in', async () => {
    const qr = await ticketQr(SLUG, pass(3).secret);
    const { user } = await configuredDesk();
    await screen.findByRole('status', { name: '' }).catch(() => undefined);
    await screen.findByText(/Online/);

    await user.keyboard(`${qr}{Enter}`);
    const admit = await verdict();
    expect(admit).toHaveAttribute('data-verdict', 'ok');
    expect(within(admit).getByRole('heading', { name: 'Admit' })).toBeInTheDocument();
    expect(admit).toHaveTextContent(pass(3).holderName);
    expect(admit).toHaveTextContent('Conference pass');
    await waitFor(() => expect(screen.getByLabelText('Checked in today')).toHaveTextContent('1 /'));

    await user.keyboard(`${qr}{Enter}`);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveAttribute('data-verdict', 'already_checked_in'),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Already checked in at 10:30 at Desk 1');
  });

  it('refuses a forged code in red words', async () => {
    const qr = await ticketQr(SLUG, pass(4).secret);
    const forged = `${qr.slice(0, 30)}${qr[30] === 'A' ? 'B' : 'A'}${qr.slice(31)}`;
    const { user } = await configuredDesk();
    await screen.findByText(/Online/);
    await user.keyboard(`${forged}{Enter}`);
    const refuse = await verdict();
    expect(refuse).toHaveAttribute('data-verdict', 'unknown_or_forged');
    expect(refuse).toHaveTextContent('Do not admit');
    expect(refuse).toHaveTextContent('Unknown or forged code.');
  });

  it('finds a holder by name and checks them in, reading out their note', async () => {
    const noted = tickets().find(
      (t) => t.note && t.status === 'valid' && t.typeId.endsWith('conference-pass'),
    )!;
    const { user } = await configuredDesk();
    await user.type(await screen.findByRole('searchbox', { name: 'Name, email or order code' }), noted.email);
    await user.click(await screen.findByRole('button', { name: `Check in ${noted.holderName}` }));
    const attention = await verdict();
    expect(attention).toHaveAttribute('data-verdict', 'needs_attention');
    expect(attention).toHaveTextContent('Read the note');
    expect(attention).toHaveTextContent(noted.note!);

    await user.click(within(attention).getByRole('button', { name: 'Undo check-in' }));
    await waitFor(async () => expect(await admissionsOf(noted.id)).toHaveLength(0));
  });

  it('keeps admitting offline, queues the scan and uploads it when the network is back', async () => {
    const qr = await ticketQr(SLUG, pass(5).secret);
    const { user } = await configuredDesk();
    await screen.findByText(/Online/);
    // The desk's copy of the tickets, which names the holder of a code judged offline.
    await waitFor(() =>
      expect(localStorage.getItem(`lanyard:private:desk-ticket-index:${SLUG}`)).not.toBeNull(),
    );
    server.use(http.post(apiRoutes.scans, () => HttpResponse.error()));

    await user.keyboard(`${qr}{Enter}`);
    const admit = await verdict();
    expect(admit).toHaveAttribute('data-verdict', 'ok');
    expect(admit).toHaveTextContent('Judged on this desk (offline)');
    expect(admit).toHaveTextContent(pass(5).holderName);
    expect(screen.getByText(/Offline: this desk judges scans itself. 1 scan queued/)).toBeInTheDocument();

    // The same code again is a repeat, from the desk's own queue.
    await user.keyboard(`${qr}{Enter}`);
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveAttribute('data-verdict', 'already_checked_in'),
    );
    expect(screen.getByText(/2 scans queued/)).toBeInTheDocument();
    expect(await scansOf(pass(5).id)).toHaveLength(0);

    server.resetHandlers();
    window.dispatchEvent(new Event('online'));
    await screen.findByText(/Online: the server judges/);
    await waitFor(async () => expect(await scansOf(pass(5).id)).toHaveLength(2));
    const uploaded = await scansOf(pass(5).id);
    expect(uploaded.map((s) => [s.verdict, Boolean(s.offline), Boolean(s.conflict)])).toEqual([
      ['ok', true, false],
      ['already_checked_in', true, false],
    ]);
    expect(useScanQueue.getState().queue).toHaveLength(0);
    // Uploaded: the last scans stop saying "queued".
    const recent = screen.getByRole('region', { name: 'Last scans' });
    await waitFor(() => expect(recent).not.toHaveTextContent('queued'));
    expect(recent).toHaveTextContent('uploaded');
  });

  it('shows in the name search who is already checked in, with the time and the desk', async () => {
    const holder = pass(6);
    const qr = await ticketQr(SLUG, holder.secret);
    const { user } = await configuredDesk();
    await screen.findByText(/Online/);
    await user.keyboard(`${qr}{Enter}`);
    expect(await verdict()).toHaveAttribute('data-verdict', 'ok');
    await user.type(screen.getByRole('searchbox', { name: 'Name, email or order code' }), holder.email);
    const row = (await screen.findByTestId('already-in')).closest('li')!;
    expect(row).toHaveTextContent(holder.holderName);
    expect(within(row).getByTestId('already-in')).toHaveTextContent(/^Checked in\d{2}:\d{2} · Desk 1$/);
    expect(
      within(row).queryByRole('button', { name: `Check in ${holder.holderName}` }),
    ).not.toBeInTheDocument();
  });

  it('is a full-screen mode: no attendee navigation, the list, day and desk in view, and a way out', async () => {
    configuredDesk();
    await screen.findByText(/Online/);
    expect(screen.queryByRole('navigation', { name: 'Sections' })).not.toBeInTheDocument();
    expect(screen.getByTestId('desk-context')).toHaveTextContent(/Main entrance·Thu 16 Oct·.*Desk 1$/);
    expect(screen.getByRole('link', { name: 'Leave the desk' })).toHaveAttribute('href', `/${SLUG}`);
  });
});
