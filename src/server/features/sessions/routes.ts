import {
  apiRoutes,
  sessionFiltersSchema,
  sessionListSchema,
  sessionSchema,
  type Session,
  type SessionList,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { codeParam } from '../../http/params';
import { conferenceOf } from '../conferences';
import { getSession, listSessions } from './service';

export const sessionEndpoints = endpointGroup('sessions', { tag: 'sessions' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.sessions,
    summary: 'Sessions, filtered by conference day, track, room, type or text',
    query: sessionFiltersSchema,
    responses: { 200: sessionListSchema },
    problems: ['conference_not_found'],
    handler:
      (deps) =>
      async (c, { query }) => {
        const filters = query();
        const conference = await conferenceOf(deps, c);
        const body: SessionList = {
          scheduleVersion: conference.schedule_version,
          sessions: await listSessions(deps.db, conference, filters),
        };
        return c.json(body);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.session,
    summary: 'One session by code',
    responses: { 200: sessionSchema },
    problems: ['conference_not_found', 'session_not_found'],
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: Session = await getSession(deps.db, conference, codeParam(c));
      return c.json(body);
    },
  }),
]);
