export { inviteRoutes } from './routes';
export { newSecret, secretHash } from './tokens';
