import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MOCK_NOW } from '@mocks/node';
import { createInvite, membershipOf, setServerNow, withdrawInvite } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

/** An hour after the test's "now": the server takes no invite that has expired already. */
const IN_AN_HOUR = new Date(Date.parse(MOCK_NOW) + 3_600_000).toISOString();

describe('invite page', () => {
  it('lets a new person register, then join the restricted team confirmed', async () => {
    const { token } = await createInvite({ role: 'video-team' });
    const { user } = renderApp(`/${SLUG}/join/${token}`);
    expect(
      await screen.findByRole('heading', { name: /Join the Video team at/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.getByText(/you are confirmed straight away/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('Name'), 'Ines Invited');
    await user.type(screen.getByLabelText('Email'), 'ines@example.org');
    await user.type(screen.getByLabelText('Password'), 'a-long-enough-password');
    await user.click(screen.getByRole('button', { name: /create account|register|sign up/i }));

    await user.click(await screen.findByRole('button', { name: 'Join the Video team' }));
    expect(
      await screen.findByText('Welcome to the Video team! You are a confirmed member.'),
    ).toBeInTheDocument();
    expect(await membershipOf('ines@example.org', 'video-team')).toBe('confirmed');
  });

  it('accepts at once for someone logged in', async () => {
    await loginAs('volunteer@demo.test');
    expect(await membershipOf('volunteer@demo.test', 'video-team')).toBe('pending');
    const { token } = await createInvite({ role: 'video-team' });
    const { user } = renderApp(`/${SLUG}/join/${token}`);
    expect(await screen.findByText(/You are logged in as/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Join the Video team' }));
    await waitFor(async () =>
      expect(await membershipOf('volunteer@demo.test', 'video-team')).toBe('confirmed'),
    );
  });

  it.each([
    [
      'expired',
      async () => {
        const { token } = await createInvite({ role: 'video-team', expiresAt: IN_AN_HOUR });
        await setServerNow(new Date(Date.parse(IN_AN_HOUR) + 60_000));
        return token;
      },
      'This invite link has expired.',
    ],
    [
      'withdrawn',
      async () => {
        const { id, token } = await createInvite({ role: 'video-team' });
        await withdrawInvite(id);
        return token;
      },
      'The organizers withdrew this invite link.',
    ],
  ])('explains a %s link instead of offering to register', async (_name, arrange, message) => {
    const token = await arrange();
    renderApp(`/${SLUG}/join/${token}`);
    expect(await screen.findByText('This invite link cannot be used')).toBeInTheDocument();
    expect(screen.getByText(new RegExp(message))).toBeInTheDocument();
    expect(screen.queryByLabelText('Password')).not.toBeInTheDocument();
  });

  it('explains an unknown link', async () => {
    renderApp(`/${SLUG}/join/${'q'.repeat(24)}`);
    expect(await screen.findByText(/We do not know this invite link/)).toBeInTheDocument();
  });
});
