import { t } from '@client/i18n';

export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only z-50 rounded-md bg-white px-3 py-2 font-semibold text-indigo-800 focus:not-sr-only focus:fixed focus:inline-flex focus:min-h-11 focus:items-center focus:top-2 focus:left-2"
    >
      {t('app.skipToContent')}
    </a>
  );
}
