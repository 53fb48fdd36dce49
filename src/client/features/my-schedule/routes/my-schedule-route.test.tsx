import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useMySchedule } from '@client/features/my-schedule';
import { snapshotOf } from '@client/features/my-schedule/lib/changes';
import { flagship, renderApp, SLUG } from '@client/test/render-app';

describe('my schedule', () => {
  beforeEach(() => useMySchedule.setState({ conferences: {} }));

  it('stars two overlapping sessions from the list and flags the overlap with words', async () => {
    const { user } = renderApp(`/${SLUG}?day=2025-10-16`);
    // 11:20–11:50 in Ada Byron and 11:20–11:40 in Alan Turing.
    await user.click(await screen.findByRole('button', { name: /^Add “How the new Swiss Open Source Law/ }));
    await user.click(screen.getByRole('button', { name: /^Add “From Healthcare to Governments/ }));
    await user.click(screen.getByRole('button', { name: /^Add “Opening” to my schedule/ }));
    expect(screen.getByRole('button', { name: /^Remove “Opening” from my schedule/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await user.click(
      within(screen.getByRole('navigation', { name: 'Sections' })).getByRole('link', { name: 'Starred' }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'My schedule' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: /Thursday, 16 October 2025/ })).toBeInTheDocument();
    const overlaps = screen.getAllByTestId('overlap');
    expect(overlaps).toHaveLength(2);
    // The shorter one is listed first (same start, earlier end); each names the other.
    expect(overlaps[0]).toHaveTextContent(/Overlaps with “How the new Swiss Open Source Law/);
    expect(overlaps[1]).toHaveTextContent(/Overlaps with “From Healthcare to Governments/);
    expect(screen.getByText(/2 overlap others/)).toBeInTheDocument();
    // Opening ends 10:10; the next starred session starts 11:20: a 70-minute gap.
    expect(screen.getByTestId('gap')).toHaveTextContent('Free: 1 h 10 min');
    const ics = screen.getByRole('link', { name: /Download all 3 sessions/ }).getAttribute('href')!;
    expect(ics).toMatch(new RegExp(`^/api/conferences/${SLUG}/schedule\\.ics\\?codes=`));
    expect(new URL(ics, 'http://x').searchParams.get('codes')!.split(',').sort()).toEqual([
      'CL3HJB',
      'KCKEYJ',
      'XTTQ3R',
    ]);
  });

  it('imports a shared selection only after the person confirms', async () => {
    const { user, router } = renderApp(`/${SLUG}/my?codes=8PEMJB,NOPE99`);
    expect(
      await screen.findByRole('heading', { name: 'A shared link suggests 1 session' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Nothing starred yet/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add to my schedule' }));
    expect(await screen.findByRole('link', { name: 'The Matrix State of the Union' })).toBeInTheDocument();
    expect(router.state.location.search).toBe('');
  });
});

describe('my schedule flags what changed since the last look', () => {
  it('marks a starred session that changed, with the notice on this page too', async () => {
    const { conference, sessions } = flagship();
    const seen = snapshotOf(conference.scheduleVersion, sessions);
    // Since the last look the State of the Union (starred) changed; the Opening (not starred) too.
    seen.updatedAt['8PEMJB'] = '2025-01-01T00:00:00Z';
    seen.updatedAt.CL3HJB = '2025-01-01T00:00:00Z';
    useMySchedule.setState({ conferences: { [SLUG]: { starred: ['8PEMJB'], seen } } });

    renderApp(`/${SLUG}/my`);
    const notice = (await screen.findByRole('heading', { name: '1 change since your last look' })).closest(
      'section',
    )!;
    expect(within(notice).getByText(/The Matrix State of the Union/)).toBeInTheDocument();
    const thursday = screen.getByRole('region', { name: /Thursday/ });
    const card = within(thursday)
      .getByRole('link', { name: 'The Matrix State of the Union' })
      .closest('article')!;
    expect(within(card).getByText('Changed')).toBeInTheDocument();
  });
});
