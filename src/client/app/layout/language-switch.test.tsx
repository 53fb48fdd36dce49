import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@client/i18n';
import { renderApp, SLUG } from '@client/test/render-app';

describe('language switch', () => {
  afterEach(() => setLocale(['en-GB']));

  it('switches the whole shell to German at once and remembers the choice', async () => {
    const { user } = renderApp(`/${SLUG}?day=2025-10-16`);
    await screen.findByRole('link', { name: 'Opening' });
    const menu = screen.getByRole('combobox', { name: 'Language' });
    expect(menu).toHaveValue('en');

    await user.selectOptions(menu, 'Deutsch');
    expect(await screen.findByRole('heading', { level: 1, name: 'Programm' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Bereiche' });
    expect(within(nav).getByRole('link', { name: 'Gemerkt' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Sprache' })).toHaveValue('de');
    expect(screen.getByRole('link', { name: 'Opening' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('de');
    expect(localStorage.getItem('lanyard:locale')).toBe('de');
  });
});
