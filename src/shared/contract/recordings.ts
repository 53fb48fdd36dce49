import { z } from 'zod';

/**
 * Links recordings to sessions, from a media.ccc.de conference (`GET /public/conferences/{acronym}`,
 * whose events[] carry guid, link, slug and frontend_link) or from a CSV of
 * "session code or title, YouTube URL". Events are checked one by one, so a stray entry is
 * reported as unmatched instead of refusing the whole file.
 */
export const recordingLinkRequestSchema = z.union([
  z.strictObject({
    mediaCccDe: z.looseObject({ events: z.array(z.unknown()).max(20_000) }),
  }),
  z.strictObject({ csv: z.string().min(1).max(5_000_000) }),
]);
export type RecordingLinkRequest = z.infer<typeof recordingLinkRequestSchema>;

export const recordingLinkKinds = ['mediaCccDe', 'youtube'] as const;
export const recordingMatchKinds = ['guid', 'code', 'slug', 'title'] as const;

export const recordingMatchSchema = z.object({
  code: z.string(),
  title: z.string(),
  link: z.enum(recordingLinkKinds),
  url: z.string(),
  /** How the entry was matched: media.ccc.de by guid, then pretalx code in `link`, then slug. */
  by: z.enum(recordingMatchKinds),
});
export type RecordingMatch = z.infer<typeof recordingMatchSchema>;

export const recordingMissSchema = z.object({
  /** The entry as the file names it: a guid, slug or CSV line. */
  ref: z.string(),
  title: z.string().nullable(),
  reason: z.string(),
});
export type RecordingMiss = z.infer<typeof recordingMissSchema>;

export const recordingLinkResultSchema = z.object({
  matched: z.array(recordingMatchSchema),
  unmatched: z.array(recordingMissSchema),
  /** Sessions whose link actually changed (matching the same file again changes none). */
  updated: z.number().int().min(0),
});
export type RecordingLinkResult = z.infer<typeof recordingLinkResultSchema>;
