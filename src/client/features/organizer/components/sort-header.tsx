import { type SortDirection } from '../lib/use-url-sort';

/**
 * A console table's column header that sorts: aria-sort says how the table is sorted, the
 * button (44 px tall) sorts by this column or turns the direction.
 */
export function SortHeader({
  label,
  active,
  dir,
  onSort,
}: {
  label: string;
  active: boolean;
  dir: SortDirection;
  onSort: () => void;
}) {
  return (
    <th
      scope="col"
      aria-sort={active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      className="p-0 text-left"
    >
      <button
        type="button"
        onClick={onSort}
        className="flex min-h-11 w-full items-center gap-1 px-3 py-2 text-left font-semibold whitespace-nowrap text-slate-900 hover:bg-slate-100 dark:text-slate-50 dark:hover:bg-slate-800"
      >
        {label}
        {/* The direction is read out through aria-sort; the arrow only repeats it. */}
        <span aria-hidden="true" className={active ? '' : 'text-slate-500 dark:text-slate-400'}>
          {active ? (dir === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
