import { z } from 'zod';
import { type ProblemCode, problemSchema } from './problem';

/**
 * Deleting something others depend on (decision 0009, "Since session 5: one shape"). Every such
 * DELETE answers the same way: 409 problem+json with the dependents by kind and whether
 * `?confirm=true` may go ahead. Clients branch on `confirmable`, never on the code's wording:
 * `shift_has_signups` is confirmable, `role_has_history` never is.
 */

/** What can stand in the way of a delete, one word each; the console words them per language. */
export const dependentKinds = [
  'session',
  'draft',
  'sponsor',
  'shift',
  'member',
  'signup',
  'ticket',
  'check_in_list',
  'scan',
] as const;
export const dependentKindSchema = z.enum(dependentKinds);
export type DependentKind = z.infer<typeof dependentKindSchema>;

/** At most this many names per kind travel with the problem; `count` says how many there are. */
export const DEPENDENT_EXAMPLES_MAX = 5;

/** One kind of dependent: how many, and a few of them by name (titles, names, "Hall A, 2025-10-16 09:00"). */
export const dependentSchema = z.object({
  kind: dependentKindSchema,
  count: z.number().int().min(1),
  examples: z.array(z.string()).max(DEPENDENT_EXAMPLES_MAX),
});
export type Dependent = z.infer<typeof dependentSchema>;

/**
 * The codes whose body is `dependentsProblemSchema`. The codes stay as published (clients
 * branch on them); `confirmable` is what tells a question from a refusal.
 */
export const dependentsProblemCodes = [
  'room_in_use',
  'track_in_use',
  'speaker_in_use',
  'role_in_use',
  'role_has_history',
  'sponsor_tier_in_use',
  'shift_has_signups',
  'ticket_type_in_use',
  'ticket_type_has_tickets',
  'check_in_list_in_use',
] as const satisfies readonly ProblemCode[];
export type DependentsProblemCode = (typeof dependentsProblemCodes)[number];

export function isDependentsProblemCode(code: string): code is DependentsProblemCode {
  return (dependentsProblemCodes as readonly string[]).includes(code);
}

/**
 * The 409 of a DELETE with dependents. `confirmable: true`: repeating the DELETE with
 * `?confirm=true` does what the problem's detail says to exactly these dependents (and to any
 * that arrived since), in one transaction. `confirmable: false`: it can never be deleted while
 * these exist (worked shifts, tickets, scans), and `?confirm=true` is refused the same way.
 */
export const dependentsProblemSchema = problemSchema.extend({
  code: z.enum(dependentsProblemCodes),
  dependents: z.array(dependentSchema).min(1),
  confirmable: z.boolean(),
});
export type DependentsProblem = z.infer<typeof dependentsProblemSchema>;

/** The query of every DELETE that may have dependents: `?confirm=true` goes ahead anyway. */
export const confirmQuerySchema = z.object({
  confirm: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
export type ConfirmQuery = z.input<typeof confirmQuerySchema>;
