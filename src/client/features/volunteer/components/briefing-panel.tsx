import { type Role } from '@shared/contract/role';
import { useId, useState } from 'react';
import { QrCode } from '@client/ui/qr-code';
import { t } from '@client/i18n';
import { formatTime } from '@client/lib/format';
import { Alert } from '@client/ui/alert';
import { secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useBriefingCode } from '../api/briefing-api';
import { card, field, fieldLabel, muted } from '@client/ui/staff-styles';

/**
 * The coordinator's screen at a briefing: a QR code of a URL that any phone camera opens.
 * The code behind it rotates, so a photo passed around afterwards soon stops working.
 */
export function BriefingPanel({ slug, roles, zone }: { slug: string; roles: readonly Role[]; zone: string }) {
  const id = useId();
  const restricted = roles.filter((r) => r.access === 'restricted');
  const [role, setRole] = useState(restricted[0]?.slug ?? '');
  const [shown, setShown] = useState(false);
  const code = useBriefingCode(slug, role, shown && role !== '');
  const roleName = restricted.find((r) => r.slug === role)?.name ?? '';
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  return (
    <section aria-labelledby={`${id}-title`} className={`${card} mb-6`}>
      <h3 id={`${id}-title`} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t('volunteering.briefing.title')}
      </h3>
      <p className={`${muted} mb-3`}>{t('volunteering.briefing.intro')}</p>
      {restricted.length === 0 ? (
        <p className={muted}>{t('volunteering.briefing.noRoles')}</p>
      ) : (
        <div className="flex flex-wrap items-end gap-3">
          <div className="min-w-48">
            <label htmlFor={`${id}-role`} className={fieldLabel}>
              {t('volunteering.briefing.role')}
            </label>
            <select
              id={`${id}-role`}
              className={field}
              value={role}
              onChange={(e) => setRole(e.target.value)}
            >
              {restricted.map((r) => (
                <option key={r.slug} value={r.slug}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className={secondaryButton}
            aria-expanded={shown}
            onClick={() => setShown(!shown)}
          >
            {shown ? t('volunteering.briefing.hide') : t('volunteering.briefing.show')}
          </button>
        </div>
      )}
      {shown && code.error ? (
        <div className="mt-3">
          <Alert tone="error">
            <p>{problemMessage(code.error, 'volunteer')}</p>
          </Alert>
        </div>
      ) : null}
      {shown && code.data ? (
        <div className="mt-4 flex flex-col items-center gap-3" data-testid="briefing-code">
          <QrCode
            value={`${origin}/${slug}/briefing/${code.data.token}`}
            label={t('volunteering.briefing.qrLabel', { role: roleName })}
            className="h-auto w-full max-w-xs"
          />
          <p role="status" className={`${muted} text-center`}>
            {t('volunteering.briefing.renews', { time: formatTime(code.data.expiresAt, zone) })}
          </p>
        </div>
      ) : null}
    </section>
  );
}
