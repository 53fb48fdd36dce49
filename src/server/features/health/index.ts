export { healthEndpoints } from './routes';
