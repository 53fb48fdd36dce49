export { authEndpoints } from './routes';
export { requireRole, requireUser, sessionUser } from './middleware';
export { RateLimiter } from './rate-limit';
export { isUniqueViolation } from './repository';
export {
  createAccount,
  existingEmails,
  hasRealAccounts,
  purgeExpiredSessions,
  type AccountInput,
} from './service';
