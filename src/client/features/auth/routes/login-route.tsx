import { Link, useNavigate, useSearchParams } from 'react-router';
import { t } from '@client/i18n';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { LoginForm } from '../components/login-form';
import { safeNext } from '../lib/safe-next';

export function LoginRoute() {
  const [search] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(search.get('next'));
  return (
    <div className="mx-auto max-w-md">
      <PageHeading intro={t('auth.loginIntro')}>{t('auth.loginTitle')}</PageHeading>
      <LoginForm onSuccess={() => void navigate(next, { replace: true })} />
      <p className="mt-6 space-y-2 text-sm">
        <Link to={next} className={textLink}>
          {t('auth.backToSchedule')}
        </Link>
      </p>
    </div>
  );
}
