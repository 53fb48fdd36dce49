import { apiRoutes, slugSchema, sponsorListSchema } from '@shared/contract';
import { http } from 'msw';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { findEdition } from '../store';
import { readParam, respond } from '../validate';

export const sponsorHandlers = [
  http.get(apiRoutes.sponsors, ({ params }) => {
    const slug = readParam(slugSchema, params.slug);
    const edition = slug ? findEdition(getMockStore(), slug) : undefined;
    if (!edition) return problemResponse('conference_not_found');
    return respond(sponsorListSchema, { tiers: edition.sponsorTiers, sponsors: edition.sponsors });
  }),
];
