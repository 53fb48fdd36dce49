import { type QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { requireRole } from '@client/features/auth';
import {
  conferenceQueryOptions,
  conferencesQueryOptions,
  useConference,
  useConferences,
} from '@client/features/conference';
import { t } from '@client/i18n';
import { formatDateRange } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { EditionForm } from '../components/edition-form';

export const editionsLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(conferencesQueryOptions()),
    ]);
    return null;
  };

const card = 'rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900';

/** The editions there are, and a new one made from scratch or from the set-up of an earlier one. */
export function EditionsRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const { conferences } = useConferences().data;

  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link to={`/${slug}/organizer`} className={textLink}>
          <span aria-hidden="true">← </span>
          {t('sponsorsAdmin.back')}
        </Link>
      </p>
      <PageHeading intro={t('editions.intro')}>{t('editions.title')}</PageHeading>
      <section aria-labelledby="editions-existing" className="mb-6">
        <h2 id="editions-existing" className="mb-3 text-xl font-bold text-slate-900 dark:text-slate-50">
          {t('editions.existing')}
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {conferences.map((edition) => (
            <li key={edition.slug} className={card}>
              <Link
                to={`/${edition.slug}/organizer`}
                className={textLink}
                aria-label={t('editions.open', { name: edition.name })}
              >
                {edition.name}
              </Link>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {formatDateRange(edition.startDate, edition.endDate)} · {edition.venueName}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="editions-create" className={card}>
        <h2 id="editions-create" className="mb-3 text-xl font-bold text-slate-900 dark:text-slate-50">
          {t('editions.createTitle')}
        </h2>
        <EditionForm editions={conferences} from={conference} />
      </section>
    </div>
  );
}
