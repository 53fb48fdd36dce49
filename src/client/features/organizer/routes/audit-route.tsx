import { type QueryClient } from '@tanstack/react-query';
import { type LoaderFunctionArgs } from 'react-router';
import { type AuditEntry } from '@shared/contract/audit';
import { useId, useState } from 'react';
import { requireRole } from '@client/features/auth';
import { conferenceQueryOptions, useConference } from '@client/features/conference';
import { hasMessage, type MessageKey, t } from '@client/i18n';
import { formatDateTimeWithZone } from '@client/lib/format';
import { requireParam, useRequiredParam } from '@client/lib/route-params';
import { Alert } from '@client/ui/alert';
import { problemMessage } from '@client/ui/forms/problem-messages';
import { secondaryButton } from '@client/ui/button-styles';
import { auditQueryOptions, useAudit } from '../api/get-audit';
import { ConsolePage } from '../components/console-page';
import { inputClass } from '../components/form-parts';

export const auditLoader =
  (queryClient: QueryClient) =>
  async ({ params, request }: LoaderFunctionArgs) => {
    const slug = requireParam(params, 'slug');
    await requireRole(queryClient, request, 'organizer');
    await Promise.all([
      queryClient.ensureQueryData(conferenceQueryOptions(slug)),
      queryClient.prefetchInfiniteQuery(auditQueryOptions(slug)),
    ]);
    return null;
  };

const filters: { prefix: string; label: MessageKey }[] = [
  { prefix: 'room.', label: 'console.audit.filter.room' },
  { prefix: 'track.', label: 'console.audit.filter.track' },
  { prefix: 'day.', label: 'console.audit.filter.day' },
  { prefix: 'speaker.', label: 'console.audit.filter.speaker' },
  { prefix: 'session.', label: 'console.audit.filter.session' },
  { prefix: 'schedule.', label: 'console.audit.filter.schedule' },
  { prefix: 'conference.', label: 'console.audit.filter.conference' },
];

const shown = (value: unknown): string =>
  value === null || value === undefined || value === ''
    ? t('console.audit.none')
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/** A detail object as readable lines: field changes as "before → after", the rest as key: value. */
function detailLines(detail: Record<string, unknown>): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(detail)) {
    if (key === 'changes' && value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [field, pair] of Object.entries(value as Record<string, unknown>)) {
        const [before, after] = Array.isArray(pair) ? pair : [undefined, pair];
        lines.push(t('console.audit.change', { field, before: shown(before), after: shown(after) }));
      }
    } else {
      lines.push(`${key}: ${shown(value)}`);
    }
  }
  return lines;
}

/**
 * "schedule.published" as "Schedule published" (“Programm veröffentlicht”): each known action
 * code has a catalog line in every language. A code added later without one still reads, in
 * English: the codes are built from a subject and a verb, so they read as a sentence once the
 * separators become spaces. The code itself stays in the entry's title attribute.
 */
export function actionLabel(action: string): string {
  const key = `console.audit.action.${action}` as MessageKey;
  if (hasMessage(key)) return t(key);
  const words = action
    .replace(/check-in-list/g, 'check-in list')
    .replace(/[._]+/g, ' ')
    .replace(/(?<!check)-(?!in\b)/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function EntryItem({ entry, timeZone }: { entry: AuditEntry; timeZone: string }) {
  const lines = detailLines(entry.detail);
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-4 dark:border-slate-700 dark:bg-slate-900">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <p className="font-semibold text-slate-900 dark:text-slate-50" title={entry.action}>
          {actionLabel(entry.action)}
          {entry.subject ? (
            <span className="font-normal break-all text-slate-700 dark:text-slate-300">
              {' '}
              · {entry.subject}
            </span>
          ) : null}
        </p>
        <time dateTime={entry.at} className="text-sm text-slate-700 dark:text-slate-300">
          {formatDateTimeWithZone(entry.at, timeZone)}
        </time>
      </div>
      <p className="mt-1 text-sm text-slate-800 dark:text-slate-200">
        {entry.actor ? (
          <>
            {entry.actor.name}{' '}
            <span className="break-all text-slate-700 dark:text-slate-300">({entry.actor.email})</span>
          </>
        ) : (
          t('console.audit.system')
        )}
      </p>
      {lines.length > 0 ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-indigo-700 dark:text-indigo-300">
            {t('console.audit.details')}
          </summary>
          <ul className="mt-1 space-y-0.5 break-words text-slate-800 dark:text-slate-200">
            {lines.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </li>
  );
}

/** Who changed what in the edition, newest first, filtered by kind, a page at a time. */
export function AuditRoute() {
  const slug = useRequiredParam('slug');
  const conference = useConference(slug);
  const [action, setAction] = useState('');
  const audit = useAudit(slug, action || undefined);
  const selectId = useId();
  const entries = audit.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <ConsolePage
      slug={slug}
      title={t('console.audit.title')}
      intro={t('console.audit.intro', { conference: conference.name })}
      status={null}
    >
      <div className="mb-4 max-w-sm space-y-1">
        <label htmlFor={selectId} className="block font-medium text-slate-900 dark:text-slate-100">
          {t('console.audit.filter')}
        </label>
        <select
          id={selectId}
          className={inputClass}
          value={action}
          onChange={(e) => setAction(e.target.value)}
        >
          <option value="">{t('console.audit.filterAll')}</option>
          {filters.map((f) => (
            <option key={f.prefix} value={f.prefix}>
              {t(f.label)}
            </option>
          ))}
        </select>
      </div>
      {audit.error ? <Alert tone="error">{problemMessage(audit.error)}</Alert> : null}
      {audit.isSuccess && entries.length === 0 ? <p>{t('console.audit.empty')}</p> : null}
      <ol className="space-y-3" aria-busy={audit.isFetching}>
        {entries.map((entry) => (
          <EntryItem key={entry.id} entry={entry} timeZone={conference.timeZone} />
        ))}
      </ol>
      <div className="mt-4">
        {audit.hasNextPage ? (
          <button
            type="button"
            className={secondaryButton}
            onClick={() => void audit.fetchNextPage()}
            disabled={audit.isFetchingNextPage}
          >
            {audit.isFetchingNextPage ? t('console.audit.loadingMore') : t('console.audit.more')}
          </button>
        ) : audit.isSuccess && entries.length > 0 ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">{t('console.audit.end')}</p>
        ) : null}
      </div>
    </ConsolePage>
  );
}
