/** Shared class lists so buttons and button-like links look and focus the same everywhere. */
export const primaryButton =
  'inline-flex items-center justify-center rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:opacity-70 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200';

export const secondaryButton =
  'inline-flex shrink-0 items-center justify-center whitespace-nowrap rounded-md border border-slate-500 px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-70 dark:border-slate-400 dark:text-slate-100 dark:hover:bg-slate-800';

export const textLink =
  'font-medium text-indigo-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-indigo-300';
