import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '@shared/contract/paths';
import { asUser, setServerNow, signupOf, takeShift } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const MINE = `/${SLUG}/volunteer/mine`;
/** Vera's Friday morning desk shift in the seed. */
const DESK = `${SLUG}.shift.check-in-desk.2025-10-17.0900`;
const veraOnDesk = async () => (await signupOf(DESK, 'volunteer@demo.test'))?.status;

describe('my shifts', () => {
  it('lists upcoming shifts with a countdown, the coordinator and hours so far', async () => {
    await loginAs('volunteer@demo.test');
    renderApp(MINE);
    const desk = await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ });
    expect(desk).toHaveTextContent(/Starts in 22 h (29|30) min/);
    expect(desk).toHaveTextContent('Coordinator: Olivia Organizer · Ask at the info point in the foyer');
    expect(screen.getByTestId('hours')).toHaveTextContent('2 shifts, 7 h signed up so far · 0 h worked');
  });

  it('leaves a shift after a confirmation, and undo gives the place back', async () => {
    await loginAs('volunteer@demo.test');
    const { user } = renderApp(MINE);
    const desk = await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ });
    await user.click(within(desk).getByRole('button', { name: 'Leave this shift' }));
    // Nothing happens before the confirmation.
    expect(await veraOnDesk()).toBe('confirmed');
    expect(within(desk).getByRole('alertdialog', { name: 'Leave this shift' })).toHaveTextContent(
      'You can leave on your own until Fri 06:00',
    );
    await user.click(within(desk).getByRole('button', { name: 'Yes, leave this shift' }));
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /^Check-in desk, Entrance/ })).not.toBeInTheDocument(),
    );
    expect(await veraOnDesk()).toBeUndefined();
    await waitFor(() => expect(screen.getByTestId('hours')).toHaveTextContent('1 shift, 4 h signed up'));
    const toast = screen.getByText(/^You left Check-in desk/).closest('[role="status"]') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(toast).toHaveTextContent(/^You are back on Check-in desk/));
    expect(await veraOnDesk()).toBe('confirmed');
    expect(
      await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ }),
    ).toBeInTheDocument();
  });

  it('says so when the place was taken before the undo', async () => {
    await loginAs('volunteer@demo.test');
    const { user } = renderApp(MINE);
    const desk = await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ });
    await user.click(within(desk).getByRole('button', { name: 'Leave this shift' }));
    await user.click(within(desk).getByRole('button', { name: 'Yes, leave this shift' }));
    const toast = (await screen.findByText(/^You left Check-in desk/)).closest(
      '[role="status"]',
    ) as HTMLElement;
    // Meanwhile the coordinator cuts the shift to one place and Dario takes it.
    const organizer = await asUser('organizer@demo.test');
    const cut = await organizer.request(apiPaths.shift(SLUG, DESK), {
      method: 'PATCH',
      json: { capacity: 1 },
    });
    expect(cut.ok).toBe(true);
    await takeShift('desk@demo.test', DESK);
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(toast).toHaveTextContent('Someone else took the place'));
  });

  it('after the deadline says why and who to ask instead of offering to sign off', async () => {
    // Friday 07:00 in Strasbourg: the desk shift's sign-off closed at 06:00.
    await setServerNow('2025-10-17T05:00:00Z');
    await loginAs('volunteer@demo.test');
    renderApp(MINE);
    const desk = await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ });
    await waitFor(() =>
      expect(desk).toHaveTextContent(
        'Signing off closed Fri 06:00. Ask Olivia Organizer to take you off, or offer the shift for hand-over.',
      ),
    );
    expect(within(desk).queryByRole('button', { name: 'Leave this shift' })).not.toBeInTheDocument();
    expect(within(desk).getByRole('button', { name: 'Offer for hand-over' })).toBeInTheDocument();
  });

  it('offers a shift for hand-over and another volunteer takes it over', async () => {
    await loginAs('volunteer@demo.test');
    const { user } = renderApp(MINE);
    const desk = await screen.findByRole('article', { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ });
    await user.click(within(desk).getByRole('button', { name: 'Offer for hand-over' }));
    await waitFor(() => expect(desk).toHaveTextContent('it stays yours until someone takes it'));
    expect(await veraOnDesk()).toBe('offered-for-handover');
  });
});
