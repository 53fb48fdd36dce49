import { Hono, type Context } from 'hono';
import {
  apiRoutes,
  idSchema,
  LOGO_MAX_BYTES,
  sponsorInputSchema,
  sponsorTierInputSchema,
  sponsorTierOrderSchema,
  type Sponsor,
  type SponsorList,
  type SponsorTier,
} from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson } from '../../http/body';
import { slugParam } from '../../http/params';
import { parseOrThrow } from '../../http/problem';
import { requireRole } from '../auth';
import { requireConference } from '../conferences';
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

/** The confirmation a DELETE of a tier with sponsors needs (see deleteTier). */
const CONFIRM_DELETE_SPONSORS = 'delete-sponsors';

export function sponsorRoutes(deps: AppDeps) {
  const actorOf = async (c: Context<AppEnv>): Promise<Actor> => ({
    db: deps.db,
    clock: deps.clock,
    conference: await requireConference(deps.db, slugParam(c)),
    userId: c.get('user')!.id,
  });
  const changed = (actor: Actor) => publishChange(deps, actor.conference.slug, 'sponsors');
  const organizer = requireRole('organizer');

  return (
    new Hono<AppEnv>()
      .get(apiRoutes.sponsors, async (c) => {
        const conference = await requireConference(deps.db, slugParam(c));
        const body: SponsorList = await listSponsors(deps.db, conference);
        return c.json(body);
      })
      .post(apiRoutes.sponsors, organizer, async (c) => {
        const actor = await actorOf(c);
        const body: Sponsor = await createSponsor(actor, await readJson(c, sponsorInputSchema));
        await changed(actor);
        return c.json(body, 201);
      })
      .put(apiRoutes.sponsor, organizer, async (c) => {
        const actor = await actorOf(c);
        const id = idParam(c);
        const body: Sponsor = await updateSponsor(actor, id, await readJson(c, sponsorInputSchema));
        await changed(actor);
        return c.json(body);
      })
      .delete(apiRoutes.sponsor, organizer, async (c) => {
        const actor = await actorOf(c);
        await deleteSponsor(actor, idParam(c));
        await changed(actor);
        return c.body(null, 204);
      })
      .get(apiRoutes.sponsorLogo, async (c) => {
        const conference = await requireConference(deps.db, slugParam(c));
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
      })
      .put(apiRoutes.sponsorLogo, organizer, async (c) => {
        const actor = await actorOf(c);
        const id = idParam(c);
        const bytes = await readLimitedBody(c, LOGO_MAX_BYTES);
        const body: Sponsor = await putLogo(actor, id, bytes);
        await changed(actor);
        return c.json(body);
      })
      .delete(apiRoutes.sponsorLogo, organizer, async (c) => {
        const actor = await actorOf(c);
        const body: Sponsor = await removeLogo(actor, idParam(c));
        await changed(actor);
        return c.json(body);
      })
      .post(apiRoutes.sponsorTiers, organizer, async (c) => {
        const actor = await actorOf(c);
        const body: SponsorTier = await createTier(actor, await readJson(c, sponsorTierInputSchema));
        await changed(actor);
        return c.json(body, 201);
      })
      // Before the :id route, which would otherwise take "order" for an id.
      .put(apiRoutes.sponsorTierOrder, organizer, async (c) => {
        const actor = await actorOf(c);
        const tiers = await reorderTiers(actor, await readJson(c, sponsorTierOrderSchema));
        await changed(actor);
        return c.json({ tiers });
      })
      .put(apiRoutes.sponsorTier, organizer, async (c) => {
        const actor = await actorOf(c);
        const id = idParam(c);
        const body: SponsorTier = await updateTier(actor, id, await readJson(c, sponsorTierInputSchema));
        await changed(actor);
        return c.json(body);
      })
      .delete(apiRoutes.sponsorTier, organizer, async (c) => {
        const actor = await actorOf(c);
        await deleteTier(actor, idParam(c), c.req.query('confirm') === CONFIRM_DELETE_SPONSORS);
        await changed(actor);
        return c.body(null, 204);
      })
  );
}
