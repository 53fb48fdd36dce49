import {
  apiRoutes,
  sponsorInputSchema,
  sponsorSchema,
  sponsorTierInputSchema,
  sponsorTierOrderSchema,
  sponsorTierSchema,
} from '@shared/contract';
import { z } from 'zod';
import type { Operation } from '../../openapi/operations';

const tag = 'sponsors';
const auth = 'organizer' as const;
const guarded = ['unauthenticated', 'forbidden', 'conference_not_found'] as const;

export const sponsorOperations: Operation[] = [
  {
    method: 'post',
    path: apiRoutes.sponsors,
    summary: 'Add a sponsor to a tier',
    tag,
    body: sponsorInputSchema,
    responses: { 201: sponsorSchema },
    problems: [...guarded, 'sponsor_tier_not_found', 'sponsor_slug_taken'],
    auth,
  },
  {
    method: 'put',
    path: apiRoutes.sponsor,
    summary: "Change a sponsor's name, slug, tier, link, packages, description or position",
    tag,
    body: sponsorInputSchema,
    responses: { 200: sponsorSchema },
    problems: [...guarded, 'sponsor_not_found', 'sponsor_tier_not_found', 'sponsor_slug_taken'],
    auth,
  },
  {
    method: 'delete',
    path: apiRoutes.sponsor,
    summary: 'Delete a sponsor and its logo',
    tag,
    responses: { 204: null },
    problems: [...guarded, 'sponsor_not_found'],
    auth,
  },
  {
    method: 'get',
    path: apiRoutes.sponsorLogo,
    summary: "A sponsor's logo as uploaded; with ?v=<hash from logoUrl> it is cached for a year",
    tag,
    responses: { 200: null },
    problems: ['conference_not_found', 'sponsor_not_found', 'logo_not_found'],
    produces: 'image/*',
  },
  {
    method: 'put',
    path: apiRoutes.sponsorLogo,
    summary:
      'Upload a logo as the raw body: PNG, JPEG or WebP (judged by content), at most 512 KB and 4096×4096 px; SVG is refused',
    tag,
    responses: { 200: sponsorSchema },
    problems: [
      ...guarded,
      'sponsor_not_found',
      'logo_too_large',
      'logo_type_not_allowed',
      'logo_svg_refused',
      'logo_unreadable',
      'logo_dimensions_not_allowed',
    ],
    auth,
  },
  {
    method: 'delete',
    path: apiRoutes.sponsorLogo,
    summary: 'Remove a logo; the sponsor shows as a text mark again',
    tag,
    responses: { 200: sponsorSchema },
    problems: [...guarded, 'sponsor_not_found'],
    auth,
  },
  {
    method: 'post',
    path: apiRoutes.sponsorTiers,
    summary: 'Create a sponsor tier (rank defaults to after the last one)',
    tag,
    body: sponsorTierInputSchema,
    responses: { 201: sponsorTierSchema },
    problems: [...guarded, 'sponsor_tier_name_taken'],
    auth,
  },
  {
    method: 'put',
    path: apiRoutes.sponsorTierOrder,
    summary: 'Reorder the tiers: ranks become 1, 2, 3... in the order given',
    tag,
    body: sponsorTierOrderSchema,
    responses: { 200: z.object({ tiers: z.array(sponsorTierSchema) }) },
    problems: [...guarded, 'sponsor_tier_order_mismatch'],
    auth,
  },
  {
    method: 'put',
    path: apiRoutes.sponsorTier,
    summary: "Change a tier's name, rank, logo size or benefits",
    tag,
    body: sponsorTierInputSchema,
    responses: { 200: sponsorTierSchema },
    problems: [...guarded, 'sponsor_tier_not_found', 'sponsor_tier_name_taken'],
    auth,
  },
  {
    method: 'delete',
    path: apiRoutes.sponsorTier,
    summary:
      'Delete a tier; one with sponsors answers 409 sponsor_tier_in_use listing them until ?confirm=delete-sponsors',
    tag,
    responses: { 204: null },
    problems: [...guarded, 'sponsor_tier_not_found', 'sponsor_tier_in_use'],
    auth,
  },
];
