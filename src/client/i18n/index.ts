import { en } from './en';
import {
  type Catalog,
  catalogLoaders,
  defaultLocale,
  isLocale,
  type Locale,
  type MessageKey,
  negotiateLocale,
} from './locales';

export type { Locale, MessageKey } from './locales';
export { localeNames, locales, negotiateLocale } from './locales';

type Message = string | { one: string; other: string };
let pageMessages: Partial<Record<MessageKey, Message>> = {};
let pagesLoading: Promise<void> | undefined;

/**
 * Loads the English strings of the pages other than the schedule. Lazy routes await it with
 * their code, so t() has every key by the time such a page renders.
 */
export function loadPageMessages(): Promise<void> {
  pagesLoading ??= import('./en-pages').then((m) => {
    pageMessages = m.enPages;
  });
  return pagesLoading;
}

type Params = Record<string, string | number>;

let activeLocale: Locale = defaultLocale;
/** The full tag for Intl numbers (de-AT groups its own way); its language is activeLocale. Dates and times follow the language's convention instead (lib/format). */
let formatLocale: string = defaultLocale;
let activeCatalog: Catalog = {};
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The locale used by t() and by the Intl formatters. */
export function getLocale(): Locale {
  return activeLocale;
}

/** The locale Intl formats numbers in (dates and times: dateLocale() in lib/format). */
export function getFormatLocale(): string {
  return formatLocale;
}

/**
 * Switches language from the user's preferred tags (navigator.languages): the catalog by the
 * first supported language, the formats by that tag's full region. Callers render afterwards.
 */
export async function setLocale(preferred: readonly string[]): Promise<void> {
  let locale = negotiateLocale(preferred);
  let catalog: Catalog = {};
  if (locale !== 'en') {
    try {
      catalog = await catalogLoaders[locale]();
    } catch {
      // Offline before the catalog was ever cached: English beats an app that never starts.
      locale = 'en';
    }
  }
  activeCatalog = catalog;
  activeLocale = locale;
  formatLocale = preferred.find((tag) => tag.toLowerCase().split('-')[0] === locale) ?? locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

const CHOSEN_LOCALE_KEY = 'lanyard:locale';
const localeListeners = new Set<() => void>();

/** The language picked in the app's switch, if any; it beats the browser's preferences. */
export function chosenLocale(): Locale | null {
  try {
    const stored = localStorage.getItem(CHOSEN_LOCALE_KEY);
    return stored && isLocale(stored) ? stored : null;
  } catch {
    return null;
  }
}

/**
 * The tags to negotiate from: the chosen language first (with the browser's own tags of that
 * language ahead of it, so de-AT keeps its number formats), then the browser's preferences.
 */
export function preferredTags(browser: readonly string[]): string[] {
  const chosen = chosenLocale();
  if (!chosen) return [...browser];
  const sameLanguage = browser.filter((tag) => tag.toLowerCase().split('-')[0] === chosen);
  return [...sameLanguage, chosen, ...browser];
}

/** Switches language for good: remembered on this device, applied now, and the app re-rendered. */
export async function chooseLocale(locale: Locale, browser: readonly string[]): Promise<void> {
  try {
    localStorage.setItem(CHOSEN_LOCALE_KEY, locale);
  } catch {
    // Private mode without storage: the switch still applies for this visit.
  }
  await setLocale(preferredTags(browser));
  localeListeners.forEach((listener) => listener());
}

/** For useSyncExternalStore: the app re-renders (and remounts) when the language changes. */
export function subscribeLocale(listener: () => void): () => void {
  localeListeners.add(listener);
  return () => localeListeners.delete(listener);
}

function pick(message: Message, params: Params | undefined): string {
  if (typeof message === 'string') return message;
  const count = Number(params?.count ?? 0);
  let rules = pluralRules.get(activeLocale);
  if (!rules) {
    rules = new Intl.PluralRules(activeLocale);
    pluralRules.set(activeLocale, rules);
  }
  return rules.select(count) === 'one' ? message.one : message.other;
}

/** Whether t(key) has a message now: a page string asked for before its page loaded has none. */
export function hasMessage(key: MessageKey): boolean {
  return (
    (activeCatalog[key] ?? (en as Partial<Record<MessageKey, Message>>)[key] ?? pageMessages[key]) !==
    undefined
  );
}

/** Translates `key` in the active locale and fills `{name}` placeholders from `params`. */
export function t(key: MessageKey, params?: Params): string {
  const source = activeCatalog[key] ?? (en as Partial<Record<MessageKey, Message>>)[key] ?? pageMessages[key];
  // A page string asked for before its page loaded: the key beats a crash, and shows in tests.
  if (source === undefined) return key;
  const message = pick(source, params);
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(formatLocale).format(value) : value;
  });
}
