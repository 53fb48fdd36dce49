import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { apiPaths } from '@shared/contract/paths';
import { asUser, database, setServerNow, userIdOf } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

/** Vera's Friday morning desk shift in the seed. */
const DESK = `${SLUG}.shift.check-in-desk.2025-10-17.0900`;
/** Every sign-off request the server holds, as stored. */
const signoffRequests = async () =>
  (await database())
    .selectFrom('signoff_requests')
    .innerJoin('users', 'users.id', 'signoff_requests.user_id')
    .select(['signoff_requests.shift_id as shiftId', 'users.email', 'reason', 'status'])
    .execute();

describe('asking the coordinator to sign off', () => {
  it('sends a reason after the deadline, checked by the shared schema, and shows it pending', async () => {
    // Friday 07:00 in Strasbourg: the desk shift's sign-off closed at 06:00.
    await setServerNow('2025-10-17T05:00:00Z');
    await loginAs('volunteer@demo.test');
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

    expect(await signoffRequests()).toEqual([
      {
        shiftId: DESK,
        email: 'volunteer@demo.test',
        reason: 'My train is cancelled',
        status: 'pending',
      },
    ]);
  });

  it('shows the server’s refusal', async () => {
    await setServerNow('2025-10-17T05:00:00Z');
    await loginAs('volunteer@demo.test');
    const { user } = renderApp(`/${SLUG}/volunteer/mine`);
    const desk = await screen.findByRole(
      'article',
      { name: /^Check-in desk, Entrance, Fri 17 Oct 09:00/ },
      { timeout: 5000 },
    );
    await user.click(within(desk).getByRole('button', { name: 'Ask Olivia Organizer to sign me off' }));
    await user.type(within(desk).getByLabelText('Why can you not make it?'), 'Family emergency');
    // Meanwhile a coordinator took them off the shift: the server refuses.
    const organizer = await asUser('organizer@demo.test');
    const off = await organizer.request(
      apiPaths.shiftRosterEntry(SLUG, DESK, await userIdOf('volunteer@demo.test')),
      { method: 'DELETE' },
    );
    expect(off.ok).toBe(true);
    await user.click(within(desk).getByRole('button', { name: 'Send request' }));
    // The app's sentence for not_signed_up, the same as on the shift cards (it was the server's English).
    expect(await within(desk).findByRole('alert')).toHaveTextContent('You are not on this shift (any more).');
  });
});
