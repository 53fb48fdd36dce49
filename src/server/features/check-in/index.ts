export { checkInEndpoints } from './routes';
export { deskEndpoints } from './desk-routes';
