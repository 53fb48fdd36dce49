export { getSpeakers, speakersQueryOptions, useSpeakers } from './api/get-speakers';
export { getSpeaker, speakerQueryOptions, useSpeaker } from './api/get-speaker';
