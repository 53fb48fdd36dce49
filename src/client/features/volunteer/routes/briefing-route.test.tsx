import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getMockStore } from '@mocks/current-store';
import { addMockBriefingCode } from '@mocks/handlers/volunteering';
import { getVolunteerState, MOCK_VOLUNTEER_NOW } from '@mocks/handlers/volunteers';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const inMinutes = (m: number) =>
  new Date(Date.parse(MOCK_VOLUNTEER_NOW) + m * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
const veraVideo = () => {
  const vera = getMockStore().accounts.find((a) => a.email === 'volunteer@demo.test')!;
  return getVolunteerState().memberships.get(vera.id)?.get('video-team');
};

describe('briefing page', () => {
  it('confirms the pending member who opens the code’s link', async () => {
    await loginAs('volunteer@demo.test');
    expect(veraVideo()).toBe('pending');
    const token = addMockBriefingCode(getMockStore(), 'video-team', inMinutes(2));
    renderApp(`/${SLUG}/briefing/${token}`);
    expect(
      await screen.findByText(
        'You are confirmed for the Video team. You can now sign up for its shifts.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(veraVideo()).toBe('confirmed');
  });

  it('says so when the code has expired, and leaves the membership pending', async () => {
    await loginAs('volunteer@demo.test');
    const token = addMockBriefingCode(getMockStore(), 'video-team', inMinutes(-1));
    renderApp(`/${SLUG}/briefing/${token}`);
    expect(
      await screen.findByText(/This briefing code has expired/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(veraVideo()).toBe('pending');
  });

  it('asks a logged-out person to log in first', async () => {
    const token = addMockBriefingCode(getMockStore(), 'video-team', inMinutes(2));
    renderApp(`/${SLUG}/briefing/${token}`);
    const prompt = await screen.findByText(/Log in to confirm that you attended the briefing/);
    expect(within(prompt).getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      `/login?next=${encodeURIComponent(`/${SLUG}/briefing/${token}`)}`,
    );
  });
});
