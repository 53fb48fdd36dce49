import { type ReactNode } from 'react';
import { Link } from 'react-router';
import { t } from '@client/i18n';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';

/** A console page: the way back to the hub, the heading, and a live line for what just happened. */
export function ConsolePage({
  slug,
  title,
  intro,
  status,
  children,
}: {
  slug: string;
  title: string;
  intro: ReactNode;
  status: string | null;
  children: ReactNode;
}) {
  return (
    <div className="max-w-3xl">
      <p className="mb-2 text-sm">
        <Link to={`/${slug}/organizer`} className={textLink}>
          <span aria-hidden="true">← </span>
          {t('console.back')}
        </Link>
      </p>
      <PageHeading intro={intro}>{title}</PageHeading>
      <p
        role="status"
        className="mb-4 min-h-6 font-medium text-green-800 empty:mb-0 empty:min-h-0 dark:text-green-300"
      >
        {status ?? ''}
      </p>
      {children}
    </div>
  );
}
