export { volunteerMessageRoutes } from './routes';
export { deliverMessage, type ShiftSnapshot } from './service';
