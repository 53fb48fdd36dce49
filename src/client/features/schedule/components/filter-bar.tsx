import { type Conference } from '@shared/contract/conference';
import { Suspense, useId, useState } from 'react';
import { t } from '@client/i18n';
import { formField } from '@client/ui/button-styles';
import { activeFilterCount, type ScheduleFilters } from '../lib/schedule-filters';
import { LazyFilterPanel } from './lazy-parts';

/**
 * Search and filters. The search box is always in reach; the rest folds away behind a summary
 * that says how many filters are on. Every control is a native labelled input.
 */
export function FilterBar({
  conference,
  languages,
  filters,
  query,
  onQuery,
  onChange,
}: {
  conference: Conference;
  languages: readonly string[];
  filters: ScheduleFilters;
  /** The search box's own text, ahead of the URL while typing. */
  query: string;
  onQuery: (q: string) => void;
  onChange: (next: ScheduleFilters) => void;
}) {
  const id = useId();
  const active = activeFilterCount(filters);
  const [open, setOpen] = useState(active > 0);

  return (
    <div className="mb-4 space-y-3" role="search">
      <div>
        <label htmlFor={`${id}-q`} className="sr-only">
          {t('filters.search')}
        </label>
        <input
          id={`${id}-q`}
          type="search"
          value={query}
          onChange={(e) => onQuery(e.target.value)}
          placeholder={t('filters.searchPlaceholder')}
          className={formField}
          enterKeyHint="search"
          autoComplete="off"
        />
      </div>
      <details
        className="rounded-md border border-slate-300 dark:border-slate-700"
        open={open}
        onToggle={(e) => setOpen(e.currentTarget.open)}
      >
        <summary className="min-h-11 cursor-pointer px-3 py-2.5 font-medium text-slate-900 dark:text-slate-100">
          {active > 0 ? t('filters.titleActive', { count: active }) : t('filters.title')}
        </summary>
        {open ? (
          <Suspense
            fallback={
              <p className="border-t border-slate-300 p-3 dark:border-slate-700">{t('app.loading')}</p>
            }
          >
            <LazyFilterPanel
              conference={conference}
              languages={languages}
              filters={filters}
              onChange={onChange}
            />
          </Suspense>
        ) : null}
      </details>
    </div>
  );
}
