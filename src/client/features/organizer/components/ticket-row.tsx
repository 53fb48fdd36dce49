import { type Ticket, type TicketStatus, type TicketType } from '@shared/contract/ticket';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { t } from '@client/i18n';
import { Alert } from '@client/ui/alert';
import { secondaryButton, textLink } from '@client/ui/button-styles';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { ConfirmDialog } from '@client/ui/forms/confirm-dialog';
import { useUpdateTicket } from '../api/ticket-admin-mutations';
import { TicketCopyButton } from './ticket-copy-button';
import { TicketScanHistory } from './ticket-scan-history';
import { TicketStatusBadge } from './ticket-status-badge';

type Action = 'cancel' | 'block' | 'reinstate';

const targetStatus: Record<Action, TicketStatus> = {
  cancel: 'cancelled',
  block: 'blocked',
  reinstate: 'valid',
};

function actionsFor(status: TicketStatus): Action[] {
  return status === 'valid' ? ['cancel', 'block'] : ['reinstate'];
}

export function holderPath(slug: string, secret: string) {
  return `/t/${slug}/${secret}`;
}

/** One ticket: who holds it, its status with the changes an organizer may make, and its link. */
export function TicketRow({
  slug,
  conferenceName,
  ticket,
  type,
  highlighted = false,
}: {
  slug: string;
  conferenceName: string;
  ticket: Ticket;
  type: TicketType | undefined;
  highlighted?: boolean;
}) {
  const update = useUpdateTicket(slug);
  const [asking, setAsking] = useState<Action | null>(null);
  const [showLink, setShowLink] = useState(highlighted);
  const [showScans, setShowScans] = useState(false);
  const nameId = useId();
  const path = ticket.secret ? holderPath(slug, ticket.secret) : null;
  const url = path ? `${window.location.origin}${path}` : null;

  const confirm = (action: Action) =>
    update.mutate({ id: ticket.id, status: targetStatus[action] }, { onSuccess: () => setAsking(null) });

  return (
    <li
      aria-labelledby={nameId}
      className={`rounded-lg border bg-white p-4 dark:bg-slate-900 ${
        highlighted ? 'border-indigo-700 dark:border-indigo-300' : 'border-slate-300 dark:border-slate-700'
      }`}
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <h2 id={nameId} className="font-semibold text-slate-900 dark:text-slate-50">
            {ticket.holderName}
          </h2>
          <p className="text-sm break-all text-slate-700 dark:text-slate-300">{ticket.email}</p>
        </div>
        <TicketStatusBadge status={ticket.status} />
      </div>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-700 dark:text-slate-300">
        <dt className="font-medium">{t('ticketsAdmin.field.type')}</dt>
        <dd>{type?.name ?? ticket.typeId}</dd>
        <dt className="font-medium">{t('ticketsAdmin.field.orderCode')}</dt>
        <dd className="font-mono">{ticket.orderCode}</dd>
        {ticket.company ? (
          <>
            <dt className="font-medium">{t('ticketsAdmin.field.company')}</dt>
            <dd>{ticket.company}</dd>
          </>
        ) : null}
        {ticket.country ? (
          <>
            <dt className="font-medium">{t('ticketsAdmin.field.country')}</dt>
            <dd>{ticket.country}</dd>
          </>
        ) : null}
        {ticket.note ? (
          <>
            <dt className="font-medium">{t('ticketsAdmin.note')}</dt>
            <dd>{ticket.note}</dd>
          </>
        ) : null}
      </dl>
      <div className="mt-3 flex flex-wrap gap-2">
        {actionsFor(ticket.status).map((action) => (
          <button
            key={action}
            type="button"
            className={secondaryButton}
            aria-expanded={asking === action}
            onClick={() => setAsking(asking === action ? null : action)}
          >
            {t(`ticketsAdmin.action.${action}`)}
          </button>
        ))}
        {path ? (
          <button
            type="button"
            className={secondaryButton}
            aria-expanded={showLink}
            onClick={() => setShowLink(!showLink)}
          >
            {t('ticketsAdmin.linkToggle')}
          </button>
        ) : null}
        <button
          type="button"
          className={secondaryButton}
          aria-expanded={showScans}
          onClick={() => setShowScans(!showScans)}
        >
          {t('ticketsAdmin.scans.toggle')}
        </button>
      </div>
      {showScans ? <TicketScanHistory slug={slug} ticketId={ticket.id} /> : null}
      {asking ? (
        <ConfirmDialog
          title={t(`ticketsAdmin.confirm.${asking}.title`, { name: ticket.holderName })}
          lines={[t(`ticketsAdmin.confirm.${asking}.body`)]}
          confirmLabel={t(`ticketsAdmin.confirm.${asking}.submit`)}
          tone={asking === 'reinstate' ? 'primary' : 'danger'}
          pending={update.isPending}
          pendingLabel={t('ticketsAdmin.working')}
          error={update.isError ? problemMessage(update.error) : null}
          onConfirm={() => confirm(asking)}
          onCancel={() => setAsking(null)}
        />
      ) : null}
      {update.isError ? (
        <div className="mt-3">
          <Alert tone="error">
            <p className="font-semibold">{t('ticketsAdmin.updateFailed', { name: ticket.holderName })}</p>
            <p>{problemMessage(update.error)}</p>
          </Alert>
        </div>
      ) : null}
      {showLink && path && url ? (
        <div className="mt-3 space-y-2 rounded-md bg-slate-100 p-3 text-sm dark:bg-slate-800">
          <p className="text-slate-800 dark:text-slate-200">{t('ticketsAdmin.holderLinkHint')}</p>
          <p className="font-mono text-xs break-all text-slate-900 dark:text-slate-100">{url}</p>
          <div className="flex flex-wrap items-center gap-3">
            <Link to={path} className={textLink}>
              {t('ticketsAdmin.openLink')}
            </Link>
            <TicketCopyButton text={url} label={t('ticketsAdmin.copyLink')} />
            <TicketCopyButton
              text={t('ticketsAdmin.resendText', {
                name: ticket.holderName,
                conference: conferenceName,
                url,
              })}
              label={t('ticketsAdmin.copyMessage')}
            />
          </div>
        </div>
      ) : null}
    </li>
  );
}
