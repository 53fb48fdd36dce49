import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@client/i18n';
import { database, setServerNow } from '@client/test/arrange';
import { flagship, renderApp, SLUG } from '@client/test/render-app';

// Thursday 16 October, noon in Strasbourg: the morning's talks are over, the afternoon's to come.
const NOON = '2025-10-16T10:00:00Z';

const withRecording = () =>
  flagship().sessions.filter((s) => s.links.youtube !== null || s.links.mediaCccDe !== null);

function cards() {
  return within(screen.getByRole('main')).queryAllByRole('heading', { level: 2 });
}

async function setLanguage(code: string, language: string) {
  await (await database()).updateTable('sessions').set({ language }).where('code', '=', code).execute();
}

describe('videos page', () => {
  afterEach(() => setLocale(['en-GB']));

  it('lists only recordings of talks that have ended, newest first, each title once', async () => {
    await setServerNow(NOON);
    renderApp(`/${SLUG}/videos`);
    const ended = withRecording()
      .filter((s) => s.endsAt <= NOON)
      .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
    const upcoming = withRecording().filter((s) => s.endsAt > NOON);
    expect(ended.length).toBeGreaterThan(2);
    expect(upcoming.length).toBeGreaterThan(2);

    expect(await screen.findByText(`${ended.length} recordings`)).toBeInTheDocument();
    expect(cards().map((h) => h.textContent)).toEqual(ended.map((s) => s.title));
    for (const s of ended) expect(screen.getAllByText(s.title)).toHaveLength(1);
    for (const s of upcoming) expect(screen.queryByText(s.title)).not.toBeInTheDocument();
  });

  it('folds day and track behind one Filters button that counts what is on', async () => {
    await setServerNow(NOON);
    const { user, router } = renderApp(`/${SLUG}/videos`);
    const filters = await screen.findByRole('button', { name: 'Filters' });
    expect(screen.getByRole('searchbox', { name: 'Search recordings' })).toBeVisible();
    expect(filters).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('combobox', { name: 'Day' })).not.toBeInTheDocument();
    // Every recording here is in English: a language filter would offer one choice.
    await user.click(filters);
    expect(screen.getByRole('combobox', { name: 'Day' })).toBeVisible();
    expect(screen.queryByRole('combobox', { name: 'Spoken language' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Tracks' }), 'Keynote');
    expect(await screen.findByRole('button', { name: 'Filters (1 on)' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    expect(router.state.location.search).toContain('track=keynote');
    const keynote = flagship().conference.tracks.find((t) => t.slug === 'keynote')!;
    const expected = withRecording().filter((s) => s.endsAt <= NOON && s.trackId === keynote.id);
    expect(cards().map((h) => h.textContent)).toEqual(expect.arrayContaining(expected.map((s) => s.title)));
    expect(cards()).toHaveLength(expected.length);
  });

  it('offers the languages the recordings are in, named in the interface language', async () => {
    await setServerNow(NOON);
    const german = withRecording().find((s) => s.endsAt <= NOON)!;
    await setLanguage(german.code, 'de');
    await setLocale(['de']);
    const { user } = renderApp(`/${SLUG}/videos`);
    await user.click(await screen.findByRole('button', { name: 'Filter' }));
    const language = screen.getByRole('combobox', { name: 'Gesprochene Sprache' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Alle Sprachen', 'Deutsch', 'Englisch']);
    await user.selectOptions(language, 'Deutsch');
    await waitFor(() => expect(cards().map((h) => h.textContent)).toEqual([german.title]));
    expect(screen.getByText(/Do\., 16\. Okt\., \d\d:\d\d · Deutsch/)).toBeInTheDocument();
  });

  it('says the language names and the sponsor credit in French, with agreement', async () => {
    await setServerNow(NOON);
    await setLanguage(withRecording().find((s) => s.endsAt <= NOON)!.code, 'de');
    await setLocale(['fr']);
    const { user } = renderApp(`/${SLUG}/videos`);
    expect(await screen.findByText(/^Vidéo sponsorisée par Element\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Filtres' }));
    const language = screen.getByRole('combobox', { name: 'Langue parlée' });
    expect(
      within(language)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Toutes les langues', 'Allemand', 'Anglais']);
  });
});
