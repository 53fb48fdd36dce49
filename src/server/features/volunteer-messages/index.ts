export { volunteerMessageEndpoints } from './routes';
export { deliverMessage, type ShiftSnapshot } from './service';
