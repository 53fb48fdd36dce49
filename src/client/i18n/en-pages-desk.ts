/** English strings, Check-in desk and arrivals: heartbeats, time series, offline search, sounds. Spread into en-pages.ts. */
export const enDesk = {} as const;
