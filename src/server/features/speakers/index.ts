export { speakerEndpoints } from './routes';
