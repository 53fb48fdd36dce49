export { userEndpoints } from './routes';
