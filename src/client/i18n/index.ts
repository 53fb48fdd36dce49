import { en } from './en';
import { type Catalog, catalogLoaders, defaultLocale, type Locale, type MessageKey } from './locales';

export type { Locale, MessageKey } from './locales';
export { locales, negotiateLocale } from './locales';

type Params = Record<string, string | number>;

let activeLocale: Locale = defaultLocale;
let activeCatalog: Catalog = {};
const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The locale used by t() and by the Intl formatters. */
export function getLocale(): Locale {
  return activeLocale;
}

/** Switches language; callers re-render afterwards (the router does on the next navigation). */
export async function setLocale(locale: Locale): Promise<void> {
  activeCatalog = locale === 'en' ? {} : await catalogLoaders[locale]();
  activeLocale = locale;
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

function pick(message: string | { one: string; other: string }, params: Params | undefined): string {
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
  const message = pick(activeCatalog[key] ?? en[key], params);
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? new Intl.NumberFormat(activeLocale).format(value) : value;
  });
}
