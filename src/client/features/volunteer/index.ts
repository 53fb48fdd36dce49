// What other features (the organizer console's coordinator pages) use of volunteering: its
// queries, cache keys and the words it writes shifts and messages with. The volunteer screens
// are reached through the router (src/client/app/routes.tsx).
export { roleKeys, shiftKeys } from './api/keys';
export { useRoles } from './api/get-roles';
export { shiftsQueryOptions, useShifts } from './api/get-shifts';
export { coordinatedRoles, requireCoordinator } from './api/require-coordinator';
export { signoffRequestsQueryOptions } from './api/signoff-request-api';
export { messageText } from './components/message-inbox';
export { formatShiftTime } from './lib/format-shift';
