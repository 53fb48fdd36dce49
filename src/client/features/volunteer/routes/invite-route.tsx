import { type QueryClient } from '@tanstack/react-query';
import { Link, type LoaderFunctionArgs } from 'react-router';
import { meQueryOptions, useMe } from '@client/features/auth';
import { RegisterForm } from '@client/features/auth/forms';
import { useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { primaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { Skeleton } from '@client/ui/skeleton';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { invitePreviewQueryOptions, useAcceptInvite, useInvitePreview } from '../api/invite-api';
import { card, sectionHeading } from '@client/ui/staff-styles';
import { formatDayTime } from '@client/lib/format';

export const inviteLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    const token = requireParam(params, 'token');
    // A refused link is shown on the page, not as an error screen.
    await Promise.all([
      queryClient.ensureQueryData(meQueryOptions()).catch(() => null),
      queryClient.prefetchQuery(invitePreviewQueryOptions(slug, token)),
    ]);
    return null;
  };

/**
 * Where an invite link lands: what it offers, then register (or log in) and accept. A
 * restricted team is confirmed straight away: the coordinator chose whom to send it to.
 */
export function InviteRoute() {
  const slug = useRequiredParam('slug');
  const token = useRequiredParam('token');
  const conference = useConference(slug);
  const me = useMe().data ?? null;
  const preview = useInvitePreview(slug, token);
  const accept = useAcceptInvite(slug, token);
  const here = `/${slug}/join/${token}`;

  if (preview.isPending) {
    return (
      <div className="max-w-xl space-y-3">
        <PageHeading>{t('volunteering.invite.title')}</PageHeading>
        <Skeleton className="h-24 w-full" />
      </div>
    );
  }
  const problem = preview.error ?? accept.error;
  const invite = preview.data;
  const roleName = invite?.role?.name ?? '';

  return (
    <div className="max-w-xl">
      <PageHeading>{t('volunteering.invite.title')}</PageHeading>
      {invite ? (
        <div className={`${card} mb-6`}>
          <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-50">
            {invite.role
              ? t('volunteering.invite.forRole', { role: roleName, conference: invite.conference })
              : t('volunteering.invite.general', { conference: invite.conference })}
          </h2>
          {invite.role?.description ? (
            <p className="mt-1 text-slate-800 dark:text-slate-200">{invite.role.description}</p>
          ) : null}
          {invite.role?.access === 'restricted' ? (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              {t('volunteering.invite.restrictedNote')}
            </p>
          ) : null}
          {invite.expiresAt ? (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              {t('volunteering.invite.expires', {
                when: formatDayTime(invite.expiresAt, conference.timeZone),
              })}
            </p>
          ) : null}
        </div>
      ) : null}

      {problem ? (
        <div className="mb-6">
          <Alert tone="error">
            <p className="font-semibold">{t('volunteering.invite.unusable')}</p>
            <p>{problemMessage(problem, 'volunteer')}</p>
          </Alert>
        </div>
      ) : null}

      {accept.data ? (
        <Alert tone="success">
          <p className="font-semibold">
            {accept.data.role
              ? t('volunteering.invite.joined', { role: roleName })
              : t('volunteering.invite.joinedGeneral')}
          </p>
          <p className="mt-2">
            <Link to={`/${slug}/volunteer`} className={textLink}>
              {t('volunteering.invite.findShifts')}
            </Link>
          </p>
        </Alert>
      ) : invite && me ? (
        <div className="space-y-3">
          <p className="text-slate-800 dark:text-slate-200">
            {t('volunteering.invite.loggedInAs', { name: me.name })}
          </p>
          <button
            type="button"
            className={primaryButton}
            disabled={accept.isPending}
            onClick={() => accept.mutate()}
          >
            {accept.isPending
              ? t('volunteering.invite.accepting')
              : invite.role
                ? t('volunteering.invite.accept', { role: roleName })
                : t('volunteering.invite.acceptGeneral')}
          </button>
        </div>
      ) : invite ? (
        <section aria-labelledby="invite-register">
          <h2 id="invite-register" className={sectionHeading}>
            {t('volunteering.invite.registerTitle')}
          </h2>
          <RegisterForm />
          <p className="mt-6 text-slate-800 dark:text-slate-200">
            {t('volunteering.invite.haveAccount')}{' '}
            <Link to={`/login?next=${encodeURIComponent(here)}`} className={textLink}>
              {t('volunteering.invite.logIn')}
            </Link>
          </p>
        </section>
      ) : null}
    </div>
  );
}
