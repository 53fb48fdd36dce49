import { z } from 'zod';
import { instantSchema } from './common';

/** `GET .../audit`: newest first; `before` is the previous page's `nextCursor`. */
export const auditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  before: z
    .string()
    .max(200)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional(),
  /** Keeps entries whose action starts with this, e.g. `room.` or `schedule`. */
  action: z
    .string()
    .max(64)
    .regex(/^[a-z][a-z0-9.-]*$/, 'Use lowercase letters, digits, dots and dashes')
    .optional(),
});
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: instantSchema,
  action: z.string(),
  subject: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  /** Who did it; null for the system (seeding) or an account since deleted. */
  actor: z.object({ name: z.string(), email: z.string() }).nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditPageSchema = z.object({
  entries: z.array(auditEntrySchema),
  nextCursor: z.string().nullable(),
});
export type AuditPage = z.infer<typeof auditPageSchema>;
