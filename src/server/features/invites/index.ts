export { inviteEndpoints } from './routes';
export { newSecret, secretHash } from './tokens';
