import {
  apiRoutes,
  speakerListSchema,
  speakerSchema,
  type Speaker,
  type SpeakerList,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { codeParam } from '../../http/params';
import { conferenceOf } from '../conferences';
import { getSpeaker, listSpeakers } from './service';

export const speakerEndpoints = endpointGroup('speakers', { tag: 'speakers' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.speakers,
    summary: 'Speakers with their session codes',
    responses: { 200: speakerListSchema },
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: SpeakerList = { speakers: await listSpeakers(deps.db, conference) };
      return c.json(body);
    },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.speaker,
    summary: 'One speaker by code',
    responses: { 200: speakerSchema },
    problems: ['conference_not_found', 'speaker_not_found'],
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: Speaker = await getSpeaker(deps.db, conference, codeParam(c));
      return c.json(body);
    },
  }),
]);
