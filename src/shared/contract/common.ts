import { z } from 'zod';

/** URL-safe identifier used in paths: lowercase letters, digits and dashes. */
export const slugSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and dashes');

/** An instant, always serialised in UTC with a trailing Z (e.g. 2025-10-16T08:00:00Z). */
export const instantSchema = z.iso.datetime({ offset: false });

/** A calendar date in the conference's zone, YYYY-MM-DD. */
export const localDateSchema = z.iso.date();

/** A wall-clock time of day, HH:MM (24h). */
export const localTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');

export const httpUrlSchema = z.url({ protocol: /^https?$/ });

/** IANA time zone name, checked against the runtime's Intl database. */
export const timeZoneSchema = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'Unknown IANA time zone' },
);

/** Hex colour like #1a2b3c. */
export const colorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'Use a colour like #1a2b3c');

export const idSchema = z.string().min(1).max(64);
