import { type ReactNode } from 'react';
import { Link } from 'react-router';
import { hasRole, useMe } from '@client/features/auth';
import { t } from '@client/i18n';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';

/**
 * The way back, the same words on every console page: organizers go to the overview; a role's
 * coordinator who is not an organizer (shifts, coverage and hours of their roles) to the roster.
 */
export function ConsoleBackLink({ slug }: { slug: string }) {
  const me = useMe().data;
  const organizer = hasRole(me, 'organizer');
  return (
    <p className="mb-2 text-sm">
      <Link
        to={organizer ? `/${slug}/organizer` : `/${slug}/volunteer/roster`}
        className={`${textLink} inline-flex min-h-11 items-center`}
      >
        <span aria-hidden="true">←&nbsp;</span>
        {organizer ? t('console.back') : t('volunteer.roster.title')}
      </Link>
    </p>
  );
}

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
      <ConsoleBackLink slug={slug} />
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
