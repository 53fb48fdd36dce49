import { afterEach, describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';
import { enPages } from './en-pages';
import { fr } from './fr';
import {
  chooseLocale,
  chosenLocale,
  getLocale,
  loadPageMessages,
  preferredTags,
  setLocale,
  t,
} from './index';
import { type Catalog, catalogLoaders } from './locales';

type Message = string | { one: string; other: string };
const english: Record<string, Message> = { ...en, ...enPages };
const catalogs: [string, Catalog][] = [
  ['de', de],
  ['fr', fr],
];

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const forms = (message: Message) => (typeof message === 'string' ? { text: message } : message);

describe.each(catalogs)('the %s catalog', (_name, catalog) => {
  const entries = Object.entries(catalog) as [string, Message][];

  it('translates only keys that exist in English', () => {
    expect(entries.map(([key]) => key).filter((key) => !(key in english))).toEqual([]);
  });

  it('keeps every placeholder of the English text, and adds none', () => {
    const mismatches = entries.flatMap(([key, message]) => {
      const source = english[key]!;
      if (typeof source !== typeof message) return [`${key}: plural in one language only`];
      const theirs = forms(source) as Record<string, string>;
      return Object.entries(forms(message)).flatMap(([form, text]) =>
        JSON.stringify(placeholders(text)) === JSON.stringify(placeholders(theirs[form] ?? ''))
          ? []
          : [
              `${key}.${form}: ${placeholders(text).join(',')} vs ${placeholders(theirs[form] ?? '').join(',')}`,
            ],
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('covers the whole first screen (en.ts), so the schedule never mixes languages', () => {
    expect(Object.keys(en).filter((key) => !(key in catalog))).toEqual([]);
  });

  it('leaves no translation empty', () => {
    expect(entries.filter(([, m]) => Object.values(forms(m)).some((text) => text.trim() === ''))).toEqual([]);
  });
});

describe('switching language', () => {
  afterEach(async () => {
    localStorage.clear();
    await setLocale(['en-GB']);
  });

  it('loads a catalog on demand and falls back to English for keys it lacks', async () => {
    expect(await catalogLoaders.de()).toBe(de);
    await setLocale(['de-AT', 'en']);
    await loadPageMessages();
    expect(getLocale()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(t('schedule.title')).toBe('Programm');
    expect(t('schedule.sessionCount', { count: 1 })).toBe('1 Session');
    // Numbers follow the region of the browser's tag (Austria groups with a space).
    expect(t('schedule.sessionCount', { count: 1200 })).toBe(
      `${new Intl.NumberFormat('de-AT').format(1200)} Sessions`,
    );
    expect(t('desk.scanTitle')).toBe('Scannen');
    // A page string the catalog lacks reads in English rather than showing a key.
    const full = catalogLoaders.de;
    try {
      catalogLoaders.de = () => Promise.resolve({ 'schedule.title': 'Programm' });
      await setLocale(['de']);
      expect(t('schedule.title')).toBe('Programm');
      expect(t('desk.scanTitle')).toBe('Scan');
    } finally {
      catalogLoaders.de = full;
    }
  });

  it('uses French plurals: one for 0 and 1', async () => {
    await setLocale(['fr']);
    expect(t('my.count', { count: 0 })).toBe('0 session');
    expect(t('my.count', { count: 1 })).toBe('1 session');
    expect(t('my.count', { count: 2 })).toBe('2 sessions');
  });

  it('remembers the chosen language and lets it beat the browser’s', async () => {
    expect(chosenLocale()).toBeNull();
    let heard = 0;
    const { subscribeLocale } = await import('./index');
    const stop = subscribeLocale(() => heard++);
    await chooseLocale('fr', ['de-DE', 'fr-CA', 'en']);
    stop();
    expect(heard).toBe(1);
    expect(chosenLocale()).toBe('fr');
    expect(getLocale()).toBe('fr');
    expect(t('nav.schedule')).toBe('Programme');
    // The browser's own French tag keeps its regional formats.
    expect(preferredTags(['de-DE', 'fr-CA', 'en'])).toEqual(['fr-CA', 'fr', 'de-DE', 'fr-CA', 'en']);
    localStorage.setItem('lanyard:locale', 'xx');
    expect(chosenLocale()).toBeNull();
  });
});

describe('a catalog that cannot load', () => {
  afterEach(async () => {
    catalogLoaders.de = original;
    await setLocale(['en-GB']);
  });
  const original = catalogLoaders.de;

  it('starts the app in English instead of not at all', async () => {
    catalogLoaders.de = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    await setLocale(['de-DE']);
    expect(getLocale()).toBe('en');
    expect(t('schedule.title')).toBe('Schedule');
  });
});
