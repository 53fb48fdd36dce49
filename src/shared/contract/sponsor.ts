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
});
export type Sponsor = z.infer<typeof sponsorSchema>;

export const sponsorListSchema = z.object({
  tiers: z.array(sponsorTierSchema),
  sponsors: z.array(sponsorSchema),
});
export type SponsorList = z.infer<typeof sponsorListSchema>;
