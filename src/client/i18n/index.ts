import { en } from './en';
import {
  type Catalog,
  catalogLoaders,
  defaultLocale,
  type Locale,
  type MessageKey,
  negotiateLocale,
} from './locales';

export type { Locale, MessageKey } from './locales';
export { locales, negotiateLocale } from './locales';

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
/** The full tag for Intl (en-GB writes 24-hour times, en-US does not); its language is activeLocale. */
let formatLocale: string = defaultLocale;
let activeCatalog: Catalog = {};
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The locale used by t() and by the Intl formatters. */
export function getLocale(): Locale {
  return activeLocale;
}

/** The locale Intl formats dates, times and numbers in. */
export function getFormatLocale(): string {
  return formatLocale;
}

/**
 * Switches language from the user's preferred tags (navigator.languages): the catalog by the
 * first supported language, the formats by that tag's full region. Callers render afterwards.
 */
export async function setLocale(preferred: readonly string[]): Promise<void> {
  const locale = negotiateLocale(preferred);
  activeCatalog = locale === 'en' ? {} : await catalogLoaders[locale]();
  activeLocale = locale;
  formatLocale = preferred.find((tag) => tag.toLowerCase().split('-')[0] === locale) ?? locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
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
