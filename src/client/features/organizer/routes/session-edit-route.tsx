import { type QueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, type LoaderFunctionArgs, useNavigate } from 'react-router';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { speakersQueryOptions, useSpeakers } from '@client/features/speakers';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { secondaryButton, textLink } from '@client/ui/button-styles';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { PageHeading } from '@client/ui/page-heading';
import { useDiscardSession } from '../api/create-session';
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
  const [discarding, setDiscarding] = useState(false);
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
        <PageHeading>{t('problem.session_not_found')}</PageHeading>
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
              discard.reset();
              setDiscarding(true);
            }}
          >
            {t('sessionsAdmin.discard')}
          </button>
          {discard.error && !discarding ? (
            <Alert tone="error">{problemMessage(discard.error, 'schedule')}</Alert>
          ) : null}
          {discarding ? (
            <ConfirmDialog
              title={t('sessionsAdmin.discardTitle', { title: session.title })}
              lines={[t('sessionsAdmin.discardConfirm')]}
              confirmLabel={t('sessionsAdmin.discardYes')}
              pendingLabel={t('sessionsAdmin.discarding')}
              pending={discard.isPending}
              error={discard.error ? problemMessage(discard.error, 'schedule') : null}
              onConfirm={() =>
                discard.mutate(code, { onSuccess: () => navigate(`/${slug}/organizer/sessions`) })
              }
              onCancel={() => setDiscarding(false)}
            />
          ) : null}
        </div>
      ) : null}
      <div className="mt-8">
        <PublishBar slug={slug} conference={conference} changes={draft.changes} />
      </div>
    </div>
  );
}
