export { conferenceEndpoints } from './routes';
export { getConference, requireConference } from './service';
