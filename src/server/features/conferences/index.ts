export { conferenceRoutes } from './routes';
export { getConference, requireConference } from './service';
