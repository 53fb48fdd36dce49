import { type User } from '@shared/contract/user';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { conferencesQueryOptions, pickCurrentConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { serverNow } from '@client/lib/server-clock';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { LoginForm } from '../components/login-form';
import { landingAfterLogin } from '../lib/landing';
import { safeNext } from '../lib/safe-next';

export function LoginRoute() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const next = safeNext(search.get('next'));

  async function land(user: User) {
    // The same list (and the same choice of edition) the root redirect uses; without it the
    // login still goes where it was headed.
    const conferences = await queryClient
      .ensureQueryData(conferencesQueryOptions())
      .then((list) => list.conferences)
      .catch(() => []);
    const current = pickCurrentConference(conferences, serverNow());
    await navigate(landingAfterLogin(user, next, conferences, current), { replace: true });
  }

  return (
    <div className="mx-auto max-w-md">
      <PageHeading intro={t('auth.loginIntro')}>{t('auth.loginTitle')}</PageHeading>
      <LoginForm onSuccess={(user) => void land(user)} />
      <p className="mt-6 space-y-2 text-sm">
        <Link to={next} className={textLink}>
          {t('auth.backToSchedule')}
        </Link>
      </p>
    </div>
  );
}
