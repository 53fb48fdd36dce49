import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MOCK_NOW } from '@mocks/node';
import { briefingCode, membershipOf, setServerNow } from '@client/test/arrange';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

const inMinutes = (m: number) => new Date(Date.parse(MOCK_NOW) + m * 60_000);
/** Vera is a pending member of the restricted video team in the seed. */
const veraVideo = () => membershipOf('volunteer@demo.test', 'video-team');

describe('briefing page', () => {
  it('confirms the pending member who opens the code’s link', async () => {
    await loginAs('volunteer@demo.test');
    expect(await veraVideo()).toBe('pending');
    const token = await briefingCode('video-team');
    renderApp(`/${SLUG}/briefing/${token}`);
    expect(
      await screen.findByText(
        'You are confirmed for the Video team. You can now sign up for its shifts.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
    expect(await veraVideo()).toBe('confirmed');
  });

  it('says so when the code has expired, and leaves the membership pending', async () => {
    await loginAs('volunteer@demo.test');
    // A code is valid two minutes: three minutes later it has expired.
    const token = await briefingCode('video-team');
    await setServerNow(inMinutes(3));
    renderApp(`/${SLUG}/briefing/${token}`);
    expect(
      await screen.findByText(/This briefing code has expired/, {}, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(await veraVideo()).toBe('pending');
  });

  it('asks a logged-out person to log in first', async () => {
    const token = await briefingCode('video-team');
    renderApp(`/${SLUG}/briefing/${token}`);
    const prompt = await screen.findByText(/Log in to confirm that you attended the briefing/);
    expect(within(prompt).getByRole('link', { name: 'Log in' })).toHaveAttribute(
      'href',
      `/login?next=${encodeURIComponent(`/${SLUG}/briefing/${token}`)}`,
    );
  });
});
