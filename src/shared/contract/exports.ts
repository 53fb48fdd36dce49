import { z } from 'zod';
import { sessionCodeSchema } from './session';

/** Enough for any real personal schedule; keeps one export request bounded. */
export const MAX_EXPORT_CODES = 500;

/** "CL3HJB,8PEMJB": session codes separated by commas, as a personal selection travels in a URL. */
export const sessionCodeListSchema = z
  .string()
  .max(MAX_EXPORT_CODES * 33)
  .regex(/^[A-Za-z0-9_-]+(,[A-Za-z0-9_-]+)*$/, 'Use session codes separated by commas')
  .transform((text) => [...new Set(text.split(','))])
  .pipe(z.array(sessionCodeSchema).max(MAX_EXPORT_CODES));

/**
 * Query of `GET .../schedule.ics`. Strict, because a mistyped `?code=` would otherwise quietly
 * export the whole schedule instead of the attendee's selection.
 */
export const scheduleCalendarQuerySchema = z.strictObject({
  codes: sessionCodeListSchema.optional(),
});
export type ScheduleCalendarQuery = z.infer<typeof scheduleCalendarQuerySchema>;
