import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@client/i18n';
import { loginAs, renderApp, SLUG } from '@client/test/render-app';

// The organizer console reads in the language the organizer chose, like the attendee side.
describe('the organizer overview', () => {
  afterEach(async () => {
    await setLocale(['en-GB']);
  });

  async function openOverview(locale: string) {
    await setLocale([locale]);
    await loginAs('organizer@demo.test');
    renderApp(`/${SLUG}/organizer`);
  }

  const sectionLinks = () =>
    within(screen.getByRole('main'))
      .getAllByRole('link')
      .map((a) => a.textContent);

  it('reads in German', async () => {
    await openOverview('de-DE');
    expect(await screen.findByRole('heading', { level: 1, name: 'Orga-Übersicht' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Braucht jetzt Aufmerksamkeit' })).toBeInTheDocument();
    expect(screen.getByText('Programmversion', { selector: 'dt' })).toBeInTheDocument();
    const links = sectionLinks();
    for (const name of [
      'Sessions und Veröffentlichen',
      'Schichten und Rollen',
      'Einlasslisten',
      'Änderungsprotokoll',
    ])
      expect(links.some((text) => text?.startsWith(name))).toBe(true);
    expect(screen.queryByText(/Organizer overview|Sessions and publishing|Needs attention/)).toBeNull();
  });

  it('reads in French', async () => {
    await openOverview('fr-FR');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble de l’organisation' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'À traiter maintenant' })).toBeInTheDocument();
    expect(screen.getByText('Version du programme', { selector: 'dt' })).toBeInTheDocument();
    const links = sectionLinks();
    for (const name of [
      'Sessions et publication',
      'Créneaux et rôles',
      'Listes d’entrée',
      'Journal des modifications',
    ])
      expect(links.some((text) => text?.startsWith(name))).toBe(true);
    expect(screen.queryByText(/Organizer overview|Sessions and publishing|Needs attention/)).toBeNull();
  });
});
