import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getVolunteerState } from '@mocks/handlers/volunteers';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const MINE = `/${SLUG}/volunteer/mine`;
const DESK = `${SLUG}.shift.check-in-desk.2025-10-17.0900`;

describe('my shifts', () => {
  it('lists upcoming shifts with a countdown, the coordinator and hours so far', async () => {
    loginAs('volunteer@demo.test');
    renderApp(MINE);
    const desk = await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ });
    expect(desk).toHaveTextContent(/Starts in 22 h (29|30) min/);
    expect(desk).toHaveTextContent('Coordinator: Olivia Organizer · Ask at the info point in the foyer');
    expect(screen.getByTestId('hours')).toHaveTextContent('2 shifts, 7 h signed up so far · 0 h worked');
  });

  it('signs off before the deadline', async () => {
    loginAs('volunteer@demo.test');
    const { user } = renderApp(MINE);
    const desk = await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ });
    await user.click(within(desk).getByRole('button', { name: 'Sign off' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /^Check-in desk, Entrance/ })).not.toBeInTheDocument(),
    );
    expect(getVolunteerState().signups.some((s) => s.shiftId === DESK)).toBe(false);
    await waitFor(() => expect(screen.getByTestId('hours')).toHaveTextContent('1 shift, 4 h signed up'));
  });

  it('after the deadline says why and who to ask instead of offering to sign off', async () => {
    // Friday 07:00 in Strasbourg: the desk shift's sign-off closed at 06:00.
    getVolunteerState().now = new Date('2025-10-17T05:00:00Z');
    loginAs('volunteer@demo.test');
    renderApp(MINE);
    const desk = await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ });
    await waitFor(() =>
      expect(desk).toHaveTextContent(
        'Signing off closed Fri 06:00. Ask Olivia Organizer to take you off, or offer the shift for hand-over.',
      ),
    );
    expect(within(desk).queryByRole('button', { name: 'Sign off' })).not.toBeInTheDocument();
    expect(within(desk).getByRole('button', { name: 'Offer for hand-over' })).toBeInTheDocument();
  });

  it('offers a shift for hand-over and another volunteer takes it over', async () => {
    loginAs('volunteer@demo.test');
    const { user } = renderApp(MINE);
    const desk = await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ });
    await user.click(within(desk).getByRole('button', { name: 'Offer for hand-over' }));
    await waitFor(() => expect(desk).toHaveTextContent('it stays yours until someone takes it'));
    expect(getVolunteerState().signups.find((s) => s.shiftId === DESK)?.status).toBe('offered-for-handover');
  });
});
