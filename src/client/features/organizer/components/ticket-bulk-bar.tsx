import { type Ticket, type TicketType } from '@shared/contract/ticket';
import { useId, useState } from 'react';
import { t } from '@client/i18n';
import { formField, primaryButton, secondaryButton, standaloneLink } from '@client/ui/button-styles';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { useBulkTickets } from '../api/ticket-admin-mutations';

type BulkAction = 'cancel' | 'block' | 'move';

/** How many holders a confirmation names before "and 12 more". */
const NAMED = 5;

function holderNames(tickets: readonly Ticket[]): string {
  const names = tickets.slice(0, NAMED).map((ticket) => ticket.holderName);
  const rest = tickets.length - names.length;
  return rest > 0 ? `${names.join(', ')} ${t('ticketsBulk.more', { count: rest })}` : names.join(', ');
}

/**
 * What to do with the selected tickets: cancel, block or move them to another type, each asked
 * first with the holders named. The server changes all of them or none.
 */
export function TicketBulkBar({
  slug,
  tickets,
  types,
  onDone,
  onClear,
}: {
  slug: string;
  tickets: readonly Ticket[];
  types: readonly TicketType[];
  onDone: (message: string) => void;
  onClear: () => void;
}) {
  const bulk = useBulkTickets(slug);
  const [asking, setAsking] = useState<BulkAction | null>(null);
  const [typeId, setTypeId] = useState('');
  const selectId = useId();
  const count = tickets.length;
  const type = types.find((ty) => ty.id === typeId);

  function ask(action: BulkAction) {
    bulk.reset();
    setAsking(action);
  }

  function confirm(action: BulkAction) {
    bulk.mutate(
      {
        action,
        ticketIds: tickets.map((ticket) => ticket.id),
        ...(action === 'move' ? { ticketTypeId: typeId } : {}),
      },
      {
        onSuccess: () => {
          setAsking(null);
          onDone(t(`ticketsBulk.done.${action}`, { count, type: type?.name ?? '' }));
        },
      },
    );
  }

  return (
    <>
      <section
        aria-label={t('ticketsBulk.region')}
        className="sticky top-16 z-10 mb-3 flex flex-wrap items-end gap-2 rounded-lg border border-indigo-700 bg-indigo-50 p-3 dark:border-indigo-300 dark:bg-indigo-950"
      >
        <div className="mr-2 flex flex-col items-start">
          <p className="font-semibold text-slate-900 dark:text-slate-50">
            {t('ticketsBulk.selected', { count })}
          </p>
          <button type="button" className={`${standaloneLink} -my-1 text-sm`} onClick={onClear}>
            {t('ticketsBulk.clear')}
          </button>
        </div>
        <button type="button" className={secondaryButton} onClick={() => ask('cancel')}>
          {t('ticketsBulk.cancel', { count })}
        </button>
        <button type="button" className={secondaryButton} onClick={() => ask('block')}>
          {t('ticketsBulk.block', { count })}
        </button>
        <div className="flex items-end gap-2">
          <div>
            <label
              htmlFor={selectId}
              className="block text-sm font-medium text-slate-900 dark:text-slate-100"
            >
              {t('ticketsBulk.moveTo', { count })}
            </label>
            <select
              id={selectId}
              className={`${formField} w-44`}
              value={typeId}
              onChange={(e) => setTypeId(e.target.value)}
            >
              <option value="">{t('ticketsBulk.chooseType')}</option>
              {types.map((ty) => (
                <option key={ty.id} value={ty.id}>
                  {ty.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className={primaryButton} disabled={!type} onClick={() => ask('move')}>
            {t('ticketsBulk.moveSubmit')}
          </button>
        </div>
      </section>
      {/* Outside the sticky bar, whose stacking context would put the modal under the header. */}
      {asking ? (
        <ConfirmDialog
          title={t(`ticketsBulk.${asking}`, { count })}
          lines={[
            t(`ticketsBulk.summary.${asking}`, {
              count,
              names: holderNames(tickets),
              type: type?.name ?? '',
            }),
            t(`ticketsBulk.effect.${asking}`),
          ]}
          confirmLabel={t(`ticketsBulk.${asking}`, { count })}
          cancelLabel={t('ticketsBulk.back')}
          tone={asking === 'move' ? 'primary' : 'danger'}
          pending={bulk.isPending}
          pendingLabel={t(`ticketsBulk.pending.${asking}`)}
          error={bulk.isError ? problemMessage(bulk.error) : null}
          onConfirm={() => confirm(asking)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
    </>
  );
}
