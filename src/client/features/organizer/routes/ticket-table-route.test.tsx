import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { conferenceIdOf, database } from '@client/test/arrange';
import { onLaptopScreen } from '@client/test/laptop-screen';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const TICKETS = `/${SLUG}/organizer/tickets`;
const LAZY = { timeout: 5000 };

async function statusByName(names: string[]) {
  const db = await database();
  const rows = await db
    .selectFrom('tickets')
    .select(['holder_name', 'status'])
    .where('conference_id', '=', await conferenceIdOf())
    .where('holder_name', 'in', names)
    .execute();
  return rows.map((r) => r.status);
}

describe('organizer tickets on a laptop', { timeout: 20_000 }, () => {
  // A laptop: the wide table instead of the phone's cards.
  onLaptopScreen();

  it('sorts by a column through the address and selects rows, all shown or some', async () => {
    await loginAs('organizer@demo.test');
    const { user, router } = renderApp(TICKETS);
    const table = await screen.findByRole('table', { name: 'Tickets on this page' }, LAZY);
    const holder = within(table).getByRole('columnheader', { name: /Holder/ });
    expect(holder).toHaveAttribute('aria-sort', 'ascending');
    const firstBefore = within(table).getAllByRole('rowheader')[0]!.textContent;

    await user.click(within(holder).getByRole('button'));
    expect(router.state.location.search).toBe('?dir=desc');
    await waitFor(() => expect(holder).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() =>
      expect(within(table).getAllByRole('rowheader')[0]!.textContent).not.toBe(firstBefore),
    );
    const names = within(table)
      .getAllByRole('rowheader')
      .map((h) => h.textContent!);
    expect([...names].sort().reverse()).toEqual(names);

    const all = screen.getByRole('checkbox', { name: 'Select all shown tickets' });
    await user.click(screen.getByRole('checkbox', { name: `Select ${names[0]}'s ticket` }));
    expect(all).toBePartiallyChecked();
    expect(screen.getByRole('region', { name: 'Selected tickets' })).toHaveTextContent('1 ticket selected');
    await user.click(all);
    expect(all).toBeChecked();
    expect(screen.getByRole('region', { name: 'Selected tickets' })).toHaveTextContent(
      `${names.length} tickets selected`,
    );
    await user.click(all);
    expect(screen.queryByRole('region', { name: 'Selected tickets' })).not.toBeInTheDocument();
  });

  it('cancels two selected tickets after a confirmation naming their holders', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(TICKETS);
    const table = await screen.findByRole('table', { name: 'Tickets on this page' }, LAZY);
    // Rows still valid, so the cancellation shows.
    const rows = within(table)
      .getAllByRole('row')
      .filter((row) => within(row).queryByText('Valid') && within(row).queryByRole('rowheader'));
    const names = rows.slice(0, 2).map((row) => within(row).getByRole('rowheader').textContent!);
    expect(await statusByName(names)).toEqual(['valid', 'valid']);
    for (const name of names)
      await user.click(screen.getByRole('checkbox', { name: `Select ${name}'s ticket` }));

    await user.click(screen.getByRole('button', { name: 'Cancel 2 tickets' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel 2 tickets' });
    expect(dialog).toHaveTextContent(`Cancel 2 tickets: ${names.join(', ')}`);
    // Going back changes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Go back' }));
    expect(await statusByName(names)).toEqual(['valid', 'valid']);

    await user.click(screen.getByRole('button', { name: 'Cancel 2 tickets' }));
    await user.click(
      within(screen.getByRole('alertdialog', { name: 'Cancel 2 tickets' })).getByRole('button', {
        name: 'Cancel 2 tickets',
      }),
    );
    expect(await screen.findByText('2 tickets cancelled.')).toBeInTheDocument();
    expect(await statusByName(names)).toEqual(['cancelled', 'cancelled']);
    expect(screen.queryByRole('region', { name: 'Selected tickets' })).not.toBeInTheDocument();
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('row')
          .filter((row) => names.includes(within(row).queryByRole('rowheader')?.textContent ?? ''))
          .map((row) => within(row).getByText(/Valid|Cancelled/).textContent),
      ).toEqual(['Cancelled', 'Cancelled']),
    );
  });
});
