import { type QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { scheduleDraftQueryOptions, useScheduleDraft } from '../api/get-schedule-draft';
import { PublishBar } from '../components/publish-bar';
import { SessionForm } from '../components/session-form';

export const sessionEditLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(scheduleDraftQueryOptions(slug)),
    ]);
    return null;
  };

/** One session's edit form, as drafted so far, with the publish bar under it. */
export function SessionEditRoute() {
  const slug = useRequiredParam('slug');
  const code = useRequiredParam('code');
  const conference = useConference(slug);
  const draft = useScheduleDraft(slug);
  const session = draft.sessions.find((s) => s.code === code);
  const back = (
    <p className="mb-2 text-sm">
      <Link to={`/${slug}/organizer/sessions`} className={textLink}>
        <span aria-hidden="true">← </span>
        {t('scheduleAdmin.sessions.title')}
      </Link>
    </p>
  );
  if (!session) {
    return (
      <div className="max-w-3xl">
        {back}
        <PageHeading>{t('scheduleAdmin.problem.session_not_found')}</PageHeading>
      </div>
    );
  }
  return (
    <div className="max-w-3xl">
      {back}
      <PageHeading intro={t('scheduleAdmin.edit.intro', { code })}>
        {t('scheduleAdmin.edit.title', { title: session.title })}
      </PageHeading>
      {/* Keyed by updatedAt: a publish or another organizer's save starts the form afresh. */}
      <SessionForm
        key={`${session.code}:${session.updatedAt}`}
        slug={slug}
        conference={conference}
        session={session}
      />
      <div className="mt-8">
        <PublishBar slug={slug} conference={conference} changes={draft.changes} />
      </div>
    </div>
  );
}
