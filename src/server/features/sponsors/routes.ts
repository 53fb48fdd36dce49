import { Hono } from 'hono';
import { apiRoutes, type SponsorList } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { slugParam } from '../../http/params';
import { requireConference } from '../conferences';
import { listSponsors } from './service';

export function sponsorRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get(apiRoutes.sponsors, async (c) => {
    const conference = await requireConference(deps.db, slugParam(c));
    const body: SponsorList = await listSponsors(deps.db, conference);
    return c.json(body);
  });
}
