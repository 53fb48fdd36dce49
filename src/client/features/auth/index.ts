export { authKeys, getMe, meQueryOptions, useMe } from './api/get-me';
export { hasRole, requireRole } from './lib/require-role';
export { safeNext } from './lib/safe-next';
