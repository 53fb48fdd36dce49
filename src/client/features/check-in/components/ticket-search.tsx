import { TICKET_SEARCH_MIN, type TicketType } from '@shared/contract/ticket';
import { type RefObject, useId, useMemo, useState } from 'react';
import { t } from '@client/i18n';
import { ApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { Alert } from '@client/ui/alert';
import { formatTime } from '@client/lib/format';
import { primaryButton } from '@client/ui/button-styles';
import { useTicketSearch } from '../api/search-tickets';
import { looksLikeCode } from '../lib/use-wedge-scanner';
import { useCheckedIn } from '../lib/use-checked-in';
import { useDebouncedText } from '../lib/use-debounced-text';
import { type DeskTicket, type OfflineTicketSearch } from '../lib/offline-ticket-search';

const DEBOUNCE_MS = 250;
/** As many as the server answers: a desk needs the few that match, not a list to scroll. */
const RESULTS = 8;

export interface TicketSearchProps {
  slug: string;
  /** The desk's list and day: a holder already let in on them shows as such. */
  listId: string;
  day: string | null;
  timeZone: string;
  types: readonly TicketType[];
  offline: boolean;
  /** The desk's own copy of the tickets, searched when the server cannot be. */
  index: OfflineTicketSearch | null;
  onCheckIn: (ticket: DeskTicket, typeName: string | null) => void;
  /** A code typed into the field by a wedge scanner. */
  onCode: (code: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}

/**
 * Finds a holder by name, email or order code (from three letters) with a check-in button
 * each. Offline, or when the server does not answer, it searches the desk's own copy of the
 * tickets and says so; a check-in from there is judged and queued like an offline scan.
 */
export function TicketSearch({
  slug,
  listId,
  day,
  timeZone,
  types,
  offline,
  index,
  onCheckIn,
  onCode,
  inputRef,
}: TicketSearchProps) {
  const [text, setText] = useState('');
  const q = useDebouncedText(text, DEBOUNCE_MS);
  const search = useTicketSearch(slug, looksLikeCode(q) || offline ? '' : q);
  const networkFailed = search.isError && !(search.error instanceof ApiError);
  const local = index !== null && (offline || networkFailed);
  const localResults = useMemo(
    () => (local && index && !looksLikeCode(q) ? index.search(q, RESULTS) : null),
    [local, index, q],
  );
  const results = localResults ?? (search.data && !offline ? search.data : null);
  const shown = results && q.trim().length >= TICKET_SEARCH_MIN ? results.tickets : [];
  const checkedIn = useCheckedIn(
    slug,
    listId,
    shown.map((ticket) => ticket.id),
    day,
    timeZone,
    !local && !offline,
  );
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
          ref={inputRef}
          type="search"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-describedby={hintId}
          onChange={(e) => setText(e.target.value)}
          className="w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base dark:border-slate-400 dark:bg-slate-900"
        />
        <p id={hintId} className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          {tooShort
            ? t('desk.searchTooShort')
            : local
              ? t('desk.searchLocal', { count: index!.size })
              : offline
                ? t('desk.searchOffline')
                : t('desk.searchHint')}
        </p>
      </form>
      {search.isError && !local ? (
        <Alert tone="error">
          <p>{problemMessage(search.error)}</p>
        </Alert>
      ) : null}
      {results && q.trim().length >= TICKET_SEARCH_MIN ? (
        <div aria-busy={!local && search.isPlaceholderData}>
          <p role="status" className="mb-2 text-sm text-slate-700 dark:text-slate-300">
            {results.tickets.length === 0
              ? t('desk.searchEmpty')
              : local
                ? t('desk.searchCountLocal', { count: results.total })
                : t('desk.searchCount', { count: results.total })}
          </p>
          <ul
            className={`divide-y divide-slate-200 rounded-lg border dark:divide-slate-800 ${
              local
                ? 'border-dashed border-amber-700 dark:border-amber-400'
                : 'border-slate-300 dark:border-slate-700'
            }`}
          >
            {results.tickets.map((ticket) => {
              const admitted = checkedIn.get(ticket.id);
              return (
                <li key={ticket.id} className="flex items-center justify-between gap-3 p-3">
                  <div className="min-w-0">
                    <p className="font-semibold">
                      {ticket.holderName}
                      {local ? (
                        <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-950 dark:bg-amber-900 dark:text-amber-50">
                          {t('desk.offlineResult')}
                        </span>
                      ) : null}
                    </p>
                    <p className="truncate text-sm text-slate-700 dark:text-slate-300">
                      {[typeName(ticket.typeId), ticket.orderCode, ticket.email].filter(Boolean).join(' · ')}
                    </p>
                    {ticket.status !== 'valid' ? (
                      <p className="text-sm font-semibold text-red-800 dark:text-red-300">
                        {t(`desk.status.${ticket.status}`)}
                      </p>
                    ) : null}
                  </div>
                  {admitted ? (
                    <p
                      className="shrink-0 rounded-md border-2 border-green-700 px-2 py-1 text-right text-sm font-semibold text-green-900 dark:border-green-400 dark:text-green-100"
                      data-testid="already-in"
                    >
                      {t('desk.alreadyIn')}
                      <span className="block font-normal">
                        {t('desk.alreadyInAt', {
                          time: formatTime(admitted.at, timeZone),
                          desk: admitted.deskName,
                        })}
                      </span>
                    </p>
                  ) : (
                    <button
                      type="button"
                      className={`${primaryButton} min-h-11 shrink-0 whitespace-nowrap`}
                      aria-label={t('desk.checkInName', { name: ticket.holderName })}
                      onClick={() => onCheckIn(ticket, typeName(ticket.typeId))}
                    >
                      {t('desk.checkIn')}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
