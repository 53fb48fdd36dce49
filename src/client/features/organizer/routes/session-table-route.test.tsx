import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { onLaptopScreen } from '@client/test/laptop-screen';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const SESSIONS = `/${SLUG}/organizer/sessions`;
const LAZY = { timeout: 5000 };

const titles = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent!);

describe('organizer sessions on a laptop', { timeout: 20_000 }, () => {
  // A laptop: the sortable table instead of the phone's list.
  onLaptopScreen();

  it('sorts by time first, then by the column chosen, the direction kept in the address', async () => {
    await loginAs('organizer@demo.test');
    const { user, router } = renderApp(SESSIONS);
    const table = await screen.findByRole('table', { name: 'Sessions' }, LAZY);
    expect(within(table).getByRole('columnheader', { name: /When/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    );
    const byTime = titles(table);
    expect(byTime.length).toBeGreaterThan(10);

    const title = within(table).getByRole('columnheader', { name: /Title/ });
    await user.click(within(title).getByRole('button'));
    expect(router.state.location.search).toBe('?sort=title');
    await waitFor(() => expect(title).toHaveAttribute('aria-sort', 'ascending'));
    const az = titles(table);
    expect(az).toEqual([...byTime].sort((a, b) => a.localeCompare(b)));
    expect(az).not.toEqual(byTime);

    await user.click(within(title).getByRole('button'));
    expect(router.state.location.search).toBe('?sort=title&dir=desc');
    await waitFor(() => expect(title).toHaveAttribute('aria-sort', 'descending'));
    expect(titles(table)).toEqual([...az].reverse());
    // Each title still leads to the session's edit form.
    expect(within(table).getByRole('link', { name: az[0] })).toHaveAttribute(
      'href',
      expect.stringContaining(`/${SLUG}/organizer/sessions/`),
    );
  });
});
