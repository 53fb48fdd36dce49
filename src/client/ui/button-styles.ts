/**
 * Shared class lists so buttons and button-like links look and focus the same everywhere. Every
 * control is at least 44 x 44 px (min-h-11 / min-w-11), the size a thumb hits in a crowded hall.
 */
export const primaryButton =
  'inline-flex min-h-11 min-w-11 items-center justify-center rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800 disabled:cursor-not-allowed disabled:opacity-70 dark:bg-indigo-300 dark:text-slate-950 dark:hover:bg-indigo-200';

export const secondaryButton =
  'inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center whitespace-nowrap rounded-md border border-slate-500 px-3 py-1.5 font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-70 dark:border-slate-400 dark:text-slate-100 dark:hover:bg-slate-800';

export const textLink =
  'font-medium text-indigo-700 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-indigo-300';

/**
 * A text link or text button that stands on its own, outside a sentence (a back link, a list of
 * links, "Show in my time zone"): the look of textLink, a 44 px tall tap area.
 */
export const standaloneLink = `${textLink} inline-flex min-h-11 min-w-11 items-center`;

/** A text input or select: full width, 44 px tall at least. */
export const formField =
  'block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50';

/**
 * A card's title link: the text keeps its place in the line, the tap area reaches 12 px above
 * and below it (positioned, so it stays on top of the card's text), 44 px at least.
 */
export const cardTitleLink = 'relative -my-3 inline-block min-w-11 py-3';
