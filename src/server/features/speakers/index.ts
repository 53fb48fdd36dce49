export { speakerEndpoints } from './routes';
export { getSpeaker } from './service';
