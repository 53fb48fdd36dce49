import {
  type Ticket,
  type TicketSortDirection,
  type TicketSortKey,
  type TicketType,
  ticketSortKeys,
} from '@shared/contract/ticket';
import { Fragment, useEffect, useRef, useState } from 'react';
import { t } from '@client/i18n';
import { formatDayTime } from '@client/lib/format';
import { secondaryButton } from '@client/ui/button-styles';
import { SortHeader } from './sort-header';
import { TicketRow } from './ticket-row';
import { TicketStatusBadge } from './ticket-status-badge';

export interface TicketSort {
  sort: TicketSortKey;
  dir: TicketSortDirection;
}

const cell = 'px-3 py-2 align-middle';
/** The whole 44 px cell is the checkbox's label, so the small box is easy to hit. */
const checkboxLabel = 'flex min-h-11 min-w-11 cursor-pointer items-center justify-center';
const checkbox = 'size-5 cursor-pointer accent-indigo-700 dark:accent-indigo-300';

function SelectAll({
  tickets,
  selected,
  onSelect,
}: {
  tickets: readonly Ticket[];
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
}) {
  const box = useRef<HTMLInputElement>(null);
  const chosen = tickets.filter((ticket) => selected.has(ticket.id)).length;
  const all = tickets.length > 0 && chosen === tickets.length;
  const some = chosen > 0 && !all;
  useEffect(() => {
    if (box.current) box.current.indeterminate = some;
  }, [some]);
  return (
    <label className={checkboxLabel}>
      <input
        ref={box}
        type="checkbox"
        className={checkbox}
        checked={all}
        disabled={tickets.length === 0}
        onChange={() =>
          onSelect(
            tickets.map((ticket) => ticket.id),
            !all,
          )
        }
      />
      <span className="sr-only">{t('ticketsTable.selectAll')}</span>
    </label>
  );
}

/**
 * The ticket list from laptop width on: sortable columns and a checkbox per row for the bulk
 * actions; Details opens the same card the phone shows (reinstate, the holder's link, scans).
 */
export function TicketTable({
  slug,
  conferenceName,
  timeZone,
  tickets,
  types,
  sort,
  onSort,
  selected,
  onSelect,
}: {
  slug: string;
  conferenceName: string;
  timeZone: string;
  tickets: readonly Ticket[];
  types: readonly TicketType[];
  sort: TicketSort;
  onSort: (column: TicketSortKey) => void;
  selected: ReadonlySet<string>;
  onSelect: (ids: string[], on: boolean) => void;
}) {
  const [open, setOpen] = useState<string | null>(null);
  const typeOf = (id: string) => types.find((ty) => ty.id === id);
  return (
    <table className="w-full border-collapse text-sm">
      <caption className="sr-only">{t('ticketsTable.caption')}</caption>
      <thead className="border-b-2 border-slate-400 dark:border-slate-500">
        <tr>
          <th scope="col" className="w-11 p-0">
            <SelectAll tickets={tickets} selected={selected} onSelect={onSelect} />
          </th>
          {ticketSortKeys.map((column) => (
            <SortHeader
              key={column}
              label={t(`ticketsTable.column.${column}`)}
              active={sort.sort === column}
              dir={sort.dir}
              onSort={() => onSort(column)}
            />
          ))}
          <th scope="col" className={`${cell} text-left`}>
            <span className="sr-only">{t('ticketsTable.column.actions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {tickets.map((ticket) => {
          const isOpen = open === ticket.id;
          const nameId = `ticket-holder-${ticket.id}`;
          return (
            <Fragment key={ticket.id}>
              <tr
                className={`border-b border-slate-200 dark:border-slate-700 ${
                  selected.has(ticket.id) ? 'bg-indigo-50 dark:bg-indigo-950' : ''
                }`}
              >
                <td className="p-0">
                  <label className={checkboxLabel}>
                    <input
                      type="checkbox"
                      className={checkbox}
                      checked={selected.has(ticket.id)}
                      onChange={(e) => onSelect([ticket.id], e.target.checked)}
                    />
                    <span className="sr-only">{t('ticketsTable.select', { name: ticket.holderName })}</span>
                  </label>
                </td>
                <th scope="row" id={nameId} className={`${cell} text-left font-semibold`}>
                  {ticket.holderName}
                </th>
                <td className={`${cell} [overflow-wrap:anywhere]`}>{ticket.email}</td>
                <td className={cell}>{typeOf(ticket.typeId)?.name ?? ticket.typeId}</td>
                <td className={cell}>
                  <TicketStatusBadge status={ticket.status} />
                </td>
                <td className={`${cell} whitespace-nowrap`}>
                  {ticket.checkedInAt
                    ? formatDayTime(ticket.checkedInAt, timeZone)
                    : t('ticketsTable.notYet')}
                </td>
                <td className={`${cell} text-right`}>
                  <button
                    type="button"
                    className={secondaryButton}
                    aria-expanded={isOpen}
                    aria-describedby={nameId}
                    onClick={() => setOpen(isOpen ? null : ticket.id)}
                  >
                    {isOpen ? t('ticketsTable.hideDetails') : t('ticketsTable.details')}
                  </button>
                </td>
              </tr>
              {isOpen ? (
                <tr>
                  <td colSpan={ticketSortKeys.length + 2} className="bg-slate-50 p-3 dark:bg-slate-950">
                    <ul>
                      <TicketRow
                        slug={slug}
                        conferenceName={conferenceName}
                        ticket={ticket}
                        type={typeOf(ticket.typeId)}
                      />
                    </ul>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
