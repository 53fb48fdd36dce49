import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getMockStore } from '@mocks/current-store';
import { listMockSignoffRequests } from '@mocks/handlers/volunteering';
import { getVolunteerState } from '@mocks/handlers/volunteers';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const getVolunteerRequests = () => listMockSignoffRequests(getMockStore());
const DESK = `${SLUG}.shift.check-in-desk.2025-10-17.0900`;

describe('asking the coordinator to sign off', () => {
  it('sends a reason after the deadline, checked by the shared schema, and shows it pending', async () => {
    // Friday 07:00 in Strasbourg: the desk shift's sign-off closed at 06:00.
    getVolunteerState().now = new Date('2025-10-17T05:00:00Z');
    loginAs('volunteer@demo.test');
    const { user } = renderApp(`/${SLUG}/volunteer/mine`);
    const desk = await screen.findByRole(
      'article',
      { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ },
      { timeout: 5000 },
    );
    await user.click(within(desk).getByRole('button', { name: 'Ask Olivia Organizer to sign me off' }));

    // Too short: the shared schema refuses before anything is sent.
    await user.type(within(desk).getByLabelText('Why can you not make it?'), 'no');
    await user.click(within(desk).getByRole('button', { name: 'Send request' }));
    const reason = within(desk).getByLabelText('Why can you not make it?');
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/The coordinator sees this/);

    await user.clear(reason);
    await user.type(reason, 'My train is cancelled');
    await user.click(within(desk).getByRole('button', { name: 'Send request' }));
    expect(await within(desk).findByText(/Waiting for the coordinator’s answer/)).toBeInTheDocument();

    const pending = getVolunteerRequests();
    expect(pending).toEqual([
      expect.objectContaining({ reason: 'My train is cancelled', status: 'pending' }),
    ]);
  });

  it('shows the server’s refusal', async () => {
    getVolunteerState().now = new Date('2025-10-17T05:00:00Z');
    loginAs('volunteer@demo.test');
    const { user } = renderApp(`/${SLUG}/volunteer/mine`);
    const desk = await screen.findByRole(
      'article',
      { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ },
      { timeout: 5000 },
    );
    await user.click(within(desk).getByRole('button', { name: 'Ask Olivia Organizer to sign me off' }));
    await user.type(within(desk).getByLabelText('Why can you not make it?'), 'Family emergency');
    // Meanwhile a coordinator took them off the shift: the server refuses.
    const state = getVolunteerState();
    state.signups = state.signups.filter((x) => x.shiftId !== DESK);
    await user.click(within(desk).getByRole('button', { name: 'Send request' }));
    // The app's sentence for not_signed_up, the same as on the shift cards (it was the server's English).
    expect(await within(desk).findByRole('alert')).toHaveTextContent('You are not on this shift (any more).');
  });
});
