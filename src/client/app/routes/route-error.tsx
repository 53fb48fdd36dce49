import { useEffect } from 'react';
import { isRouteErrorResponse, Link, useParams, useRevalidator, useRouteError } from 'react-router';
import { type UserRole } from '@shared/contract/user';
import { t } from '@client/i18n';
import { ApiError } from '@client/lib/api-error';
import { useOnline } from '@client/lib/offline/use-online';
import { problemMessage, wordedProblem } from '@client/ui/forms/problem-messages';
import { secondaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { NotFound } from './not-found';

function forbiddenRole(error: unknown): UserRole | null {
  if (!isRouteErrorResponse(error) || error.status !== 403) return null;
  return (error.data as { role?: UserRole } | null)?.role ?? 'organizer';
}

/** What a route shows when its loader or render fails: words a person can act on, never a stack. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const online = useOnline();
  const { slug } = useParams();
  const unreachable = !online && !(error instanceof ApiError) && !isRouteErrorResponse(error);

  // A page that failed for want of the network loads by itself once it is back.
  useEffect(() => {
    if (!unreachable) return;
    const retry = () => void revalidator.revalidate();
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [unreachable, revalidator]);

  if (unreachable) {
    return (
      <section role="status">
        <PageHeading>{t('offline.pageTitle')}</PageHeading>
        <p className="text-slate-800 dark:text-slate-200">{t('offline.pageBody')}</p>
        <div className="mt-4">
          <Link to={slug ? `/${slug}` : '/'} className={secondaryButton}>
            {t('offline.toSchedule')}
          </Link>
        </div>
      </section>
    );
  }

  if (error instanceof ApiError && error.status === 404) {
    return <NotFound message={wordedProblem(error, 'notFound') ?? undefined} />;
  }
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;

  const role = forbiddenRole(error);
  if (role) {
    return (
      <section>
        <PageHeading>{t('error.forbiddenTitle')}</PageHeading>
        <p className="text-slate-700 dark:text-slate-300">
          {t('error.forbiddenBody', { role: t(`role.${role}`) })}
        </p>
      </section>
    );
  }

  const status = error instanceof ApiError ? error.status : isRouteErrorResponse(error) ? error.status : null;
  return (
    <section role="alert">
      <PageHeading>{t('error.title')}</PageHeading>
      <p className="mb-1 text-slate-800 dark:text-slate-200">{problemMessage(error)}</p>
      {status ? (
        <p className="mb-4 text-sm text-slate-600 dark:text-slate-400">{t('error.status', { status })}</p>
      ) : null}
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="button" className={secondaryButton} onClick={() => void revalidator.revalidate()}>
          {t('error.retry')}
        </button>
        <Link to="/" className={textLink}>
          {t('error.goHome')}
        </Link>
      </div>
    </section>
  );
}
