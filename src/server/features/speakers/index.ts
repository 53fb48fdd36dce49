export { speakerRoutes } from './routes';
