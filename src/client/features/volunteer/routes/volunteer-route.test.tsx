import { apiRoutes } from '@shared/contract/paths';
import { screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { membershipOf, signupOf, takeShift } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const SHIFTS = `/${SLUG}/volunteer`;
/** Every shift, those the volunteer cannot take too (the list starts with only the takeable ones). */
const ALL_SHIFTS = `${SHIFTS}?available=0`;
const shiftId = (rest: string) => `${SLUG}.shift.${rest}`;

const card = (name: RegExp) => screen.findByRole('article', { name });
const VERA = 'volunteer@demo.test';

/** Holds matching requests until released, then lets the real server answer them. */
function holdRequests(method: 'post' | 'delete', path: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  server.use(
    http[method](path, async () => {
      await released;
    }),
  );
  return release;
}

describe('shifts for me', () => {
  it('explains each verdict in plain words before the volunteer taps', async () => {
    await loginAs('volunteer@demo.test');
    renderApp(ALL_SHIFTS);
    const host = await card(/^Session host, Ada Byron, Fri 17 Oct 10:00/);
    expect(within(host).getByTestId('verdict')).toHaveTextContent(
      /Overlaps your shift Check-in desk 09:00\s?–\s?12:00/,
    );
    expect(within(host).queryByRole('button', { name: 'Take this shift' })).not.toBeInTheDocument();

    const merch = await card(/^Merch desk, Foyer, Fri 17 Oct 10:00/);
    expect(merch).toHaveTextContent('Join the Merch desk role first.');
    expect(within(merch).getByRole('button', { name: 'Join Merch desk' })).toBeInTheDocument();

    const video = await card(/^Video team, Ada Byron, Sat 18 Oct 10:00/);
    expect(video).toHaveTextContent('Needs the Video team briefing');

    const mine = await card(/^Session host, Ada Byron, Fri 17 Oct 14:00/);
    expect(mine).toHaveTextContent('You are on this shift.');
    expect(mine).toHaveTextContent('1 of 1 taken');

    const open = await card(/^Check-in desk, Entrance, Sat 18 Oct 09:00/);
    expect(open).toHaveTextContent('You can take this shift.');
    expect(open).toHaveTextContent('0 of 4 taken');
  });

  it('claims a shift with one tap, showing it before the API answers', async () => {
    await loginAs('volunteer@demo.test');
    const release = holdRequests('post', apiRoutes.shiftSignup);
    const { user } = renderApp(SHIFTS);
    const open = await card(/^Check-in desk, Entrance, Sat 18 Oct 09:00/);
    await user.click(within(open).getByRole('button', { name: 'Take this shift' }));
    expect(open).toHaveTextContent('You are on this shift.');
    expect(open).toHaveTextContent('1 of 4 taken');
    expect(await signupOf(shiftId('check-in-desk.2025-10-18.0900'), VERA)).toBeUndefined();

    release();
    await waitFor(async () =>
      expect((await signupOf(shiftId('check-in-desk.2025-10-18.0900'), VERA))?.status).toBe('confirmed'),
    );
    expect(within(open).queryByRole('alert')).not.toBeInTheDocument();
    expect(open).toHaveTextContent('You are on this shift.');
  });

  it('rolls a refused claim back and says why', async () => {
    await loginAs('volunteer@demo.test');
    const { user } = renderApp(ALL_SHIFTS);
    const open = await card(/^Check-in desk, Entrance, Sat 18 Oct 09:00/);
    // Meanwhile, on another device, Vera took a shift at the same time.
    await takeShift(VERA, shiftId('session-host.2025-10-18.1000.ada-byron'));

    await user.click(within(open).getByRole('button', { name: 'Take this shift' }));
    const alert = await within(open).findByRole('alert');
    expect(alert).toHaveTextContent('This shift overlaps one of your shifts.');
    expect(alert).toHaveTextContent(
      'It overlaps your Session host shift at Ada Byron from Sat 18 Oct 10:00.',
    );
    expect(alert).not.toHaveTextContent('2025-10-18');
    expect(open).toHaveTextContent('0 of 4 taken');
    await waitFor(() =>
      expect(within(open).getByTestId('verdict')).toHaveTextContent(/Overlaps your shift Session host 10:00/),
    );
    expect(await signupOf(shiftId('check-in-desk.2025-10-18.0900'), VERA)).toBeUndefined();
  });

  it('offers the waiting list on a full shift and shows the place in line', async () => {
    const full = shiftId('session-host.2025-10-18.1400.alan-turing');
    // Olivia took its only place.
    await takeShift('organizer@demo.test', full);
    await loginAs('volunteer@demo.test');
    const { user } = renderApp(ALL_SHIFTS);
    const shift = await card(/^Session host, Alan Turing, Sat 18 Oct 14:00/);
    expect(shift).toHaveTextContent('All places are taken; 0 people waiting.');
    await user.click(within(shift).getByRole('button', { name: 'Join the waiting list' }));
    await waitFor(() => expect(shift).toHaveTextContent('You are number 1 on the waiting list.'));
    // A place in line is not a place on the shift: its own badge, never "Yours".
    expect(within(shift).getByTestId('verdict')).toHaveTextContent(/^On the waiting list/);
    expect(shift).not.toHaveTextContent('Yours');
    expect((await signupOf(full, VERA))?.status).toBe('waiting');
  });

  it('joins a role from a shift that needs it', async () => {
    await loginAs('volunteer@demo.test');
    const { user } = renderApp(ALL_SHIFTS);
    const merch = await card(/^Merch desk, Foyer, Sat 18 Oct 10:00/);
    await user.click(within(merch).getByRole('button', { name: 'Join Merch desk' }));
    await waitFor(() => expect(merch).toHaveTextContent('You can take this shift.'));
    expect(await membershipOf(VERA, 'merch-desk')).toBe('confirmed');
  });

  it('filters by role and, from the start, to the shifts the volunteer can take; turning that off is remembered', async () => {
    await loginAs('volunteer@demo.test');
    const { user, unmount } = renderApp(SHIFTS);
    await card(/^Check-in desk, Entrance, Sat 18 Oct 09:00/);
    const only = screen.getByRole('checkbox', { name: 'Only ones I can take' });
    expect(only).toBeChecked();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Session host');
    await waitFor(() =>
      expect(screen.queryByRole('article', { name: /^Check-in desk/ })).not.toBeInTheDocument(),
    );
    expect(
      screen.queryByRole('article', { name: /Session host, Ada Byron, Fri 17 Oct 10:00/ }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('article', { name: /^Session host, Ada Byron, Sat 18 Oct 10:00/ }),
    ).toBeInTheDocument();
    await user.click(only);
    expect(
      await screen.findByRole('article', { name: /Session host, Ada Byron, Fri 17 Oct 10:00/ }),
    ).toBeInTheDocument();
    unmount();
    renderApp(SHIFTS);
    await card(/^Session host, Ada Byron, Fri 17 Oct 10:00/);
    expect(screen.getByRole('checkbox', { name: 'Only ones I can take' })).not.toBeChecked();
    localStorage.removeItem('lanyard:volunteer-only-available');
  });

  it('shows visitors the roles and the registration form', async () => {
    renderApp(SHIFTS);
    expect(await screen.findByRole('heading', { level: 1, name: 'Volunteer' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Video team' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Register as a volunteer' })).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('says the password rule once: as a hint, then as the error instead of beside it', async () => {
    const { user } = renderApp(SHIFTS);
    const form = (await screen.findByRole('heading', { name: 'Register as a volunteer' })).closest(
      'section',
    )!;
    expect(within(form).getByText('At least 10 characters.')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('Name'), 'Short Password');
    await user.type(within(form).getByLabelText('Email'), 'short@example.org');
    await user.type(within(form).getByLabelText('Password'), 'short');
    await user.click(within(form).getByRole('button', { name: 'Create account' }));
    expect(await within(form).findByText(/10 characters/)).toBeInTheDocument();
    expect(within(form).getAllByText(/10 characters/)).toHaveLength(1);
  });
});
