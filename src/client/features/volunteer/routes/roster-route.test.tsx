import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signupOf } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const ROSTER = `/${SLUG}/volunteer/roster?day=2025-10-17`;

describe('roster', () => {
  it('lists understaffed shifts first and marks a no-show', async () => {
    await loginAs('organizer@demo.test');
    const { user } = renderApp(ROSTER);
    expect(await screen.findByRole('heading', { level: 1, name: 'Roster' })).toBeInTheDocument();
    const cards = await screen.findAllByRole('article');
    expect(cards[0]).toHaveTextContent(/people? short/);
    expect(cards.at(-1)).toHaveTextContent('Fully staffed');

    const host = screen.getByRole('article', { name: /^Session host, Ada Byron, Fri 17 Oct 14:00/ });
    await user.click(within(host).getByRole('button', { name: 'Show 1 person' }));
    const marks = await within(host).findByRole('group', { name: 'Attendance of Vera Volunteer' });
    expect(host).toHaveTextContent('Matrix: @vera:demo.test');
    const noShow = within(marks).getByRole('button', { name: 'No-show' });
    await user.click(noShow);
    expect(noShow).toHaveAttribute('aria-pressed', 'true');
    await waitFor(async () =>
      expect(
        (await signupOf(`${SLUG}.shift.session-host.2025-10-17.1400.ada-byron`, 'volunteer@demo.test'))
          ?.attendance,
      ).toBe('no-show'),
    );
  });

  it('is not for volunteers who coordinate nothing', async () => {
    await loginAs('volunteer@demo.test');
    renderApp(ROSTER);
    expect(await screen.findByRole('heading', { name: 'Staff only' })).toBeInTheDocument();
  });
});
