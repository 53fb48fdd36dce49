import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema, localTimeSchema, slugSchema } from './common';

/**
 * Volunteer coordination: editing and deleting shifts, generating them from the schedule,
 * hours worked, and messages from coordinators to volunteers.
 */

/** `PATCH .../shifts/:id`: only the fields sent change. */
export const updateShiftSchema = z
  .object({
    role: slugSchema,
    place: z.string().trim().min(1).max(120),
    startsAt: instantSchema,
    endsAt: instantSchema,
    capacity: z.number().int().min(1).max(500),
    description: z.string().trim().max(2_000),
  })
  .partial()
  .refine((u) => Object.keys(u).length > 0, { message: 'Change at least one field' });
export type UpdateShift = z.infer<typeof updateShiftSchema>;

/** One shift per session in the chosen rooms, padded before and after. */
export const shiftGenerationSchema = z.object({
  role: slugSchema,
  /** Room slugs; the shift's place is the room's name. */
  rooms: z.array(slugSchema).min(1).max(50),
  /** Conference days to cover; empty means every day. */
  days: z.array(localDateSchema).max(31).default([]),
  minutesBefore: z.number().int().min(0).max(240).default(15),
  minutesAfter: z.number().int().min(0).max(240).default(15),
  capacity: z.number().int().min(1).max(500),
  description: z.string().trim().max(2_000).default(''),
  /** Sessions in one room whose padded times touch or overlap become one shift. */
  merge: z.boolean().default(true),
});
export type ShiftGeneration = z.input<typeof shiftGenerationSchema>;

export const generatedShiftSchema = z.object({
  place: z.string(),
  startsAt: instantSchema,
  endsAt: instantSchema,
  /** Codes of the sessions the shift covers. */
  sessions: z.array(z.string()),
});
export type GeneratedShift = z.infer<typeof generatedShiftSchema>;

export const shiftGenerationPreviewSchema = z.object({
  /** Shifts that creating would add. */
  count: z.number().int().min(0),
  /** Sessions covered (cancelled ones are left out). */
  sessions: z.number().int().min(0),
  /** Generated shifts identical to one the role already has; they are not created again. */
  existing: z.number().int().min(0),
  /** The first few shifts that would be created, soonest first. */
  first: z.array(generatedShiftSchema).max(5),
});
export type ShiftGenerationPreview = z.infer<typeof shiftGenerationPreviewSchema>;

/** Night hours may count more, e.g. 22:00 to 06:00 conference time x1.5. */
export const hoursPolicySchema = z
  .object({
    nightStart: localTimeSchema,
    nightEnd: localTimeSchema,
    nightMultiplier: z.number().min(1).max(3).multipleOf(0.05),
  })
  .refine((p) => p.nightStart !== p.nightEnd || p.nightMultiplier === 1, {
    message: 'A night needs a start and an end',
    path: ['nightEnd'],
  });
export type HoursPolicy = z.infer<typeof hoursPolicySchema>;

export const hoursTotalsSchema = z.object({
  /** Shifts marked worked. */
  shifts: z.number().int().min(0),
  hours: z.number().min(0),
  nightHours: z.number().min(0),
  /** Hours with night hours multiplied: what the organizers count. */
  creditedHours: z.number().min(0),
});
export type HoursTotals = z.infer<typeof hoursTotalsSchema>;

export const volunteerHoursSchema = hoursTotalsSchema.extend({
  user: z.object({ id: idSchema, name: z.string(), email: z.string() }),
  /** Names of the roles the volunteer is a member of. */
  roles: z.array(z.string()),
});
export type VolunteerHours = z.infer<typeof volunteerHoursSchema>;

export const hoursReportSchema = z.object({
  policy: hoursPolicySchema,
  volunteers: z.array(volunteerHoursSchema),
});
export type HoursReport = z.infer<typeof hoursReportSchema>;

export const myHoursSchema = z.object({ policy: hoursPolicySchema, totals: hoursTotalsSchema });
export type MyHours = z.infer<typeof myHoursSchema>;

export const messageTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('shift'), shiftId: idSchema }),
  z.object({ kind: z.literal('role'), role: slugSchema }),
]);
export type MessageTarget = z.infer<typeof messageTargetSchema>;

export const sendMessageSchema = z.object({
  target: messageTargetSchema,
  body: z.string().trim().min(1).max(2_000),
});
export type SendMessage = z.infer<typeof sendMessageSchema>;

/** 'text' is written by a coordinator; the others the server writes when a shift changes. */
export const messageKinds = ['text', 'shift-changed', 'shift-cancelled'] as const;

export const volunteerMessageSchema = z.object({
  id: idSchema,
  kind: z.enum(messageKinds),
  body: z.string(),
  sender: z.object({ id: idSchema, name: z.string() }).nullable(),
  /** Whom it went to, e.g. the role's name or "Video team · Room A · Fri 10:00". */
  target: z.object({ kind: z.enum(['shift', 'role']), label: z.string() }),
  /** The shift as it was when the message was written (for changes and cancellations). */
  shift: z
    .object({ roleName: z.string(), place: z.string(), startsAt: instantSchema, endsAt: instantSchema })
    .nullable(),
  recipients: z.number().int().min(0),
  sentAt: instantSchema,
});
export type VolunteerMessage = z.infer<typeof volunteerMessageSchema>;

export const volunteerMessageListSchema = z.object({ messages: z.array(volunteerMessageSchema) });
export type VolunteerMessageList = z.infer<typeof volunteerMessageListSchema>;

/** `GET .../volunteer/messages?sent=true`: what the coordinator sent, instead of what they received. */
export const messageListQuerySchema = z.strictObject({ sent: z.stringbool().optional() });
