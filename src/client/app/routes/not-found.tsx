import { Link } from 'react-router';
import { t } from '@client/i18n';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';

export function NotFound({ message }: { message?: string | undefined }) {
  return (
    <section>
      <PageHeading>{t('error.notFoundTitle')}</PageHeading>
      <p className="mb-4 text-slate-700 dark:text-slate-300">{message ?? t('error.notFoundBody')}</p>
      <Link to="/" className={textLink}>
        {t('error.goHome')}
      </Link>
    </section>
  );
}
