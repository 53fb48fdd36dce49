import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getMockStore } from '@mocks/current-store';
import { addMockInvite } from '@mocks/handlers/volunteering';
import { getVolunteerState } from '@mocks/handlers/volunteers';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const membershipOf = (email: string, role: string) => {
  const account = getMockStore().accounts.find((a) => a.email === email);
  return getVolunteerState().memberships.get(account!.id)?.get(role) ?? null;
};

describe('invite page', () => {
  it('lets a new person register, then join the restricted team confirmed', async () => {
    const token = addMockInvite(getMockStore(), { role: 'video-team' });
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
    expect(membershipOf('ines@example.org', 'video-team')).toBe('confirmed');
  });

  it('accepts at once for someone logged in', async () => {
    await loginAs('volunteer@demo.test');
    const token = addMockInvite(getMockStore(), { role: 'video-team' });
    const { user } = renderApp(`/${SLUG}/join/${token}`);
    expect(await screen.findByText(/You are logged in as/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Join the Video team' }));
    await waitFor(() => expect(membershipOf('volunteer@demo.test', 'video-team')).toBe('confirmed'));
  });

  it.each([
    ['expired', { expiresAt: '2025-10-01T00:00:00Z' }, 'This invite link has expired.'],
    ['withdrawn', { revoked: true }, 'The organizers withdrew this invite link.'],
  ])('explains a %s link instead of offering to register', async (_name, fields, message) => {
    const token = addMockInvite(getMockStore(), { role: 'video-team', ...fields });
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
