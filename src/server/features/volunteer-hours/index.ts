export { volunteerHoursRoutes } from './routes';
