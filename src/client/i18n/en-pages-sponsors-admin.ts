/** English strings, Organizer console: sponsor tiers, sponsors, editions, ticket types and check-in lists. Spread into en-pages.ts. */
export const enSponsorsAdmin = {} as const;
