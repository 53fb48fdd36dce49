import { type ReactNode } from 'react';
import { Outlet } from 'react-router';
import { t } from '@client/i18n';
import { RouteError } from '../routes/route-error';
import { AppHeader } from './app-header';
import { SkipLink } from './skip-link';

/** Pages outside any conference (login, errors before a conference loaded): a header and the page. */
export function BareShell({ children }: { children: ReactNode }) {
  return (
    <div className="min-h-dvh">
      <SkipLink />
      <AppHeader slug={undefined} title={t('app.name')} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}

export function BareLayout() {
  return (
    <BareShell>
      <Outlet />
    </BareShell>
  );
}

/** When the conference itself fails to load there is no shell to keep: a bare page explains. */
export function BareErrorPage() {
  return (
    <BareShell>
      <RouteError />
    </BareShell>
  );
}
