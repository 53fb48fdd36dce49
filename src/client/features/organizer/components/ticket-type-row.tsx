import { type TicketType } from '@shared/contract/ticket';
import { useId, useState } from 'react';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useDeleteWithDependents } from '@client/ui/forms/use-delete-with-dependents';
import { useDeleteTicketType } from '../api/ticket-admin-mutations';
import { TicketTypeForm } from './ticket-type-form';

export function TicketTypeRow({ slug, type, days }: { slug: string; type: TicketType; days: string[] }) {
  const remove = useDeleteTicketType(slug);
  const [editing, setEditing] = useState(false);
  // Asked first in any case: the server's answer then says what depends on the type, if anything.
  const [asking, setAsking] = useState(false);
  const del = useDeleteWithDependents(
    (confirm) => remove.mutateAsync({ id: type.id, confirm }),
    () => setAsking(false),
  );
  const nameId = useId();
  const error = del.error ? problemMessage(del.error) : null;

  return (
    <li
      aria-labelledby={nameId}
      className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={nameId} className="font-semibold text-slate-900 dark:text-slate-50">
            {type.name}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {t('ticketsAdmin.types.meta', { slug: type.slug, number: type.number })}
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {type.validDays.map((d) => formatDay(d)).join(' · ')}
          </p>
        </div>
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
      {editing ? (
        <TicketTypeForm slug={slug} days={days} type={type} onDone={() => setEditing(false)} />
      ) : null}
      {asking && !del.asking ? (
        <ConfirmDialog
          title={t('ticketsAdmin.types.deleteTitle', { name: type.name })}
          lines={[t('ticketsAdmin.types.deleteBody')]}
          confirmLabel={t('ticketsAdmin.delete')}
          pending={del.pending}
          error={error}
          onConfirm={() => void del.attempt(false)}
          onCancel={() => setAsking(false)}
        />
      ) : null}
      {del.asking ? (
        // Lists that also admit other types lose it on confirmation; tickets and lists admitting
        // only this type are never confirmed away, and the dialog then only explains.
        <ConfirmDialog
          title={t(
            del.asking.confirmable ? 'ticketsAdmin.types.inUseTitle' : 'ticketsAdmin.types.cannotDeleteTitle',
            { name: type.name },
          )}
          dependents={del.asking}
          lines={del.asking.confirmable ? [t('ticketsAdmin.types.listsLose')] : []}
          confirmLabel={t('ticketsAdmin.types.deleteAnyway')}
          pending={del.pending}
          error={error}
          onConfirm={() => void del.attempt(true)}
          onCancel={() => {
            del.cancel();
            setAsking(false);
          }}
        />
      ) : null}
    </li>
  );
}
