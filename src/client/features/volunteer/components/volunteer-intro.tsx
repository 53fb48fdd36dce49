import { type Role } from '@shared/contract/role';
import { Link } from 'react-router';
import { RegisterForm } from '@client/features/auth/forms';
import { t } from '@client/i18n';
import { primaryButton, textLink } from '@client/ui/button-styles';
import { RolesPanel } from './roles-panel';
import { sectionHeading } from '@client/ui/staff-styles';

/** For visitors: what volunteering is, the kinds of work, and the way in. */
export function VolunteerIntro({
  slug,
  conferenceName,
  roles,
}: {
  slug: string;
  conferenceName: string;
  roles: readonly Role[];
}) {
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-3 text-slate-800 dark:text-slate-200">
        <p>{t('volunteer.body', { conference: conferenceName })}</p>
        <p>{t('volunteer.intro.how')}</p>
        <p>
          <a href="#register-title" className={primaryButton}>
            {t('auth.register')}
          </a>
        </p>
      </div>
      <section aria-labelledby="volunteer-roles">
        <h2 id="volunteer-roles" className={sectionHeading}>
          {t('volunteer.roles')}
        </h2>
        <RolesPanel slug={slug} roles={roles} canJoin={false} />
      </section>
      <section aria-labelledby="register-title" className="max-w-xl">
        <h2 id="register-title" className={sectionHeading}>
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
    </div>
  );
}
