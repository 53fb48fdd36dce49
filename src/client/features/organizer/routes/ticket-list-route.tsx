import {
  type Ticket,
  type TicketSortKey,
  ticketSortKeys,
  type TicketStatus,
  ticketStatuses,
} from '@shared/contract/ticket';
import { type QueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { Link, type LoaderFunctionArgs, useSearchParams } from 'react-router';
import { requireRole } from '@client/features/auth';
import { ticketTypesQueryOptions, useTicketTypes } from '@client/features/check-in';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { t } from '@client/i18n';
import { formatNumber } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { useMediaQuery } from '@client/lib/use-media-query';
import { Alert } from '@client/ui/alert';
import { primaryButton, secondaryButton, textLink } from '@client/ui/button-styles';
import { PageHeading } from '@client/ui/page-heading';
import { TextField } from '@client/ui/text-field';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { TICKET_PAGE_SIZE, ticketPageQueryOptions, useTicketPage } from '../api/ticket-admin-queries';
import { TicketBulkBar } from '../components/ticket-bulk-bar';
import { TicketForm } from '../components/ticket-form';
import { TicketRow } from '../components/ticket-row';
import { TicketSelectField } from '../components/ticket-select-field';
import { type TicketSort, TicketTable } from '../components/ticket-table';
import { useDebouncedValue } from '../lib/use-debounced-value';
import { useUrlSort } from '../lib/use-url-sort';

const firstPage = { q: '', status: '' as const, page: 0 };

export const ticketListLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.ensureQueryData(ticketTypesQueryOptions(slug)),
      queryClient.ensureQueryData(ticketPageQueryOptions(slug, firstPage)),
    ]);
    return null;
  };

export function TicketBackLink({
  slug,
  to = 'organizer',
  label,
}: {
  slug: string;
  to?: string;
  label: string;
}) {
  return (
    <p className="mb-2 text-sm">
      <Link to={`/${slug}/${to}`} className={textLink}>
        <span aria-hidden="true">← </span>
        {label}
      </Link>
    </p>
  );
}

/**
 * Tickets for organizers: search, page through, add one, cancel or block, send the link again.
 * From laptop width a sortable table with bulk actions; on a phone a list of cards.
 */
