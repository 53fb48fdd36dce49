export { shiftEndpoints } from './routes';
export { shiftCoordinationEndpoints } from './coordination-routes';
export { volunteerMessageEndpoints } from './message-routes';
export { volunteerShiftEndpoints } from './volunteer-routes';
