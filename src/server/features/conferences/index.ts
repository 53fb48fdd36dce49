export { conferenceRoutes } from './routes';
export { requireConference } from './service';
