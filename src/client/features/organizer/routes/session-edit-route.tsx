import { type QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs, useNavigate } from 'react-router';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { speakersQueryOptions, useSpeakers } from '@client/features/speakers';
import { t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { secondaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { useDiscardSession } from '../api/create-session';
import { scheduleDraftQueryOptions, useScheduleDraft } from '../api/get-schedule-draft';
import { scheduleProblem } from '../lib/schedule-problem';
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
      queryClient.ensureQueryData(speakersQueryOptions(slug)),
    ]);
    return null;
  };

/** One session's edit form, as drafted so far, with the publish bar under it. */
export function SessionEditRoute() {
  const slug = useRequiredParam('slug');
  const code = useRequiredParam('code');
  const conference = useConference(slug);
  const draft = useScheduleDraft(slug);
  const speakers = useSpeakers(slug);
  const navigate = useNavigate();
  const discard = useDiscardSession(slug);
  const session = draft.sessions.find((s) => s.code === code);
  // Pending changes of kind "new" are sessions created here and never published.
  const unpublished = draft.changes.some((c) => c.code === code && c.kind === 'new');
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
        speakers={speakers}
      />
      {unpublished ? (
        <div className="mt-6 space-y-2">
          <button
            type="button"
            className={`${secondaryButton} w-full sm:w-auto`}
            disabled={discard.isPending}
            onClick={() => {
              if (!window.confirm(t('sessionsAdmin.discardConfirm', { title: session.title }))) return;
              discard.mutate(code, { onSuccess: () => navigate(`/${slug}/organizer/sessions`) });
            }}
          >
            {discard.isPending ? t('sessionsAdmin.discarding') : t('sessionsAdmin.discard')}
          </button>
          {discard.error ? (
            <Alert tone="error">
              {isApiError(discard.error, 'session_published')
                ? t('sessionsAdmin.problem.session_published')
                : scheduleProblem(discard.error).message}
            </Alert>
          ) : null}
        </div>
      ) : null}
      <div className="mt-8">
        <PublishBar slug={slug} conference={conference} changes={draft.changes} />
      </div>
    </div>
  );
}
