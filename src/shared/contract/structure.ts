import { z } from 'zod';
import { colorSchema, httpUrlSchema, localTimeSchema, slugSchema } from './common';
import { contrastRatio } from '../text/contrast';

/** Track colours are shown as text and labels on white: they must reach AA for normal text. */
export const TRACK_MIN_CONTRAST = 4.5;

export const trackColorSchema = colorSchema.refine((c) => contrastRatio(c, '#ffffff') >= TRACK_MIN_CONTRAST, {
  message: 'This colour is too light to read on white; pick a darker one',
});

/** The shared slug rule, with one plain message (not two) when the field is left empty. */
const slugField = z.string().trim().min(1, 'Enter a slug').pipe(slugSchema);
const nameField = (max: number) => z.string().trim().min(1, 'Enter a name').max(max);

const roomFields = {
  slug: slugField,
  name: nameField(120),
  position: z.number().int().min(0).max(10_000),
  liveStreamUrl: httpUrlSchema.nullable(),
};

/** A new room; without a position it goes last. */
export const createRoomSchema = z.strictObject({
  ...roomFields,
  position: roomFields.position.optional(),
  liveStreamUrl: roomFields.liveStreamUrl.optional(),
});
export type CreateRoom = z.infer<typeof createRoomSchema>;

export const updateRoomSchema = z.strictObject(roomFields).partial();
export type UpdateRoom = z.infer<typeof updateRoomSchema>;

const trackFields = {
  slug: slugField,
  name: nameField(120),
  color: trackColorSchema,
};

export const createTrackSchema = z.strictObject(trackFields);
export type CreateTrack = z.infer<typeof createTrackSchema>;

export const updateTrackSchema = z.strictObject(trackFields).partial();
export type UpdateTrack = z.infer<typeof updateTrackSchema>;

/** A day's label, hours and note; the days themselves follow the edition's dates. */
export const updateConferenceDaySchema = z
  .strictObject({
    label: z.string().trim().min(1, 'Enter a label').max(120),
    opensAt: localTimeSchema,
    closesAt: localTimeSchema,
    note: z.string().trim().max(500).nullable(),
  })
  .partial();
export type UpdateConferenceDay = z.infer<typeof updateConferenceDaySchema>;

const speakerFields = {
  name: nameField(200),
  affiliation: z.string().trim().max(200).nullable(),
  bio: z.string().max(5_000),
};

/** A new speaker; the server gives it a code (the id used in paths and exports). */
export const createSpeakerSchema = z.strictObject({
  ...speakerFields,
  affiliation: speakerFields.affiliation.optional(),
  bio: speakerFields.bio.optional(),
});
export type CreateSpeaker = z.infer<typeof createSpeakerSchema>;

export const updateSpeakerSchema = z.strictObject(speakerFields).partial();
export type UpdateSpeaker = z.infer<typeof updateSpeakerSchema>;

/** What a delete did: the sessions it changed, published as `scheduleVersion`. */
export const deleteResultSchema = z.object({
  sessionsChanged: z.number().int().min(0),
  scheduleVersion: z.number().int().min(0),
});
export type DeleteResult = z.infer<typeof deleteResultSchema>;
