import { useId, useState } from 'react';
import { useSigningKeys } from '@client/features/check-in';
import { t } from '@client/i18n';
import { formatNumber } from '@client/lib/format';
import { Alert } from '@client/ui/alert';
import { secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useRotateSigningKey } from '../api/ticket-admin-mutations';

/**
 * The keys that sign QR codes and the rotation, explained as the code behaves: old public keys
 * stay published, so codes signed before keep verifying unless the old key is revoked.
 */
export function TicketSigningKeys({ slug }: { slug: string }) {
  const keys = useSigningKeys(slug);
  const rotate = useRotateSigningKey(slug);
  const [asking, setAsking] = useState<null | 'rotate' | 'revoke'>(null);
  const [done, setDone] = useState<null | 'rotate' | 'revoke'>(null);
  const headingId = useId();
  const active = keys.data?.keys.find((k) => k.active);

  const confirm = (revoke: boolean) =>
    rotate.mutate(revoke, {
      onSuccess: () => {
        setDone(revoke ? 'revoke' : 'rotate');
        setAsking(null);
      },
    });

  return (
    <section
      aria-labelledby={headingId}
      className="mt-8 rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <h2 id={headingId} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t('ticketsAdmin.keys.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{t('ticketsAdmin.keys.intro')}</p>
      {keys.data ? (
        <ul className="mt-2 space-y-1 text-sm text-slate-800 dark:text-slate-200">
          {keys.data.keys.map((k) => (
            <li key={k.keyId}>
              {t('ticketsAdmin.keys.key', { id: formatNumber(k.keyId) })}{' '}
              {k.active
                ? t('ticketsAdmin.keys.active')
                : k.revokedAt
                  ? t('ticketsAdmin.keys.revoked')
                  : t('ticketsAdmin.keys.verifying')}
            </li>
          ))}
        </ul>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className={secondaryButton}
          aria-expanded={asking === 'rotate'}
          onClick={() => setAsking(asking === 'rotate' ? null : 'rotate')}
        >
          {t('ticketsAdmin.keys.rotate')}
        </button>
        <button
          type="button"
          className={secondaryButton}
          aria-expanded={asking === 'revoke'}
          onClick={() => setAsking(asking === 'revoke' ? null : 'revoke')}
        >
          {t('ticketsAdmin.keys.rotateRevoke')}
        </button>
      </div>
      {asking ? (
        <ConfirmDialog
          title={t(asking === 'rotate' ? 'ticketsAdmin.keys.rotateTitle' : 'ticketsAdmin.keys.revokeTitle')}
          lines={
            asking === 'rotate'
              ? [t('ticketsAdmin.keys.rotateBody1'), t('ticketsAdmin.keys.rotateBody2')]
              : [
                  t('ticketsAdmin.keys.revokeBody1', { id: active?.keyId ?? '' }),
                  t('ticketsAdmin.keys.revokeBody2'),
                ]
          }
          confirmLabel={t(
            asking === 'rotate' ? 'ticketsAdmin.keys.rotate' : 'ticketsAdmin.keys.rotateRevoke',
          )}
          tone={asking === 'rotate' ? 'primary' : 'danger'}
          pending={rotate.isPending}
          pendingLabel={t('ticketsAdmin.working')}
          error={rotate.isError ? problemMessage(rotate.error) : null}
          onConfirm={() => confirm(asking === 'revoke')}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      {rotate.isError ? (
        <div className="mt-3">
          <Alert tone="error">
            <p>{problemMessage(rotate.error)}</p>
          </Alert>
        </div>
      ) : done ? (
        <div className="mt-3">
          <Alert tone="success">
            <p>{t(done === 'rotate' ? 'ticketsAdmin.keys.rotated' : 'ticketsAdmin.keys.revokedDone')}</p>
          </Alert>
        </div>
      ) : null}
    </section>
  );
}
