import { type CheckInList } from '@shared/contract/check-in';
import { type TicketType } from '@shared/contract/ticket';
import { useId, useState } from 'react';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useDeleteWithDependents } from '@client/ui/forms/use-delete-with-dependents';
import { useDeleteCheckInList } from '../api/ticket-admin-mutations';
import { CheckInListForm } from './check-in-list-form';

export function CheckInListRow({
  slug,
  list,
  types,
  days,
}: {
  slug: string;
  list: CheckInList;
  types: TicketType[];
  days: string[];
}) {
  const remove = useDeleteCheckInList(slug);
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState(false);
  // A list with scans is never deleted: the server's answer says so, with how many.
  const del = useDeleteWithDependents(
    () => remove.mutateAsync(list.id),
    () => setAsking(false),
  );
  const nameId = useId();
  const typeNames = list.ticketTypeIds.map((id) => types.find((ty) => ty.id === id)?.name ?? id);

  return (
    <li
      aria-labelledby={nameId}
      className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h2 id={nameId} className="font-semibold text-slate-900 dark:text-slate-50">
          {list.name}
        </h2>
        {editing ? null : (
          <div className="flex flex-wrap gap-2">
            <button type="button" className={secondaryButton} onClick={() => setEditing(true)}>
              {t('ticketsAdmin.edit')}
            </button>
            <button
              type="button"
              className={secondaryButton}
              aria-expanded={asking}
              onClick={() => {
                del.cancel();
                setAsking(!asking);
              }}
            >
              {t('ticketsAdmin.delete')}
            </button>
          </div>
        )}
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-700 dark:text-slate-300">
        <dt className="font-medium">{t('ticketsAdmin.lists.types')}</dt>
        <dd>{typeNames.length > 0 ? typeNames.join(', ') : t('ticketsAdmin.lists.everyType')}</dd>
        <dt className="font-medium">{t('ticketsAdmin.lists.days')}</dt>
        <dd>
          {list.days.length > 0
            ? list.days.map((d) => formatDay(d)).join(' · ')
            : t('ticketsAdmin.lists.everyDay')}
        </dd>
        <dt className="font-medium">{t('ticketsAdmin.lists.exits')}</dt>
        <dd>
          {list.countsExits
            ? list.allowsReentry
              ? t('ticketsAdmin.lists.exitsReentry')
              : t('ticketsAdmin.lists.exitsNoReentry')
            : t('ticketsAdmin.lists.noExits')}
        </dd>
      </dl>
      {editing ? (
        <CheckInListForm slug={slug} types={types} days={days} list={list} onDone={() => setEditing(false)} />
      ) : null}
      {asking && !del.asking ? (
        <ConfirmDialog
          title={t('ticketsAdmin.lists.deleteTitle', { name: list.name })}
          lines={[t('ticketsAdmin.lists.deleteBody')]}
          confirmLabel={t('ticketsAdmin.delete')}
          pending={del.pending}
          error={del.error ? problemMessage(del.error) : null}
          onConfirm={() => void del.attempt(false)}
          onCancel={() => setAsking(false)}
        />
      ) : null}
      {del.asking ? (
        <ConfirmDialog
          title={t('ticketsAdmin.lists.inUseTitle', { name: list.name })}
          dependents={del.asking}
          lines={[t('ticketsAdmin.lists.inUse')]}
          onCancel={() => {
            del.cancel();
            setAsking(false);
          }}
        />
      ) : null}
    </li>
  );
}
