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
 * Catalogs load on demand so an attendee downloads only their language. German and French
 * are on the way (the reference event's audience expects them); until then they are empty
 * and every key falls back to English.
 */
export const catalogLoaders: Record<Exclude<Locale, 'en'>, () => Promise<Catalog>> = {
  de: () => Promise.resolve({}),
  fr: () => Promise.resolve({}),
};

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
