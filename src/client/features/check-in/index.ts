// What other features (the organizer console) use of check-in: its queries and cache keys.
// The desk's screens are reached through the router (src/client/app/routes.tsx).
export { checkInKeys, ticketKeys } from './api/keys';
export { checkInListsQueryOptions, useCheckInLists } from './api/get-check-in-lists';
export { checkInStatsQueryOptions } from './api/get-check-in-stats';
export { desksQueryOptions } from './api/desks';
export { signingKeysQueryOptions, useSigningKeys } from './api/get-signing-keys';
export { ticketTypesQueryOptions, useTicketTypes } from './api/get-ticket-types';
export { useScans } from './api/get-scans';
