export { shiftEndpoints } from './routes';
export { shiftCoordinationEndpoints } from './coordination-routes';
export { volunteerShiftEndpoints } from './volunteer-routes';
