export { authRoutes } from './routes';
export { requireRole, requireUser, sessionUser } from './middleware';
export {
  createAccount,
  existingEmails,
  hasRealAccounts,
  purgeExpiredSessions,
  type AccountInput,
} from './service';
