import { z } from 'zod';
import { sessionCodeSchema } from './session';

export const speakerSchema = z.object({
  code: z.string().min(1).max(64),
  name: z.string().min(1).max(200),
  affiliation: z.string().max(200).nullable(),
  bio: z.string().max(5_000),
  sessionCodes: z.array(sessionCodeSchema),
});
export type Speaker = z.infer<typeof speakerSchema>;

export const speakerListSchema = z.object({ speakers: z.array(speakerSchema) });
export type SpeakerList = z.infer<typeof speakerListSchema>;
