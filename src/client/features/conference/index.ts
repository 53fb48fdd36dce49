export { conferencesQueryOptions, getConferences, useConferences } from './api/get-conferences';
export { conferenceQueryOptions, getConference, useConference } from './api/get-conference';
export { pickCurrentConference } from './lib/pick-current-conference';
