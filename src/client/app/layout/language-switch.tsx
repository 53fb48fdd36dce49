import { useId } from 'react';
import { chooseLocale, getLocale, type Locale, localeNames, locales, t } from '@client/i18n';
import { Icon } from '@client/ui/icons';

// A globe: meridians and parallels, recognisable whatever language the page is in.
const globe =
  'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM3 12h18M12 3c2.5 2.5 3.8 5.5 3.8 9s-1.3 6.5-3.8 9c-2.5-2.5-3.8-5.5-3.8-9S9.5 5.5 12 3Z';

/**
 * The language menu in the header. A native select (the phone's own picker, each language
 * named in itself) laid invisibly over a compact globe-and-code face, so the conference name
 * keeps its room on a phone. The choice is kept on the device and beats the browser's
 * languages from then on.
 */
export function LanguageSwitch() {
  const id = useId();
  const current = getLocale();
  return (
    <div className="relative flex h-11 min-w-11 shrink-0 items-center gap-1 rounded-md border border-slate-400 bg-white px-2 text-sm font-medium text-slate-900 focus-within:outline-2 focus-within:outline-offset-2 focus-within:outline-indigo-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100">
      <Icon path={globe} className="h-4 w-4" />
      <span aria-hidden="true">{current.toUpperCase()}</span>
      <label htmlFor={id} className="sr-only">
        {t('app.language')}
      </label>
      <select
        id={id}
        value={current}
        onChange={(e) => void chooseLocale(e.target.value as Locale, navigator.languages)}
        className="absolute -inset-px cursor-pointer opacity-0"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {localeNames[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
