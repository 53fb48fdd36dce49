import {
  apiRoutes,
  sessionCodeSchema,
  sessionFiltersSchema,
  sessionListSchema,
  sessionSchema,
  slugSchema,
} from '@shared/contract';
import { http } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { filterSessions } from '../session-filters';
import { findEdition } from '../store';
import { readParam, readQuery, respond } from '../validate';

export const sessionHandlers = [
  http.get(apiRoutes.sessions, ({ params, request }) => {
    const slug = readParam(slugSchema, params.slug);
    const edition = slug ? findEdition(getMockStore(), slug) : undefined;
    if (!edition) return problemResponse('conference_not_found');
    const filters = readQuery(request, sessionFiltersSchema);
    if (!filters.ok) return filters.response;
    return respond(sessionListSchema, {
      sessions: filterSessions(edition.conference, edition.sessions, filters.data),
    });
  }),

  http.get(apiRoutes.session, ({ params }) => {
    const slug = readParam(slugSchema, params.slug);
    const edition = slug ? findEdition(getMockStore(), slug) : undefined;
    if (!edition) return problemResponse('conference_not_found');
    const code = readParam(sessionCodeSchema, params.code);
    const session = edition.sessions.find((s) => s.code === code);
    if (!session) return problemResponse('session_not_found');
    return respond(sessionSchema, session);
  }),
];
