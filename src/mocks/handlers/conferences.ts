import { apiRoutes, conferenceListSchema, conferenceSchema, slugSchema } from '@shared/contract';
import { http } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { findEdition } from '../store';
import { readParam, respond } from '../validate';

export const conferenceHandlers = [
  http.get(apiRoutes.conferences, () =>
    // The summary schema strips the fields only the detail carries.
    respond(conferenceListSchema, { conferences: getMockStore().editions.map((e) => e.conference) }),
  ),

  http.get(apiRoutes.conference, ({ params }) => {
    const slug = readParam(slugSchema, params.slug);
    const edition = slug ? findEdition(getMockStore(), slug) : undefined;
    if (!edition) return problemResponse('conference_not_found');
    return respond(conferenceSchema, edition.conference);
  }),
];
