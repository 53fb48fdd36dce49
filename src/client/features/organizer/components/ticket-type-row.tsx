import { type TicketType } from '@shared/contract/ticket';
import { useId, useState } from 'react';
import { t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { formatDay } from '@client/lib/format';
import { secondaryButton } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useDeleteTicketType } from '../api/ticket-admin-mutations';
import { TicketTypeForm } from './ticket-type-form';

type Deleting = null | 'ask' | { dependents: Record<string, string[]> };

/**
 * What the dependents mean for the organizer: tickets and lists admitting only this type can
 * never be confirmed away; lists that also admit other types lose this one on confirmation.
 */
function dependentLines(dependents: Record<string, string[]>): { lines: string[]; confirmable: boolean } {
  const lines: string[] = [];
  for (const text of dependents.tickets ?? []) lines.push(text);
  if (dependents.tickets) lines.push(t('ticketsAdmin.types.ticketsBlock'));
  if (dependents.blockingCheckInLists) {
    lines.push(t('ticketsAdmin.types.listsBlock', { lists: dependents.blockingCheckInLists.join(', ') }));
  }
  if (dependents.checkInLists) {
    lines.push(t('ticketsAdmin.types.listsLose', { lists: dependents.checkInLists.join(', ') }));
  }
  return { lines, confirmable: !dependents.tickets && !dependents.blockingCheckInLists };
}

export function TicketTypeRow({ slug, type, days }: { slug: string; type: TicketType; days: string[] }) {
  const remove = useDeleteTicketType(slug);
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState<Deleting>(null);
  const nameId = useId();

  const attempt = (confirm: boolean) =>
    remove.mutate(
      { id: type.id, confirm },
      {
        onSuccess: () => setDeleting(null),
        onError: (error) => {
          if (isApiError(error, 'ticket_type_in_use') || isApiError(error, 'ticket_type_has_tickets')) {
            setDeleting({ dependents: error.errors ?? {} });
          }
        },
      },
    );

  const blocked = deleting && deleting !== 'ask' ? dependentLines(deleting.dependents) : null;
  // Refusals are explained on their own; anything else shows inside the open dialog.
  const otherError =
    remove.isError &&
    !isApiError(remove.error, 'ticket_type_in_use') &&
    !isApiError(remove.error, 'ticket_type_has_tickets')
      ? problemMessage(remove.error)
      : null;

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
              aria-expanded={deleting !== null}
              onClick={() => {
                remove.reset();
                setDeleting(deleting ? null : 'ask');
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
      {deleting === 'ask' ? (
        <ConfirmDialog
          title={t('ticketsAdmin.types.deleteTitle', { name: type.name })}
          lines={[t('ticketsAdmin.types.deleteBody')]}
          confirmLabel={t('ticketsAdmin.delete')}
          pending={remove.isPending}
          error={otherError}
          onConfirm={() => attempt(false)}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
      {blocked?.confirmable ? (
        <ConfirmDialog
          title={t('ticketsAdmin.types.inUseTitle', { name: type.name })}
          lines={blocked.lines}
          confirmLabel={t('ticketsAdmin.types.deleteAnyway')}
          pending={remove.isPending}
          error={otherError}
          onConfirm={() => attempt(true)}
          onCancel={() => setDeleting(null)}
        />
      ) : blocked ? (
        // Nothing to confirm: the refusal is explained next to the type it is about.
        <ConfirmDialog
          title={t('ticketsAdmin.types.cannotDeleteTitle', { name: type.name })}
          lines={blocked.lines}
          onCancel={() => setDeleting(null)}
        />
      ) : null}
    </li>
  );
}
