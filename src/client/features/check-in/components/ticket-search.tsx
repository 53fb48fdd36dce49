import { TICKET_SEARCH_MIN, type Ticket, type TicketType } from '@shared/contract/ticket';
import { useId, useState } from 'react';
import { t } from '@client/i18n';
import { problemMessage } from '@client/lib/problem-message';
import { Alert } from '@client/ui/alert';
import { primaryButton } from '@client/ui/button-styles';
import { useTicketSearch } from '../api/search-tickets';
import { looksLikeCode } from '../lib/use-wedge-scanner';
import { useDebouncedText } from '../lib/use-debounced-text';

const DEBOUNCE_MS = 250;

export interface TicketSearchProps {
  slug: string;
  types: readonly TicketType[];
  offline: boolean;
  onCheckIn: (ticket: Ticket, typeName: string | null) => void;
  /** A code typed into the field by a wedge scanner. */
  onCode: (code: string) => void;
}

/** Finds a holder by name, email or order code (from three letters) with a check-in button each. */
export function TicketSearch({ slug, types, offline, onCheckIn, onCode }: TicketSearchProps) {
  const [text, setText] = useState('');
  const q = useDebouncedText(text, DEBOUNCE_MS);
  const search = useTicketSearch(slug, looksLikeCode(q) ? '' : q);
  const hintId = useId();
  const typeName = (id: string) => types.find((ty) => ty.id === id)?.name ?? null;
  const tooShort = text.trim().length > 0 && text.trim().length < TICKET_SEARCH_MIN;

  return (
    <section aria-labelledby="desk-search-title" className="space-y-3">
      <h2 id="desk-search-title" className="text-lg font-semibold">
        {t('desk.searchTitle')}
      </h2>
      <form
        role="search"
        onSubmit={(e) => {
          e.preventDefault();
          if (looksLikeCode(text)) {
            onCode(text.trim());
            setText('');
          }
        }}
      >
        <label htmlFor="desk-search" className="mb-1 block text-sm font-medium">
          {t('desk.search')}
        </label>
        <input
          id="desk-search"
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-describedby={hintId}
          onChange={(e) => setText(e.target.value)}
          className="w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base dark:border-slate-400 dark:bg-slate-900"
        />
        <p id={hintId} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {offline ? t('desk.searchOffline') : tooShort ? t('desk.searchTooShort') : t('desk.searchHint')}
        </p>
      </form>
      {search.isError ? (
        <Alert tone="error">
          <p>{problemMessage(search.error)}</p>
        </Alert>
      ) : null}
      {search.data && q.trim().length >= TICKET_SEARCH_MIN ? (
        <div aria-busy={search.isPlaceholderData}>
          <p role="status" className="mb-2 text-sm text-slate-700 dark:text-slate-300">
            {search.data.tickets.length === 0
              ? t('desk.searchEmpty')
              : t('desk.searchCount', { count: search.data.total })}
          </p>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 dark:divide-slate-800 dark:border-slate-700">
            {search.data.tickets.map((ticket) => (
              <li key={ticket.id} className="flex items-center justify-between gap-3 p-3">
                <div className="min-w-0">
                  <p className="font-semibold">{ticket.holderName}</p>
                  <p className="truncate text-sm text-slate-700 dark:text-slate-300">
                    {[typeName(ticket.typeId), ticket.orderCode, ticket.email].filter(Boolean).join(' · ')}
                  </p>
                  {ticket.status !== 'valid' ? (
                    <p className="text-sm font-semibold text-red-800 dark:text-red-300">
                      {t(`desk.status.${ticket.status}`)}
                    </p>
                  ) : null}
                </div>
                <button
                  type="button"
                  className={primaryButton}
                  aria-label={t('desk.checkInName', { name: ticket.holderName })}
                  onClick={() => onCheckIn(ticket, typeName(ticket.typeId))}
                >
                  {t('desk.checkIn')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
