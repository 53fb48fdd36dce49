import { useEffect, useRef } from 'react';
import { type QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { meQueryOptions, useMe } from '@client/features/auth';
import { t } from '@client/i18n';
import { useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useConfirmBriefing } from '../api/briefing-api';

export const briefingLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(meQueryOptions()).catch(() => null);
  return null;
};

/**
 * What the briefing QR code opens on a volunteer's phone: scanning is the confirmation, so it
 * is sent at once (the code only lives two minutes), once per visit.
 */
export function BriefingRoute() {
  const slug = useRequiredParam('slug');
  const token = useRequiredParam('token');
  const me = useMe().data ?? null;
  const confirm = useConfirmBriefing(slug);
  const sent = useRef(false);

  useEffect(() => {
    if (!me || sent.current) return;
    sent.current = true;
    confirm.mutate(token);
  }, [me, token, confirm]);

  return (
    <div className="max-w-xl">
      <PageHeading>{t('volunteering.briefing.pageTitle')}</PageHeading>
      {!me ? (
        <p className="text-slate-800 dark:text-slate-200">
          {t('volunteering.briefing.logIn')}{' '}
          <Link to={`/login?next=${encodeURIComponent(`/${slug}/briefing/${token}`)}`} className={textLink}>
            {t('auth.login')}
          </Link>
        </p>
      ) : confirm.data ? (
        <Alert tone="success">
          <p className="font-semibold">
            {t('volunteering.briefing.confirmed', { role: confirm.data.roleName })}
          </p>
          <p className="mt-2">
            <Link
              to={`/${slug}/volunteer?role=${encodeURIComponent(confirm.data.role)}`}
              className={textLink}
            >
              {t('volunteering.invite.findShifts')}
            </Link>
          </p>
        </Alert>
      ) : confirm.error ? (
        <Alert tone="error">
          <p className="font-semibold">{t('volunteering.briefing.failed')}</p>
          <p>{problemMessage(confirm.error, 'volunteer')}</p>
        </Alert>
      ) : (
        <p role="status" className="text-slate-800 dark:text-slate-200">
          {t('volunteering.briefing.confirming')}
        </p>
      )}
    </div>
  );
}
