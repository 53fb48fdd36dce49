/** English strings, Organizer console: rooms, tracks, days, speakers, audit log. Spread into en-pages.ts. */
export const enConsole = {} as const;
