import { screen, within } from '@testing-library/react';
import { conferenceDayOf } from '@shared/time';
import { describe, expect, it } from 'vitest';
import { setServerNow } from '@client/test/arrange';
import { flagship, renderApp, SLUG } from '@client/test/render-app';

const DAY = '2025-10-16';

function sessionsOn(day: string) {
  const { conference, sessions } = flagship();
  return sessions.filter((s) => conferenceDayOf(new Date(s.startsAt), conference.timeZone) === day);
}

describe('schedule', () => {
  it('lists every session of the chosen day, and none of the others', async () => {
    renderApp(`/${SLUG}?day=${DAY}`);
    const expected = sessionsOn(DAY);
    expect(expected.length).toBeGreaterThan(5);
    for (const session of expected) {
      expect(await screen.findByRole('link', { name: session.title })).toBeInTheDocument();
    }
    const other = sessionsOn('2025-10-17')[0]!;
    expect(screen.queryByRole('link', { name: other.title })).not.toBeInTheDocument();
    expect(screen.getByText(`Conference day 1 · ${expected.length} sessions`)).toBeInTheDocument();
  });

  it('shows times in the conference zone, Europe/Paris, and says so', async () => {
    renderApp(`/${SLUG}?day=${DAY}`);
    // The opening starts 10:00 in Strasbourg (08:00 UTC): whatever zone the test machine is in.
    const opening = (await screen.findByRole('link', { name: 'Opening' })).closest('article')!;
    expect(within(opening).getByText(/^10:00\s*–\s*10:\d\d$/)).toBeInTheDocument();
    expect(within(opening).getByText('Ada Byron')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 3, name: '10:00' })).toBeInTheDocument();
    expect(screen.getByTestId('zone-note')).toHaveTextContent(
      'Times in conference time: Europe/Paris, GMT+2',
    );
  });

  it('lists parallel sessions in the room order, as Now & next does, not by title', async () => {
    const { sessions } = flagship();
    const title = (code: string) => sessions.find((s) => s.code === code)!.title;
    renderApp(`/${SLUG}?day=${DAY}`);
    const slot = (await screen.findByRole('heading', { level: 3, name: '11:20' })).closest('li')!;
    const titles = within(slot)
      .getAllByRole('heading', { level: 4 })
      .map((h) => h.textContent);
    // Ada Byron, then Alan Turing: "How the new Swiss…" before "From Healthcare…".
    expect(titles.slice(0, 2)).toEqual([title('KCKEYJ'), title('XTTQ3R')]);
  });

  it('marks the selected day and switches days through links', async () => {
    const { user } = renderApp(`/${SLUG}?day=${DAY}`);
    const days = await screen.findByRole('navigation', { name: 'Conference days' });
    expect(within(days).getByRole('link', { name: /Thu 16 Oct/ })).toHaveAttribute('aria-current', 'page');
    await user.click(within(days).getByRole('link', { name: /Fri 17 Oct/ }));
    const firstOfFriday = sessionsOn('2025-10-17')[0]!;
    expect(await screen.findByRole('link', { name: firstOfFriday.title })).toBeInTheDocument();
    expect(within(days).getByRole('link', { name: /Fri 17 Oct/ })).toHaveAttribute('aria-current', 'page');
  });

  it('opens on the first day when the conference is not running', async () => {
    await setServerNow('2025-09-01T10:00:00Z');
    renderApp(`/${SLUG}`);
    const days = await screen.findByRole('navigation', { name: 'Conference days' });
    expect(within(days).getByRole('link', { name: /Wed 15 Oct/ })).toHaveAttribute('aria-current', 'page');
  });

  it('switches to the device zone on request and says which zone it shows', async () => {
    const { user } = renderApp(`/${SLUG}?day=${DAY}`);
    await user.click(await screen.findByRole('button', { name: 'Show in my time zone' }));
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(screen.getByTestId('zone-note')).toHaveTextContent(`Times in your device’s time: ${zone}`);
    expect(screen.getByRole('button', { name: 'Show in conference time' })).toBeInTheDocument();
  });
});
