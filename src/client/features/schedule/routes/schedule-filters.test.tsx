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
    expect(await screen.findByText(new RegExp(`^.*${expected.length} of \\d+ sessions`))).toBeInTheDocument();
    expect(shownTitles()).toHaveLength(expected.length);
    // The URL follows once typing pauses (a router navigation per keystroke was too slow).
    await waitFor(() => expect(router.state.location.search).toContain('q=healthcare'));
    // Every keystroke filtered the cached list: no request reached the API.
    expect(requests.filter((r) => r.startsWith('/api/'))).toEqual([]);

    // A speaker's name finds their session too.
    await user.clear(screen.getByRole('searchbox', { name: 'Search sessions' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search sessions' }), 'Stürmer');
    expect(await screen.findByRole('link', { name: /Swiss Open Source Law/ })).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    const { user } = renderApp(`/${SLUG}?day=${DAY}`);
    await screen.findByRole('link', { name: 'Opening' });
    await user.type(screen.getByRole('searchbox', { name: 'Search sessions' }), 'zzzz-nothing');
    expect(await screen.findByText(/No session of this day matches/)).toBeInTheDocument();
  });
});
