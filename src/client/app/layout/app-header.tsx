import { Link } from 'react-router';
import { t } from '@client/i18n';
import { AuthControl } from './auth-control';
import { LanguageSwitch } from './language-switch';

export function AppHeader({ slug, title }: { slug: string | undefined; title: string }) {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-300 bg-white/95 backdrop-blur pt-[env(safe-area-inset-top)] dark:border-slate-700 dark:bg-slate-950/95">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-3 px-4 md:h-16">
        <Link to={slug ? `/${slug}` : '/'} className="flex min-h-11 min-w-0 items-center gap-2 rounded-sm">
          <img src="/favicon.svg" alt="" width="28" height="28" className="shrink-0" />
          <span className="sr-only">{t('app.name')}: </span>
          {/* Wraps rather than cut: "The Matrix Conference 2025" is two lines beside the
              language and login buttons on a phone; three small lines still fit the bar. */}
          <span className="text-sm leading-tight font-bold text-balance text-slate-900 md:text-lg dark:text-slate-50">
            {title}
          </span>
        </Link>
        <div className="flex shrink-0 items-center gap-2">
          <LanguageSwitch />
          <AuthControl slug={slug} />
        </div>
      </div>
    </header>
  );
}
