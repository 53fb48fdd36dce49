export { exportEndpoints } from './routes';
