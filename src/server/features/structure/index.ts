export { structureEndpoints } from './routes';
