import { z } from 'zod';
import { httpUrlSchema, idSchema, slugSchema } from './common';

export const logoSizes = ['xl', 'lg', 'md', 'sm'] as const;
export const logoSizeSchema = z.enum(logoSizes);
export type LogoSize = z.infer<typeof logoSizeSchema>;

export const sponsorTierSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(80),
  /** 1 is the most prominent tier. */
  rank: z.number().int().min(1),
  logoSize: logoSizeSchema,
  benefits: z.array(z.string().max(200)),
});
export type SponsorTier = z.infer<typeof sponsorTierSchema>;

export const sponsorSchema = z.object({
  id: idSchema,
  slug: slugSchema,
  name: z.string().min(1).max(120),
  tierId: idSchema,
  url: httpUrlSchema.nullable(),
  /** Packages this sponsor holds, e.g. "Video" or "Welcome Party"; shown where the thing appears. */
  packages: z.array(z.string().min(1).max(80)),
  /** URL of a logo served by Lanyard itself, or null to render a text mark. */
  logoUrl: z.string().nullable(),
  description: z.string().max(2_000),
  /** Order within the tier, lower first (sent by the server; older data may lack it). */
  position: z.number().int().min(0).optional(),
});
export type Sponsor = z.infer<typeof sponsorSchema>;

export const sponsorListSchema = z.object({
  tiers: z.array(sponsorTierSchema),
  sponsors: z.array(sponsorSchema),
});
export type SponsorList = z.infer<typeof sponsorListSchema>;

/** A tier as an organizer creates or edits it; rank defaults to after the last tier. */
export const sponsorTierInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter a name').max(80),
  rank: z.number().int().min(1).max(1000).optional(),
  logoSize: logoSizeSchema,
  benefits: z.array(z.string().trim().min(1).max(200)).max(20).default([]),
});
export type SponsorTierInput = z.input<typeof sponsorTierInputSchema>;

/** The tiers in their new order, most prominent first; ranks become 1, 2, 3... */
export const sponsorTierOrderSchema = z.strictObject({
  tierIds: z.array(idSchema).min(1).max(100),
});
export type SponsorTierOrder = z.infer<typeof sponsorTierOrderSchema>;

export const sponsorInputSchema = z.strictObject({
  name: z.string().trim().min(1, 'Enter a name').max(120),
  slug: slugSchema,
  tierId: idSchema,
  url: httpUrlSchema.nullable().default(null),
  packages: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  description: z.string().trim().max(2_000).default(''),
  /** Order within the tier; lower first. */
  position: z.number().int().min(0).max(10_000).default(0),
});
export type SponsorInput = z.input<typeof sponsorInputSchema>;

/** Logo uploads: what the server accepts, so the form can say it before uploading. */
export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MAX_PIXELS = 4096;
export const logoTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
