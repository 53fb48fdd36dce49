import { type Conference } from '@shared/contract/conference';
import { useId, useState } from 'react';
import { t } from '@client/i18n';
import { formatDay } from '@client/lib/format';
import { formField, secondaryButton } from '@client/ui/button-styles';
import { activeVideoFilters, type VideoFilters } from '../lib/video-filters';

const fieldLabel = 'mb-1 block text-sm font-semibold text-slate-800 dark:text-slate-200';

/**
 * One row on a phone: the search box, always in sight, and a Filters button that says how many
 * filters are on and opens day, track and language below. The recordings start on the first
 * screen instead of under three full-width fields.
 */
export function VideoFilterBar({
  conference,
  languages,
  filters,
  query,
  onQuery,
  onFilter,
}: {
  conference: Conference;
  /** The recordings' languages; the language filter shows only when there is a choice. */
  languages: readonly { tag: string; name: string }[];
  filters: VideoFilters;
  /** The search box's own text, ahead of the URL while typing. */
  query: string;
  onQuery: (q: string) => void;
  onFilter: (key: 'day' | 'track' | 'language', value: string) => void;
}) {
  const id = useId();
  const active = activeVideoFilters(filters);
  const [open, setOpen] = useState(active > 0);
  return (
    <div className="mb-4" role="search">
      <div className="flex gap-2">
        <div className="min-w-0 flex-1">
          <label htmlFor={`${id}-q`} className="sr-only">
            {t('videos.search')}
          </label>
          <input
            id={`${id}-q`}
            type="search"
            className={formField}
            value={query}
            placeholder={t('videos.searchPlaceholder')}
            enterKeyHint="search"
            autoComplete="off"
            onChange={(e) => onQuery(e.target.value)}
          />
        </div>
        <button
          type="button"
          className={`${secondaryButton} gap-1.5`}
          aria-expanded={open}
          aria-controls={`${id}-filters`}
          aria-label={active > 0 ? t('filters.titleActive', { count: active }) : t('filters.title')}
          onClick={() => setOpen(!open)}
        >
          {t('filters.title')}
          {active > 0 ? (
            <span
              aria-hidden="true"
              className="inline-flex h-5 min-w-5 items-center justify-center rounded-full bg-indigo-700 px-1 text-xs font-bold text-white dark:bg-indigo-300 dark:text-slate-950"
            >
              {active}
            </span>
          ) : null}
        </button>
      </div>
      <div id={`${id}-filters`} hidden={!open} className="mt-3 grid gap-3 sm:grid-cols-3">
        <FilterSelect
          id={`${id}-day`}
          label={t('videos.day')}
          all={t('videos.allDays')}
          value={filters.day}
          options={conference.days.map((d) => ({
            value: d.date,
            name: `${formatDay(d.date)} · ${d.label}`,
          }))}
          onChange={(value) => onFilter('day', value)}
        />
        <FilterSelect
          id={`${id}-track`}
          label={t('filters.tracks')}
          all={t('filters.allTracks')}
          value={filters.track}
          options={conference.tracks.map((tr) => ({ value: tr.slug, name: tr.name }))}
          onChange={(value) => onFilter('track', value)}
        />
        {languages.length > 1 || filters.language ? (
          <FilterSelect
            id={`${id}-lang`}
            // Not "Language": that is the interface's menu in the header.
            label={t('videos.language')}
            all={t('filters.allLanguages')}
            value={filters.language}
            options={languages.map((l) => ({ value: l.tag, name: l.name }))}
            onChange={(value) => onFilter('language', value)}
          />
        ) : null}
      </div>
    </div>
  );
}

function FilterSelect({
  id,
  label,
  all,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  /** The first option, which filters nothing. */
  all: string;
  value: string;
  options: readonly { value: string; name: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <select id={id} className={formField} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );
}
