export { sponsorEndpoints } from './routes';
