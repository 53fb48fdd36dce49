import { useSearchParams } from 'react-router';

export type SortDirection = 'asc' | 'desc';

export interface UrlSort<K extends string> {
  sort: K;
  dir: SortDirection;
  /** Sorts by a column, A to Z first; the sorted column again turns the direction. */
  sortBy: (column: K) => void;
}

/**
 * A console table's sort, kept in the address (?sort=email&dir=desc) so a reload, the back
 * button or a shared link keeps it. The default column and ascending order stay out of it.
 */
export function useUrlSort<K extends string>(columns: readonly K[], fallback: K): UrlSort<K> {
  const [params, setParams] = useSearchParams();
  const asked = params.get('sort') as K | null;
  const sort = asked !== null && columns.includes(asked) ? asked : fallback;
  const dir: SortDirection = params.get('dir') === 'desc' ? 'desc' : 'asc';
  function sortBy(column: K) {
    const next = new URLSearchParams(params);
    const nextDir = sort === column && dir === 'asc' ? 'desc' : 'asc';
    if (column === fallback) next.delete('sort');
    else next.set('sort', column);
    if (nextDir === 'asc') next.delete('dir');
    else next.set('dir', nextDir);
    setParams(next, { replace: true });
  }
  return { sort, dir, sortBy };
}
