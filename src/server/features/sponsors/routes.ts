import type { Context } from 'hono';
import { z } from 'zod';
import {
  apiRoutes,
  confirmQuerySchema,
  idSchema,
  LOGO_MAX_BYTES,
  sponsorInputSchema,
  sponsorListSchema,
  sponsorSchema,
  sponsorTierInputSchema,
  sponsorTierOrderSchema,
  sponsorTierSchema,
  type Sponsor,
  type SponsorList,
  type SponsorTier,
  type User,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { parseOrThrow } from '../../http/problem';
import { conferenceOf } from '../conferences';
import { publishChange } from '../stream';
import {
  createSponsor,
  createTier,
  deleteSponsor,
  deleteTier,
  getLogo,
  listSponsors,
  putLogo,
  removeLogo,
  reorderTiers,
  updateSponsor,
  updateTier,
  type Actor,
} from './service';
import { readLimitedBody } from './upload-body';

const idParam = (c: Context) => parseOrThrow(idSchema, c.req.param('id'), 'id');

const actorOf = async (deps: AppDeps, c: Context<AppEnv>, user: User): Promise<Actor> => ({
  db: deps.db,
  clock: deps.clock,
  conference: await conferenceOf(deps, c),
  userId: user.id,
});
const changed = (deps: AppDeps, actor: Actor) => publishChange(deps, actor.conference.slug, 'sponsors');

const auth = 'organizer';
const guarded = ['unauthenticated', 'forbidden', 'conference_not_found'] as const;

export const sponsorEndpoints = endpointGroup('sponsors', { tag: 'sponsors' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.sponsors,
    summary: 'Sponsor tiers by rank and their sponsors',
    responses: { 200: sponsorListSchema },
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const body: SponsorList = await listSponsors(deps.db, conference);
      return c.json(body);
    },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.sponsors,
    summary: 'Add a sponsor to a tier',
    body: sponsorInputSchema,
    responses: { 201: sponsorSchema },
    problems: [...guarded, 'sponsor_tier_not_found', 'sponsor_slug_taken'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const actor = await actorOf(deps, c, user());
        const sponsor: Sponsor = await createSponsor(actor, await body());
        await changed(deps, actor);
        return c.json(sponsor, 201);
      },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.sponsor,
    summary: "Change a sponsor's name, slug, tier, link, packages, description or position",
    body: sponsorInputSchema,
    responses: { 200: sponsorSchema },
    problems: [...guarded, 'sponsor_not_found', 'sponsor_tier_not_found', 'sponsor_slug_taken'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const actor = await actorOf(deps, c, user());
        const id = idParam(c);
        const sponsor: Sponsor = await updateSponsor(actor, id, await body());
        await changed(deps, actor);
        return c.json(sponsor);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.sponsor,
    summary: 'Delete a sponsor and its logo',
    responses: { 204: null },
    problems: [...guarded, 'sponsor_not_found'],
    auth,
    handler:
      (deps) =>
      async (c, { user }) => {
        const actor = await actorOf(deps, c, user());
        await deleteSponsor(actor, idParam(c));
        await changed(deps, actor);
        return c.body(null, 204);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.sponsorLogo,
    summary: "A sponsor's logo as uploaded; with ?v=<hash from logoUrl> it is cached for a year",
    responses: { 200: null },
    problems: ['conference_not_found', 'sponsor_not_found', 'logo_not_found'],
    produces: 'image/*',
    handler: (deps) => async (c) => {
      const conference = await conferenceOf(deps, c);
      const logo = await getLogo(deps.db, conference, idParam(c));
      const version = c.req.query('v');
      // A URL naming this very image never changes; any other (no or old version) is revalidated.
      const versioned = version !== undefined && logo.hash.startsWith(version) && version.length >= 16;
      return c.body(logo.bytes, 200, {
        'Content-Type': logo.content_type,
        'Content-Length': String(logo.bytes.length),
        'X-Content-Type-Options': 'nosniff',
        // Opened on its own, a logo (an SVG above all) may run nothing and load nothing.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
        'Cache-Control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
        ETag: `"${logo.hash}"`,
      });
    },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.sponsorLogo,
    summary:
      'Upload a logo as the raw body: PNG, JPEG or WebP (judged by content), at most 512 KB and 4096×4096 px; SVG is refused',
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
    handler:
      (deps) =>
      async (c, { user }) => {
        const actor = await actorOf(deps, c, user());
        const id = idParam(c);
        const bytes = await readLimitedBody(c, LOGO_MAX_BYTES);
        const sponsor: Sponsor = await putLogo(actor, id, bytes);
        await changed(deps, actor);
        return c.json(sponsor);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.sponsorLogo,
    summary: 'Remove a logo; the sponsor shows as a text mark again',
    responses: { 200: sponsorSchema },
    problems: [...guarded, 'sponsor_not_found'],
    auth,
    handler:
      (deps) =>
      async (c, { user }) => {
        const actor = await actorOf(deps, c, user());
        const sponsor: Sponsor = await removeLogo(actor, idParam(c));
        await changed(deps, actor);
        return c.json(sponsor);
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.sponsorTiers,
    summary: 'Create a sponsor tier (rank defaults to after the last one)',
    body: sponsorTierInputSchema,
    responses: { 201: sponsorTierSchema },
    problems: [...guarded, 'sponsor_tier_name_taken'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const actor = await actorOf(deps, c, user());
        const tier: SponsorTier = await createTier(actor, await body());
        await changed(deps, actor);
        return c.json(tier, 201);
      },
  }),
  // Before the :id endpoint, which would otherwise take "order" for an id.
  endpoint({
    method: 'put',
    path: apiRoutes.sponsorTierOrder,
    summary: 'Reorder the tiers: ranks become 1, 2, 3... in the order given',
    body: sponsorTierOrderSchema,
    responses: { 200: z.object({ tiers: z.array(sponsorTierSchema) }) },
    problems: [...guarded, 'sponsor_tier_order_mismatch'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const actor = await actorOf(deps, c, user());
        const tiers = await reorderTiers(actor, await body());
        await changed(deps, actor);
        return c.json({ tiers });
      },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.sponsorTier,
    summary: "Change a tier's name, rank, logo size or benefits",
    body: sponsorTierInputSchema,
    responses: { 200: sponsorTierSchema },
    problems: [...guarded, 'sponsor_tier_not_found', 'sponsor_tier_name_taken'],
    auth,
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const actor = await actorOf(deps, c, user());
        const id = idParam(c);
        const tier: SponsorTier = await updateTier(actor, id, await body());
        await changed(deps, actor);
        return c.json(tier);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.sponsorTier,
    summary:
      'Delete a tier; one with sponsors answers 409 sponsor_tier_in_use listing them until ?confirm=true, which deletes them with it',
    responses: { 204: null },
    problems: [...guarded, 'sponsor_tier_not_found', 'sponsor_tier_in_use'],
    query: confirmQuerySchema,
    auth,
    handler:
      (deps) =>
      async (c, { user, query }) => {
        const actor = await actorOf(deps, c, user());
        await deleteTier(actor, idParam(c), query().confirm);
        await changed(deps, actor);
        return c.body(null, 204);
      },
  }),
]);
