import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema, localTimeSchema, slugSchema } from './common';
import { rosterEntrySchema, signupSchema, signupVerdictSchema } from './signup';

export const shiftSchema = z.object({
  id: idSchema,
  role: slugSchema,
  roleName: z.string(),
  place: z.string().min(1).max(120),
  startsAt: instantSchema,
  endsAt: instantSchema,
  /** The conference day (04:00 to 04:00 local) the shift starts on. */
  day: localDateSchema,
  capacity: z.number().int().min(1).max(500),
  description: z.string().max(2_000),
  /** Places held, including those offered for hand-over. */
  taken: z.number().int().min(0),
  waiting: z.number().int().min(0),
  /** Places whose volunteer is looking for someone to take over. */
  offered: z.number().int().min(0),
  /** Volunteers may sign off until this instant; later they ask the coordinator. */
  signOffUntil: instantSchema,
  /** The logged-in volunteer's signup on this shift, if any. */
  mine: signupSchema.nullable(),
  /** Whether the logged-in volunteer may sign up now; null when logged out. */
  verdict: signupVerdictSchema.nullable(),
});
export type Shift = z.infer<typeof shiftSchema>;

export const shiftListSchema = z.object({
  shifts: z.array(shiftSchema),
  /** Every place of the edition's shifts, for the place filter. */
  places: z.array(z.string()),
});
export type ShiftList = z.infer<typeof shiftListSchema>;

/** Filters of `GET .../shifts`, combined with AND. */
export const shiftFiltersSchema = z.object({
  role: slugSchema.optional(),
  day: localDateSchema.optional(),
  place: z.string().trim().min(1).max(120).optional(),
  /** Only shifts the logged-in volunteer holds or waits for. */
  mine: z.stringbool().optional(),
  /** Only shifts the logged-in volunteer may sign up for right now (not started and not full when logged out). */
  available: z.stringbool().optional(),
  /** Only shifts where someone offers their place for hand-over. */
  offered: z.stringbool().optional(),
});
export type ShiftFilters = z.infer<typeof shiftFiltersSchema>;

const shiftFields = {
  role: slugSchema,
  place: z.string().trim().min(1).max(120),
  capacity: z.number().int().min(1).max(500),
  description: z.string().trim().max(2_000).default(''),
};

export const createShiftSchema = z
  .object({ ...shiftFields, startsAt: instantSchema, endsAt: instantSchema })
  .refine((s) => s.endsAt > s.startsAt, { message: 'The shift must end after it starts', path: ['endsAt'] })
  .refine((s) => Date.parse(s.endsAt) - Date.parse(s.startsAt) <= 24 * 3_600_000, {
    message: 'A shift lasts at most 24 hours',
    path: ['endsAt'],
  });
export type CreateShift = z.infer<typeof createShiftSchema>;

/** A time slot in the conference's zone; an end before the start runs past midnight. */
export const shiftSlotSchema = z
  .object({ start: localTimeSchema, end: localTimeSchema })
  .refine((s) => s.end !== s.start, { message: 'The slot must end after it starts', path: ['end'] });
export type ShiftSlot = z.infer<typeof shiftSlotSchema>;

/** The same slots repeated on each of the given dates. */
export const bulkShiftsSchema = z
  .object({
    ...shiftFields,
    dates: z.array(localDateSchema).min(1).max(31),
    slots: z.array(shiftSlotSchema).min(1).max(48),
  })
  .refine((b) => new Set(b.dates).size === b.dates.length, {
    message: 'List each date once',
    path: ['dates'],
  });
export type BulkShifts = z.infer<typeof bulkShiftsSchema>;

export const createdShiftsSchema = z.object({ shifts: z.array(shiftSchema) });
export type CreatedShifts = z.infer<typeof createdShiftsSchema>;

export const rosterSchema = z.object({ shift: shiftSchema, entries: z.array(rosterEntrySchema) });
export type Roster = z.infer<typeof rosterSchema>;
