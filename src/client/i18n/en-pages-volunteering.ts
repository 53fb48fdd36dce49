/** English strings, Volunteering: invites, briefings, calendar feed, requests to coordinators. Spread into en-pages.ts. */
export const enVolunteering = {} as const;
