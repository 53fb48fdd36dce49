import { Hono } from 'hono';
import { apiRoutes, type Conference, type ConferenceList } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { slugParam } from '../../http/params';
import { getConference, listConferences } from './service';

export function conferenceRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(apiRoutes.conferences, async (c) => {
      const body: ConferenceList = { conferences: await listConferences(deps.db) };
      return c.json(body);
    })
    .get(apiRoutes.conference, async (c) => {
      const body: Conference = await getConference(deps.db, slugParam(c));
      return c.json(body);
    });
}
