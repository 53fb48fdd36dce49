export { volunteerHoursEndpoints } from './routes';
