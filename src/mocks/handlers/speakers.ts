import { apiRoutes, slugSchema, speakerListSchema, speakerSchema } from '@shared/contract';
import { http } from 'msw';
import { z } from 'zod';
import { getMockStore } from '../current-store';
import { problemResponse } from '../problem-response';
import { findEdition } from '../store';
import { readParam, respond } from '../validate';

const speakerCodeSchema = speakerSchema.shape.code;

export const speakerHandlers = [
  http.get(apiRoutes.speakers, ({ params }) => {
    const slug = readParam(slugSchema, params.slug);
    const edition = slug ? findEdition(getMockStore(), slug) : undefined;
    if (!edition) return problemResponse('conference_not_found');
    const speakers = [...edition.speakers].sort((a, b) => a.name.localeCompare(b.name));
    return respond(speakerListSchema, { speakers });
  }),

  http.get(apiRoutes.speaker, ({ params }) => {
    const slug = readParam(slugSchema, params.slug);
    const edition = slug ? findEdition(getMockStore(), slug) : undefined;
    if (!edition) return problemResponse('conference_not_found');
    const code = readParam(z.string().pipe(speakerCodeSchema), params.code);
    const speaker = edition.speakers.find((s) => s.code === code);
    if (!speaker) return problemResponse('speaker_not_found');
    return respond(speakerSchema, speaker);
  }),
];
