import { screen, waitFor, within } from '@testing-library/react';
import { conferenceDayOf } from '@shared/time';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '@mocks/node';
import { flagship, renderApp, SLUG } from '@client/test/render-app';

const DAY = '2025-10-16';

function dayTitles(day: string, keep: (s: ReturnType<typeof flagship>['sessions'][number]) => boolean) {
  const { conference, sessions } = flagship();
  return sessions
    .filter((s) => conferenceDayOf(new Date(s.startsAt), conference.timeZone) === day && keep(s))
    .map((s) => s.title);
}

/** Session titles shown in the day's list, in order. */
function shownTitles() {
  const list = screen.getByRole('region', { name: /Thursday/ });
  return within(list)
    .queryAllByRole('heading', { level: 4 })
    .map((h) => h.textContent);
}

const requests: string[] = [];
const onRequest = ({ request }: { request: Request }) =>
  requests.push(new URL(request.url).pathname + new URL(request.url).search);

describe('schedule filters and search', () => {
  afterEach(() => {
    server.events.removeListener('request:start', onRequest);
    requests.length = 0;
  });

  it('filters by track and keeps the filter in the URL', async () => {
    const { user, router } = renderApp(`/${SLUG}?day=${DAY}`);
    await screen.findByRole('link', { name: 'Opening' });
    await user.click(screen.getByText('Filters'));
    await user.click(await screen.findByRole('checkbox', { name: 'Healthcare' }));
    const healthcare = flagship().conference.tracks.find((t) => t.slug === 'healthcare')!;
    const expected = dayTitles(DAY, (s) => s.trackId === healthcare.id);
    expect(expected.length).toBeGreaterThan(2);
    expect(shownTitles()).toEqual(expect.arrayContaining(expected));
    expect(shownTitles()).toHaveLength(expected.length);
    expect(router.state.location.search).toContain('track=healthcare');
    expect(screen.getByText(new RegExp(`${expected.length} of \\d+ sessions`))).toBeInTheDocument();
  });

  it('opens a shared filtered link with the same view', async () => {
    renderApp(`/${SLUG}?day=${DAY}&room=lynn-conway&type=talk`);
    await screen.findByRole('navigation', { name: 'Conference days' });
    const room = flagship().conference.rooms.find((r) => r.slug === 'lynn-conway')!;
    const expected = dayTitles(DAY, (s) => s.roomId === room.id && s.type === 'talk');
    expect(shownTitles()).toHaveLength(expected.length);
    expect(screen.getByRole('combobox', { name: 'Room' })).toHaveValue('lynn-conway');
    expect(screen.getByText('Filters (2 on)')).toBeInTheDocument();
  });

  it('searches titles, speakers and descriptions without asking the server again', async () => {
    const { user, router } = renderApp(`/${SLUG}?day=${DAY}`);
    await screen.findByRole('link', { name: 'Opening' });
    server.events.on('request:start', onRequest);
    await user.type(screen.getByRole('searchbox', { name: 'Search sessions' }), 'healthcare');
    const expected = dayTitles(DAY, (s) =>
      `${s.title} ${s.speakers.map((p) => p.name).join(' ')} ${s.description}`
        .toLowerCase()
        .includes('healthcare'),
    );
    expect(expected.length).toBeGreaterThan(0);
    // The search spans every day; Thursday's matches are under Thursday's heading.
    const results = await screen.findByRole('region', { name: 'Search results, all days' });
    const thursday = within(results).getByRole('region', { name: /Thursday/ });
    expect(within(thursday).queryAllByRole('heading', { level: 4 })).toHaveLength(expected.length);
    // The URL follows once typing pauses (a router navigation per keystroke was too slow).
    await waitFor(() => expect(router.state.location.search).toContain('q=healthcare'));
    // Every keystroke filtered the cached list: no request for sessions reached the API (the
    // app may meanwhile warm other pages' data for offline use; that is not the search).
    expect(requests.filter((r) => r.startsWith('/api/') && /sessions|[?&]q=/.test(r))).toEqual([]);

    // A speaker's name finds their session too.
    await user.clear(screen.getByRole('searchbox', { name: 'Search sessions' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search sessions' }), 'Stürmer');
    expect(await screen.findByRole('link', { name: /Swiss Open Source Law/ })).toBeInTheDocument();
  });

  it('searches every day, with a count per day', async () => {
    const { user } = renderApp(`/${SLUG}?day=${DAY}`);
    await screen.findByRole('link', { name: 'Opening' });
    const { conference, sessions } = flagship();
    // A word in a Friday talk's title, searched from Thursday.
    const friday = sessions.find(
      (s) => conferenceDayOf(new Date(s.startsAt), conference.timeZone) === '2025-10-17',
    )!;
    const word = friday.title.split(' ').sort((a, b) => b.length - a.length)[0]!;
    const perDay = new Map<string, number>();
    for (const s of sessions) {
      if (
        !`${s.title} ${s.speakers.map((p) => p.name).join(' ')} ${s.description}`
          .toLowerCase()
          .includes(word.toLowerCase())
      )
        continue;
      const day = conferenceDayOf(new Date(s.startsAt), conference.timeZone);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    await user.type(screen.getByRole('searchbox', { name: 'Search sessions' }), word);
    const results = await screen.findByRole('region', { name: 'Search results, all days' });
    expect(
      await within(results).findByRole('link', { name: new RegExp(friday.title.slice(0, 20)) }),
    ).toBeInTheDocument();
    const total = [...perDay.values()].reduce((a, b) => a + b, 0);
    expect(within(results).getByText(new RegExp(`^${total} sessions? match`))).toBeInTheDocument();
    const fridayRegion = within(results).getByRole('region', { name: /Friday/ });
    expect(
      within(fridayRegion).getByText(new RegExp(`${perDay.get('2025-10-17')} match`)),
    ).toBeInTheDocument();
  });

  it('says when nothing matches, without asking to clear filters that are not set', async () => {
    const { user } = renderApp(`/${SLUG}?day=${DAY}`);
    await screen.findByRole('link', { name: 'Opening' });
    await user.type(screen.getByRole('searchbox', { name: 'Search sessions' }), 'zzzz-nothing');
    expect(
      await screen.findByText('No session on any day matches “zzzz-nothing”. Try another word.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/clear the filters/i)).toBeNull();
  });
});
