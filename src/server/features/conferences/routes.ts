import {
  apiRoutes,
  conferenceListSchema,
  conferenceSchema,
  createConferenceSchema,
  type Conference,
  type ConferenceList,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { slugParam } from '../../http/params';
import { publishChange } from '../stream';
import { createConference, getConference, listConferences } from './service';

export const conferenceEndpoints = endpointGroup('conferences', { tag: 'conferences' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.conferences,
    summary: 'All conference editions',
    responses: { 200: conferenceListSchema },
    handler: (deps) => async (c) => {
      const body: ConferenceList = { conferences: await listConferences(deps.db) };
      return c.json(body);
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.conferences,
    summary:
      'Create an edition with its days; copyFrom + copy take rooms, tracks, sponsor tiers, sponsors, volunteer roles and ticket types from another',
    body: createConferenceSchema,
    responses: { 201: conferenceSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_slug_taken', 'copy_source_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const input = await body();
        const created: Conference = await createConference(deps.db, deps.clock, user().id, input);
        await publishChange(deps, created.slug, 'conference');
        return c.json(created, 201);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.conference,
    summary: 'One edition with days, rooms and tracks',
    responses: { 200: conferenceSchema },
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      const body: Conference = await getConference(deps.db, slugParam(c));
      return c.json(body);
    },
  }),
]);