export function TicketListRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const types = useTicketTypes(slug).data?.ticketTypes ?? [];
  // ?q= opens the list searched, as a link from a scan on the arrivals page does.
  const [text, setText] = useState(useSearchParams()[0].get('q') ?? '');
  const [status, setStatus] = useState<TicketStatus | ''>('');
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<Ticket | null>(null);
  const wide = useMediaQuery('(min-width: 1024px)');
  const urlSort = useUrlSort(ticketSortKeys, 'holder');
  // The phone's cards keep the default order: they have no headers to sort or show it by.
  const sort: TicketSort = wide ? { sort: urlSort.sort, dir: urlSort.dir } : { sort: 'holder', dir: 'asc' };
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const q = useDebouncedValue(text, 300);
  const tickets = useTicketPage(slug, { q, status, page, ...sort });
  const shown = tickets.data?.tickets ?? [];
  const chosen = shown.filter((ticket) => selected.has(ticket.id));

  // A selection belongs to the rows shown: searching, filtering, sorting or paging drops it.
  const [selectionFor, setSelectionFor] = useState('');
  const view = JSON.stringify([q, status, page, sort]);
  if (view !== selectionFor) {
    setSelectionFor(view);
    if (selected.size > 0) setSelected(new Set());
  }

  function select(ids: string[], on: boolean) {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
    setDone(null);
  }

  function sortBy(column: TicketSortKey) {
    urlSort.sortBy(column);
    setPage(0);
  }
  const total = tickets.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / TICKET_PAGE_SIZE));
  const typeOf = (id: string) => types.find((ty) => ty.id === id);

  return (
    <div className={wide ? 'max-w-6xl' : 'max-w-4xl'}>
      <TicketBackLink slug={slug} label={t('ticketsAdmin.back')} />
      <PageHeading intro={t('ticketsAdmin.intro')}>{t('ticketsAdmin.title')}</PageHeading>
      <div className="mb-4 flex flex-wrap gap-2">
        {adding ? null : (
          <button
            type="button"
            className={primaryButton}
            onClick={() => {
              setAdding(true);
              setAdded(null);
            }}
          >
            {t('ticketsAdmin.add')}
          </button>
        )}
        <Link to={`/${slug}/organizer/tickets/import`} className={secondaryButton}>
          {t('ticketsAdmin.importLink')}
        </Link>
      </div>
      {adding ? (
        <TicketForm
          slug={slug}
          types={types}
          onCancel={() => setAdding(false)}
          onCreated={(ticket) => {
            setAdding(false);
            setAdded(ticket);
          }}
        />
      ) : null}
      {added ? (
        <section aria-labelledby="ticket-added" className="mb-6 space-y-3">
          <Alert tone="success">
            <p id="ticket-added" className="font-semibold">
              {t('ticketsAdmin.added', { name: added.holderName })}
            </p>
            <p>{t('ticketsAdmin.addedHint')}</p>
          </Alert>
          <ul>
            <TicketRow
              slug={slug}
              conferenceName={conference.name}
              ticket={added}
              type={typeOf(added.typeId)}
              highlighted
            />
          </ul>
        </section>
      ) : null}

      <div
        role="search"
        aria-label={t('ticketsAdmin.searchRegion')}
        className="mb-4 grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]"
      >
        <TextField
          label={t('ticketsAdmin.search')}
          hint={t('ticketsAdmin.searchHint')}
          type="search"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setPage(0);
          }}
        />
        <TicketSelectField
          label={t('ticketsAdmin.statusFilter')}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as TicketStatus | '');
            setPage(0);
          }}
          options={[
            { value: '', label: t('ticketsAdmin.status.any') },
            ...ticketStatuses.map((s) => ({ value: s, label: t(`ticketsAdmin.status.${s}`) })),
          ]}
        />
      </div>

      {tickets.isError ? (
        <Alert tone="error">
          <p className="font-semibold">{t('ticketsAdmin.loadFailed')}</p>
          <p>{problemMessage(tickets.error)}</p>
          <button type="button" className={`${secondaryButton} mt-2`} onClick={() => void tickets.refetch()}>
            {t('error.retry')}
          </button>
        </Alert>
      ) : null}
      {tickets.data ? (
        <div aria-busy={tickets.isPlaceholderData}>
          <p role="status" className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            {total === 0
              ? t('ticketsAdmin.empty')
              : t('ticketsAdmin.showing', {
                  from: formatNumber(page * TICKET_PAGE_SIZE + 1),
                  to: formatNumber(Math.min(total, (page + 1) * TICKET_PAGE_SIZE)),
                  count: total,
                })}
          </p>
          {done ? (
            <div ref={doneRef} tabIndex={-1} className="mb-3">
              <Alert tone="success">
                <p>{done}</p>
              </Alert>
            </div>
          ) : null}
          {wide && chosen.length > 0 ? (
            <TicketBulkBar
              slug={slug}
              tickets={chosen}
              types={types}
              onClear={() => setSelected(new Set())}
              onDone={(message) => {
                setSelected(new Set());
                setDone(message);
                // The bar and the button that opened the dialog are gone: focus the outcome instead.
                requestAnimationFrame(() => doneRef.current?.focus());
              }}
            />
          ) : null}
          {wide ? (
            <div className={tickets.isPlaceholderData ? 'opacity-60' : ''}>
              <TicketTable
                slug={slug}
                conferenceName={conference.name}
                timeZone={conference.timeZone}
                tickets={shown}
                types={types}
                sort={sort}
                onSort={sortBy}
                selected={selected}
                onSelect={select}
              />
            </div>
          ) : (
            <ul className={`space-y-3 ${tickets.isPlaceholderData ? 'opacity-60' : ''}`}>
              {shown.map((ticket) => (
                <TicketRow
                  key={ticket.id}
                  slug={slug}
                  conferenceName={conference.name}
                  ticket={ticket}
                  type={typeOf(ticket.typeId)}
                />
              ))}
            </ul>
          )}
          {pages > 1 ? (
            <nav
              aria-label={t('ticketsAdmin.pages')}
              className="mt-4 flex items-center justify-between gap-3"
            >
              <button
                type="button"
                className={secondaryButton}
                disabled={page === 0}
                onClick={() => setPage(page - 1)}
              >
                {t('ticketsAdmin.previous')}
              </button>
              <span className="text-sm text-slate-700 dark:text-slate-300">
                {t('ticketsAdmin.pageOf', { page: page + 1, pages })}
              </span>
              <button
                type="button"
                className={secondaryButton}
                disabled={page + 1 >= pages}
                onClick={() => setPage(page + 1)}
              >
                {t('ticketsAdmin.next')}
              </button>
            </nav>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
