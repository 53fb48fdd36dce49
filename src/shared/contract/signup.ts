import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema, slugSchema } from './common';
import { rolePersonSchema, volunteerProfileSchema } from './role';

/**
 * A volunteer's place on a shift. `offered-for-handover` still holds the place: the volunteer
 * stays responsible until someone takes it over.
 */
export const signupStatuses = ['confirmed', 'waiting', 'offered-for-handover'] as const;
export const signupStatusSchema = z.enum(signupStatuses);
export type SignupStatus = z.infer<typeof signupStatusSchema>;

export const attendances = ['arrived', 'worked', 'no-show'] as const;
export const attendanceSchema = z.enum(attendances);
export type Attendance = z.infer<typeof attendanceSchema>;

export const signupSchema = z.object({
  shiftId: idSchema,
  status: signupStatusSchema,
  /** 1-based place on the waiting list; null unless waiting. */
  position: z.number().int().min(1).nullable(),
  attendance: attendanceSchema.nullable(),
});
export type Signup = z.infer<typeof signupSchema>;

/** Another shift of the volunteer that a verdict refers to. */
export const shiftRefSchema = z.object({
  id: idSchema,
  roleName: z.string(),
  place: z.string(),
  startsAt: instantSchema,
  endsAt: instantSchema,
});
export type ShiftRef = z.infer<typeof shiftRefSchema>;

/**
 * Whether the logged-in volunteer may sign up for a shift, and if not why, with what the UI
 * needs to say it in plain words. Computed by src/shared/volunteers/signup-rules.ts.
 */
export const signupVerdictSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('ok') }),
  /** Every other rule passes; the waiting list is offered. */
  z.object({ kind: z.literal('full'), waiting: z.number().int().min(0) }),
  z.object({ kind: z.literal('already_signed_up'), status: signupStatusSchema }),
  z.object({ kind: z.literal('shift_started') }),
  z.object({ kind: z.literal('shift_ended') }),
  z.object({ kind: z.literal('not_open_yet'), opensAt: instantSchema }),
  z.object({ kind: z.literal('overlaps'), shift: shiftRefSchema }),
  z.object({ kind: z.literal('role_needed'), role: slugSchema }),
  z.object({ kind: z.literal('briefing_needed'), role: slugSchema }),
  z.object({
    kind: z.literal('too_little_rest'),
    shift: shiftRefSchema,
    restMinutes: z.number().int().min(0),
    minRestHours: z.number().int(),
  }),
  z.object({
    kind: z.literal('daily_hours_exceeded'),
    day: localDateSchema,
    /** Hours on that day including this shift. */
    hours: z.number(),
    maxHoursPerDay: z.number().int(),
  }),
  z.object({ kind: z.literal('locked_no_shows'), noShows: z.number().int(), limit: z.number().int() }),
]);
export type SignupVerdict = z.infer<typeof signupVerdictSchema>;
export type SignupVerdictKind = SignupVerdict['kind'];

/** `POST .../shifts/:id/signup`; the body is optional. */
export const signupRequestSchema = z.object({
  /** On a full shift, join its waiting list instead of being refused. */
  waitlist: z.boolean().default(false),
});
export type SignupRequest = z.infer<typeof signupRequestSchema>;

export const rosterEntrySchema = z.object({
  user: rolePersonSchema,
  profile: volunteerProfileSchema.nullable(),
  status: signupStatusSchema,
  position: z.number().int().min(1).nullable(),
  attendance: attendanceSchema.nullable(),
  signedUpAt: instantSchema,
});
export type RosterEntry = z.infer<typeof rosterEntrySchema>;

/** A coordinator puts a volunteer on a shift; `overrideLimits` waives rest and daily hours. */
export const rosterAddSchema = z.object({
  userId: idSchema,
  overrideLimits: z.boolean().default(false),
});
export type RosterAdd = z.infer<typeof rosterAddSchema>;

export const attendanceUpdateSchema = z.object({ attendance: attendanceSchema.nullable() });
export type AttendanceUpdate = z.infer<typeof attendanceUpdateSchema>;
