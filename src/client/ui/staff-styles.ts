/** Class lists shared by the volunteer screens. */
export const card =
  'rounded-lg border border-slate-300 bg-white p-4 shadow-xs dark:border-slate-700 dark:bg-slate-900';

export const field =
  'block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50';

export const fieldLabel = 'mb-1 block text-sm font-semibold text-slate-800 dark:text-slate-200';

export const muted = 'text-sm text-slate-700 dark:text-slate-300';

export const sectionHeading = 'mb-3 text-xl font-bold text-slate-900 dark:text-slate-50';
