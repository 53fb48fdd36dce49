export { sessionEndpoints } from './routes';
export { getSession, listSessions } from './service';
export { sessionContentColumns } from './columns';
