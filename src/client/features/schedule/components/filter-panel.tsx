import { type Conference } from '@shared/contract/conference';
import { useId, useState } from 'react';
import { sessionTypeLabel } from '@client/features/sessions';
import { t } from '@client/i18n';
import { formatLanguage } from '@client/lib/format';
import { formField, standaloneLink } from '@client/ui/button-styles';
import { activeFilterCount, type ScheduleFilters } from '../lib/schedule-filters';

const label = 'mb-1 block text-sm font-semibold text-slate-800 dark:text-slate-200';

/**
 * The filters behind the schedule's "Filters" disclosure: tracks (colour swatch and name),
 * room, type, language and recordings. Loaded when first opened, or when the URL has filters.
 */
export function FilterPanel({
  conference,
  languages,
  filters: fromUrl,
  onChange,
}: {
  conference: Conference;
  languages: readonly string[];
  filters: ScheduleFilters;
  onChange: (next: ScheduleFilters) => void;
}) {
  const id = useId();
  // The controls answer at once; the URL (a router navigation) follows a moment later and
  // wins whenever it changes on its own (back button, a shared link).
  const [filters, setFilters] = useState(fromUrl);
  const [seen, setSeen] = useState(fromUrl);
  if (seen !== fromUrl && JSON.stringify(seen) !== JSON.stringify(fromUrl)) {
    setSeen(fromUrl);
    setFilters(fromUrl);
  }
  const active = activeFilterCount(filters);
  const set = (patch: Partial<ScheduleFilters>) => {
    const next = { ...filters, ...patch };
    setFilters(next);
    onChange(next);
  };
  const toggleTrack = (slug: string) =>
    set({
      tracks: filters.tracks.includes(slug)
        ? filters.tracks.filter((s) => s !== slug)
        : [...filters.tracks, slug],
    });
  return (
    <div className="space-y-4 border-t border-slate-300 p-3 dark:border-slate-700">
      <fieldset>
        <legend className={label}>{t('filters.tracks')}</legend>
        <ul className="flex flex-wrap gap-2">
          {conference.tracks.map((track) => {
            const on = filters.tracks.includes(track.slug);
            return (
              <li key={track.id}>
                <label
                  className={`inline-flex min-h-11 cursor-pointer items-center gap-2 rounded-full border px-3 py-1.5 text-sm text-slate-900 dark:text-slate-100 ${on ? 'border-indigo-700 bg-indigo-50 font-semibold dark:border-indigo-400 dark:bg-indigo-950' : 'border-slate-300 dark:border-slate-700'}`}
                >
                  <input
                    type="checkbox"
                    className="h-4 w-4"
                    checked={on}
                    onChange={() => toggleTrack(track.slug)}
                  />
                  <span
                    aria-hidden="true"
                    className="inline-block h-2.5 w-2.5 rounded-full"
                    style={{ backgroundColor: track.color }}
                  />
                  {track.name}
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-3">
        <div>
          <label htmlFor={`${id}-room`} className={label}>
            {t('filters.room')}
          </label>
          <select
            id={`${id}-room`}
            className={formField}
            value={filters.room ?? ''}
            onChange={(e) => set({ room: e.target.value || null })}
          >
            <option value="">{t('filters.allRooms')}</option>
            {conference.rooms.map((room) => (
              <option key={room.id} value={room.slug}>
                {room.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-type`} className={label}>
            {t('filters.type')}
          </label>
          <select
            id={`${id}-type`}
            className={formField}
            value={filters.type ?? ''}
            onChange={(e) => set({ type: e.target.value || null })}
          >
            <option value="">{t('filters.allTypes')}</option>
            {conference.sessionTypes.map((type) => (
              <option key={type} value={type}>
                {sessionTypeLabel(type)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-lang`} className={label}>
            {t('filters.language')}
          </label>
          <select
            id={`${id}-lang`}
            className={formField}
            value={filters.language ?? ''}
            onChange={(e) => set({ language: e.target.value || null })}
          >
            <option value="">{t('filters.allLanguages')}</option>
            {languages.map((tag) => (
              <option key={tag} value={tag}>
                {formatLanguage(tag)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <label className="inline-flex min-h-11 cursor-pointer items-center gap-2 text-slate-900 dark:text-slate-100">
          <input
            type="checkbox"
            className="h-5 w-5"
            checked={filters.recorded}
            onChange={(e) => set({ recorded: e.target.checked })}
          />
          {t('filters.recorded')}
        </label>
        {active > 0 ? (
          <button
            type="button"
            className={standaloneLink}
            onClick={() =>
              set({
                tracks: [],
                room: null,
                type: null,
                language: null,
                recorded: false,
              })
            }
          >
            {t('filters.clear')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
