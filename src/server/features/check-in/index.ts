export { checkInRoutes } from './routes';
export { deskRoutes } from './desk-routes';
