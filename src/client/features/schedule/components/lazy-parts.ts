import { lazy } from 'react';
import { loadPageMessages } from '@client/i18n';

/*
 * Parts of the schedule that are not on its first screen, each its own chunk: the grid only
 * wide screens show (they start loading it at once), the "Now & next" tab and the filters
 * panel (loaded when first opened).
 */
const loadGrid = () =>
  import('@client/features/schedule-grid/schedule-grid').then((m) => ({ default: m.ScheduleGrid }));
if (typeof matchMedia !== 'undefined' && matchMedia('(min-width: 1024px)').matches) void loadGrid();

export const LazyScheduleGrid = lazy(loadGrid);

export const LazyNowNextPanel = lazy(async () => {
  const [m] = await Promise.all([import('@client/features/now-next'), loadPageMessages()]);
  return { default: m.NowNextPanel };
});

export const LazyFilterPanel = lazy(async () => {
  const [m] = await Promise.all([import('./filter-panel'), loadPageMessages()]);
  return { default: m.FilterPanel };
});
