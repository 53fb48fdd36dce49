import { type Role } from '@shared/contract/role';
import { type User } from '@shared/contract/user';
import { type Invite } from '@shared/contract/volunteering';
import { type FormEvent, useId } from 'react';
import { t } from '@client/i18n';
import { serverNow } from '@client/lib/server-clock';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton } from '@client/ui/button-styles';
import { TextField } from '@client/ui/text-field';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { fieldErrorsOf } from '@client/ui/forms/field-errors';
import { useCreateInvite, useInvites, useRevokeInvite } from '../api/invite-api';
import { formatDayTime } from '@client/lib/format';
import { InviteCopyField } from './invite-copy-field';
import { card, field, fieldLabel, muted } from '@client/ui/staff-styles';

const DAY_MS = 86_400_000;
const expiries = { never: null, day: 1, week: 7, month: 30 } as const;
type Expiry = keyof typeof expiries;

const instant = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

function InviteState({ invite, zone }: { invite: Invite; zone: string }) {
  const uses =
    invite.maxUses !== null
      ? t('volunteering.invites.usesOf', { count: invite.uses, max: invite.maxUses })
      : t('volunteering.invites.uses', { count: invite.uses });
  const expired = invite.expiresAt !== null && Date.parse(invite.expiresAt) <= serverNow().getTime();
  const state = invite.revokedAt
    ? t('volunteering.invites.revoked')
    : expired
      ? t('volunteering.invites.expired')
      : invite.expiresAt
        ? t('volunteering.invites.until', { when: formatDayTime(invite.expiresAt, zone) })
        : null;
  return (
    <p className={muted}>
      {uses}
      {state ? ` · ${state}` : ''}
    </p>
  );
}

/** Coordinators make invite links for their teams (organizers also for volunteers in general). */
export function InvitePanel({
  slug,
  me,
  roles,
  zone,
}: {
  slug: string;
  me: User;
  roles: readonly Role[];
  zone: string;
}) {
  const id = useId();
  const invites = useInvites(slug);
  const create = useCreateInvite(slug);
  const revoke = useRevokeInvite(slug);
  const organizer = me.roles.includes('organizer');
  const origin = typeof window === 'undefined' ? '' : window.location.origin;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const days = expiries[(form.get('expiry') as Expiry | null) ?? 'never'];
    const maxUses = Number(form.get('maxUses') || 0);
    create.mutate({
      role: (form.get('role') as string) || null,
      expiresAt: days ? instant(serverNow().getTime() + days * DAY_MS) : null,
      maxUses: maxUses > 0 ? maxUses : null,
    });
  }

  const createdRole = create.data?.invite.roleName ?? t('volunteering.invites.noRole');
  return (
    <section aria-labelledby={`${id}-title`} className={`${card} mb-6`}>
      <h3 id={`${id}-title`} className="text-lg font-semibold text-slate-900 dark:text-slate-50">
        {t('volunteering.invites.title')}
      </h3>
      <p className={`${muted} mb-3`}>{t('volunteering.invites.intro')}</p>
      <form onSubmit={submit} className="grid gap-3 sm:grid-cols-3 sm:items-end">
        <div>
          <label htmlFor={`${id}-role`} className={fieldLabel}>
            {t('volunteering.invites.role')}
          </label>
          <select id={`${id}-role`} name="role" className={field} defaultValue={roles[0]?.slug ?? ''}>
            {roles.map((r) => (
              <option key={r.slug} value={r.slug}>
                {r.name}
              </option>
            ))}
            {organizer ? <option value="">{t('volunteering.invites.noRole')}</option> : null}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-expiry`} className={fieldLabel}>
            {t('volunteering.invites.expiry')}
          </label>
          <select id={`${id}-expiry`} name="expiry" className={field} defaultValue="week">
            {(Object.keys(expiries) as Expiry[]).map((k) => (
              <option key={k} value={k}>
                {t(`volunteering.invites.expiry.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <TextField
          label={t('volunteering.invites.maxUses')}
          hint={t('volunteering.invites.maxUsesHint')}
          name="maxUses"
          type="number"
          min={1}
          max={1000}
          inputMode="numeric"
          errors={fieldErrorsOf(create.error).maxUses}
        />
        <div className="sm:col-span-3">
          <button type="submit" className={primaryButton} disabled={create.isPending}>
            {create.isPending ? t('volunteering.invites.creating') : t('volunteering.invites.create')}
          </button>
        </div>
      </form>
      {create.error ? (
        <div className="mt-3">
          <Alert tone="error">
            <p className="font-semibold">{t('volunteering.invites.failed')}</p>
            <p>{problemMessage(create.error, 'volunteer')}</p>
          </Alert>
        </div>
      ) : null}
      {create.data ? (
        <div className="mt-4 space-y-2" data-testid="new-invite">
          <p className="font-medium text-slate-900 dark:text-slate-100">
            {t('volunteering.invites.created', { role: createdRole })}
          </p>
          <InviteCopyField
            label={t('volunteering.invites.linkLabel')}
            value={`${origin}/${slug}/join/${create.data.token}`}
          />
        </div>
      ) : null}
      <ul className="mt-4 divide-y divide-slate-200 dark:divide-slate-700">
        {(invites.data?.invites ?? []).length === 0 ? (
          <li className={muted}>{t('volunteering.invites.none')}</li>
        ) : null}
        {(invites.data?.invites ?? []).map((invite) => (
          <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <div>
              <p className="font-medium text-slate-900 dark:text-slate-100">
                {invite.roleName ?? t('volunteering.invites.noRole')}
              </p>
              <InviteState invite={invite} zone={zone} />
            </div>
            {invite.revokedAt ? null : (
              <button
                type="button"
                className={secondaryButton}
                disabled={revoke.isPending}
                aria-label={t('volunteering.invites.revokeLabel', {
                  role: invite.roleName ?? t('volunteering.invites.noRole'),
                  when: formatDayTime(invite.createdAt, zone),
                })}
                onClick={() => revoke.mutate(invite.id)}
              >
                {t('volunteering.invites.revoke')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
