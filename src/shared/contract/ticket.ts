import { z } from 'zod';
import { emailSchema } from './user';
import { idSchema, instantSchema, localDateSchema, slugSchema } from './common';

/**
 * A ticket id: 9 random bytes in base64url. Short on purpose, because it travels inside the
 * signed QR code, which must stay small enough for a low-density code a cheap camera reads.
 */
export const ticketIdSchema = z.string().regex(/^[A-Za-z0-9_-]{12}$/, 'Not a ticket id');

/** The private link's secret: 32 random bytes in base64url, unguessable. */
export const ticketSecretSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/, 'Not a ticket link');

export const ticketStatuses = ['valid', 'cancelled', 'blocked'] as const;
export const ticketStatusSchema = z.enum(ticketStatuses);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/** ISO 3166-1 alpha-2, as pretix exports it. */
export const countryCodeSchema = z
  .string()
  .trim()
  .transform((c) => c.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code like DE'));

/** The signed QR's type field is one byte, hence the 1..255 type numbers. */
export const ticketTypeNumberSchema = z.number().int().min(1).max(255);

/** QR codes hold a 16-day bitmap of valid days. */
export const MAX_VALID_DAYS_SPAN = 16;

const validDaysSchema = z
  .array(localDateSchema)
  .min(1)
  .max(MAX_VALID_DAYS_SPAN)
  .refine((d) => new Set(d).size === d.length, { message: 'List each day once' });

export const ticketTypeSchema = z.object({
  id: idSchema,
  /** Small per-conference number carried in the QR code instead of the id. */
  number: ticketTypeNumberSchema,
  slug: slugSchema,
  name: z.string().min(1).max(120),
  /** Conference days (YYYY-MM-DD) the type admits, in order. */
  validDays: z.array(localDateSchema),
});
export type TicketType = z.infer<typeof ticketTypeSchema>;

export const ticketTypeListSchema = z.object({ ticketTypes: z.array(ticketTypeSchema) });
export type TicketTypeList = z.infer<typeof ticketTypeListSchema>;

export const createTicketTypeSchema = z.object({
  slug: slugSchema,
  name: z.string().trim().min(1).max(120),
  validDays: validDaysSchema,
});
export type CreateTicketType = z.infer<typeof createTicketTypeSchema>;

/** The slug is part of the type's id, so only the name and the days change. */
export const updateTicketTypeSchema = createTicketTypeSchema.omit({ slug: true });
export type UpdateTicketType = z.infer<typeof updateTicketTypeSchema>;

const holderNameSchema = z.string().trim().min(1).max(200);
const orderCodeSchema = z
  .string()
  .trim()
  .min(1)
  .max(32)
  .regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, dashes and underscores');
const noteSchema = z.string().trim().min(1).max(500);

export const ticketSchema = z.object({
  id: ticketIdSchema,
  typeId: idSchema,
  holderName: z.string(),
  email: z.string(),
  company: z.string().nullable(),
  country: z.string().nullable(),
  orderCode: z.string(),
  status: ticketStatusSchema,
  /** Read out at the desk before admitting ("needs attention"). */
  note: z.string().nullable(),
  /** The secret of the holder's private link, so organizers can send it again; null for desk staff. */
  secret: ticketSecretSchema.nullable(),
  createdAt: instantSchema,
  /** The holder's first admission at any desk; null until they arrive. */
  checkedInAt: instantSchema.nullable(),
});
export type Ticket = z.infer<typeof ticketSchema>;

export const createTicketSchema = z.object({
  typeId: idSchema,
  holderName: holderNameSchema,
  email: emailSchema,
  company: z.string().trim().min(1).max(200).nullable().default(null),
  country: countryCodeSchema.nullable().default(null),
  orderCode: orderCodeSchema,
  note: noteSchema.nullable().default(null),
});
export type CreateTicket = z.input<typeof createTicketSchema>;

/** Cancel, block, reinstate, annotate or move a ticket to another type; absent fields stay as they are. */
export const updateTicketSchema = z
  .object({
    status: ticketStatusSchema.optional(),
    note: noteSchema.nullable().optional(),
    typeId: idSchema.optional(),
  })
  .refine((u) => u.status !== undefined || u.note !== undefined || u.typeId !== undefined, {
    message: 'Change the status, the note or the type',
  });
export type UpdateTicket = z.infer<typeof updateTicketSchema>;

/** What an organizer does to several tickets at once. */
export const ticketBulkActions = ['cancel', 'block', 'move'] as const;
export const MAX_TICKET_BULK = 500;

/** All or nothing: one unknown id and no ticket changes (ticket_bulk_unknown names the ids). */
export const ticketBulkSchema = z
  .object({
    action: z.enum(ticketBulkActions),
    ticketIds: z
      .array(ticketIdSchema)
      .min(1)
      .max(MAX_TICKET_BULK)
      .refine((ids) => new Set(ids).size === ids.length, { message: 'List each ticket once' }),
    /** The type to move the tickets to; only with `move`. */
    ticketTypeId: idSchema.optional(),
  })
  .refine((b) => (b.action === 'move') === (b.ticketTypeId !== undefined), {
    message: 'Name a ticket type to move to, and only when moving',
    path: ['ticketTypeId'],
  });
export type TicketBulk = z.infer<typeof ticketBulkSchema>;

export const ticketBulkResultSchema = z.object({ tickets: z.array(ticketSchema) });
export type TicketBulkResult = z.infer<typeof ticketBulkResultSchema>;

/** Search starts at three characters: fewer would list half the attendees to anyone at a desk. */
export const TICKET_SEARCH_MIN = 3;

/** Columns the organizer's ticket table sorts by. */
export const ticketSortKeys = ['holder', 'email', 'type', 'status', 'checkedIn'] as const;
export type TicketSortKey = (typeof ticketSortKeys)[number];
export const ticketSortDirections = ['asc', 'desc'] as const;
export type TicketSortDirection = (typeof ticketSortDirections)[number];

export const ticketSearchSchema = z.object({
  q: z.string().trim().min(TICKET_SEARCH_MIN).max(100).optional(),
  status: ticketStatusSchema.optional(),
  sort: z.enum(ticketSortKeys).default('holder'),
  dir: z.enum(ticketSortDirections).default('asc'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type TicketSearch = z.infer<typeof ticketSearchSchema>;

export const ticketListSchema = z.object({ tickets: z.array(ticketSchema), total: z.number().int().min(0) });
export type TicketList = z.infer<typeof ticketListSchema>;

/** What a holder sees through their private link: enough to show the QR code full-screen offline. */
export const holderTicketSchema = z.object({
  id: ticketIdSchema,
  conferenceSlug: slugSchema,
  conferenceName: z.string(),
  holderName: z.string(),
  typeName: z.string(),
  validDays: z.array(localDateSchema),
  status: ticketStatusSchema,
  /** The signed QR content (base64url); render it as a byte-mode QR code. */
  qr: z.string(),
});
export type HolderTicket = z.infer<typeof holderTicketSchema>;

/** A pretix-like CSV export, imported all-or-nothing. */
export const ticketImportSchema = z.object({
  csv: z.string().min(1).max(5_000_000),
  /** Check the file and count what an import would create and skip, changing nothing. */
  dryRun: z.boolean().default(false),
});
export type TicketImport = z.input<typeof ticketImportSchema>;

export const ticketImportResultSchema = z.object({
  created: z.number().int().min(0),
  /** Rows already imported before (same order code, email, name and type). */
  skipped: z.number().int().min(0),
});
export type TicketImportResult = z.infer<typeof ticketImportResultSchema>;

/** A public verification key; desks cache these to verify QR codes offline. */
export const signingKeySchema = z.object({
  keyId: z.number().int().min(1).max(255),
  /** Raw Ed25519 public key, base64url. */
  publicKey: z.string(),
  createdAt: instantSchema,
  /** The key currently signing new QR codes. */
  active: z.boolean(),
  /** QR codes signed by a revoked key are refused ("revoked"); holders get a new one via their link. */
  revokedAt: instantSchema.nullable(),
});
export type SigningKey = z.infer<typeof signingKeySchema>;

export const signingKeyListSchema = z.object({ keys: z.array(signingKeySchema) });
export type SigningKeyList = z.infer<typeof signingKeyListSchema>;

export const rotateKeySchema = z.object({
  /** Also refuse every QR code the current key signed, e.g. after a leak. */
  revokeCurrent: z.boolean().default(false),
});
export type RotateKey = z.input<typeof rotateKeySchema>;

/**
 * One ticket a desk must not admit on signature alone: cancelled, blocked, or carrying a
 * note. With `since`, also tickets set back to valid without a note, so a desk can drop them.
 */
export const ticketWatchEntrySchema = z.object({
  ticketId: ticketIdSchema,
  status: ticketStatusSchema,
  note: z.string().nullable(),
  changedAt: instantSchema,
});
export type TicketWatchEntry = z.infer<typeof ticketWatchEntrySchema>;

export const revocationListSchema = z.object({
  entries: z.array(ticketWatchEntrySchema),
  /** Pass as `since` next time to get only what changed. */
  asOf: instantSchema,
});
export type RevocationList = z.infer<typeof revocationListSchema>;

export const revocationQuerySchema = z.object({ since: instantSchema.optional() });
export type RevocationQuery = z.infer<typeof revocationQuerySchema>;
