import { z } from 'zod';
import { idSchema, instantSchema, localDateSchema } from './common';
import { ticketIdSchema, ticketStatusSchema } from './ticket';

/** A desk without a heartbeat for this long is shown offline: it cannot say so itself. */
export const DESK_SILENT_AFTER_MS = 45_000;
/** How often a desk reports, well within the silence above. */
export const DESK_HEARTBEAT_EVERY_MS = 15_000;

/** What a desk says about itself every 15 s and whenever its mode or queue changes. */
export const deskHeartbeatSchema = z.object({
  deskId: z.string().min(1).max(64),
  deskName: z.string().trim().min(1).max(60),
  listId: idSchema,
  /** The desk judges scans on the server (true) or on its own (false). */
  online: z.boolean(),
  /** Scans judged offline and not uploaded yet. */
  queued: z.number().int().min(0).max(100_000),
  /** When the desk last uploaded a queued scan. */
  lastUploadAt: instantSchema.nullable().default(null),
});
export type DeskHeartbeat = z.input<typeof deskHeartbeatSchema>;

/**
 * `online`: heard from lately and judging on the server; `offline`: the desk says it is
 * offline; `silent`: no heartbeat for 45 s (the network is gone, or the desk was closed).
 */
export const deskStates = ['online', 'offline', 'silent'] as const;
export const deskStateSchema = z.enum(deskStates);
export type DeskState = z.infer<typeof deskStateSchema>;

export const deskStatusSchema = z.object({
  deskId: z.string(),
  deskName: z.string(),
  listId: idSchema,
  listName: z.string().nullable(),
  state: deskStateSchema,
  /** The last queue length the desk reported. */
  queued: z.number().int().min(0),
  lastUploadAt: instantSchema.nullable(),
  lastSeenAt: instantSchema,
});
export type DeskStatus = z.infer<typeof deskStatusSchema>;

export const deskStatusListSchema = z.object({ desks: z.array(deskStatusSchema), asOf: instantSchema });
export type DeskStatusList = z.infer<typeof deskStatusListSchema>;

export const ARRIVAL_BUCKET_MINUTES = 15;

export const arrivalSeriesQuerySchema = z.object({
  /** A conference day; today during the event, else the latest day with admissions. */
  day: localDateSchema.optional(),
});
export type ArrivalSeriesQuery = z.infer<typeof arrivalSeriesQuerySchema>;

/**
 * Admissions (entries let in, re-entries included; undone ones are gone) per 15 minutes of
 * the conference's local time, per check-in list. Buckets run from the first busy one to the
 * last, empty ones included, so the time scale holds.
 */
export const arrivalSeriesSchema = z.object({
  day: localDateSchema,
  /** The conference days, to switch between. */
  days: z.array(localDateSchema),
  bucketMinutes: z.number().int(),
  lists: z.array(z.object({ listId: idSchema, name: z.string() })),
  buckets: z.array(
    z.object({
      /** Local wall-clock start, HH:MM. */
      start: z.string(),
      startsAt: instantSchema,
      count: z.number().int().min(0),
      /** Per list, in the order of `lists`. */
      byList: z.array(z.number().int().min(0)),
    }),
  ),
  total: z.number().int().min(0),
});
export type ArrivalSeries = z.infer<typeof arrivalSeriesSchema>;

/**
 * Every ticket of a conference, compact, for a desk to search offline. Rows are arrays:
 * [id, holder name, email, order code, index into `types`, index into `statuses`, note or ''].
 * 10,000 tickets come to about 0.8 MB of JSON, 0.26 MB gzipped (bench/desk-index.ts).
 */
export const deskTicketRowSchema = z.tuple([
  ticketIdSchema,
  z.string(),
  z.string(),
  z.string(),
  z.number().int().min(0),
  z.number().int().min(0),
  z.string(),
]);
export type DeskTicketRow = z.infer<typeof deskTicketRowSchema>;

export const deskTicketIndexSchema = z.object({
  types: z.array(idSchema),
  statuses: z.array(ticketStatusSchema),
  rows: z.array(deskTicketRowSchema),
  asOf: instantSchema,
});
export type DeskTicketIndex = z.infer<typeof deskTicketIndexSchema>;
