export { sessionRoutes } from './routes';
export { getSession, listSessions } from './service';
