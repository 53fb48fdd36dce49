import type { en } from './en';
import type { enPages } from './en-pages';

export const locales = ['en', 'de', 'fr'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'en';

/** Keys of the first screen (en.ts) and of the pages loaded on demand (en-pages.ts). */
export type MessageKey = keyof typeof en | keyof typeof enPages;
export type PluralMessage = { one: string; other: string };
/** A translation may leave keys out; t() falls back to English for those. */
export type Catalog = Partial<Record<MessageKey, string | PluralMessage>>;

/**
 * Catalogs load on demand so an attendee downloads only their language (English is built in).
 * A key a catalog lacks falls back to English, so pages added later show in English until
 * translated.
 */
export const catalogLoaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  de: () => import('./de').then((m) => m.de),
  fr: () => import('./fr').then((m) => m.fr),
};

/** Each language named in itself, as a language menu shows it. */
export const localeNames: Record<Locale, string> = { en: 'English', de: 'Deutsch', fr: 'Français' };

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

/** Picks the first supported locale from the browser's preferences. */
export function negotiateLocale(preferred: readonly string[]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(base)) return base;
  }
  return defaultLocale;
}
