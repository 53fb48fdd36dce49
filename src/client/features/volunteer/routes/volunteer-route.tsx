import { Link } from 'react-router';
import { RegisterForm, useMe } from '@client/features/auth';
import { useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';

/**
 * Shifts are not open yet, and this page says so plainly. What works today is creating the
 * volunteer account that sign-up will use.
 */
export function VolunteerRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const me = useMe();
  return (
    <div className="max-w-xl">
      <PageHeading>{t('volunteer.title')}</PageHeading>
      <div className="mb-6 space-y-3">
        <Alert tone="info">
          <p className="font-semibold">{t('volunteer.soon')}</p>
        </Alert>
        <p className="text-slate-800 dark:text-slate-200">
          {t('volunteer.body', { conference: conference.name })}
        </p>
      </div>
      {me.data ? (
        <p className="text-slate-800 dark:text-slate-200">
          {t('volunteer.loggedIn', { name: me.data.name })}
        </p>
      ) : (
        <section aria-labelledby="register-title">
          <h2 id="register-title" className="mb-3 text-lg font-bold text-slate-900 dark:text-slate-50">
            {t('auth.register')}
          </h2>
          <RegisterForm />
          <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
            {t('volunteer.haveAccount')}{' '}
            <Link to={`/login?next=${encodeURIComponent(`/${slug}/volunteer`)}`} className={textLink}>
              {t('auth.login')}
            </Link>
          </p>
        </section>
      )}
    </div>
  );
}
