import { Hono } from 'hono';
import { apiRoutes, createConferenceSchema, type Conference, type ConferenceList } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readJson } from '../../http/body';
import { slugParam } from '../../http/params';
import { requireRole } from '../auth';
import { publishChange } from '../stream';
import { createConference, getConference, listConferences } from './service';

export function conferenceRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(apiRoutes.conferences, async (c) => {
      const body: ConferenceList = { conferences: await listConferences(deps.db) };
      return c.json(body);
    })
    .post(apiRoutes.conferences, requireRole('organizer'), async (c) => {
      const input = await readJson(c, createConferenceSchema);
      const body: Conference = await createConference(deps.db, deps.clock, c.get('user')!.id, input);
      await publishChange(deps, body.slug, 'conference');
      return c.json(body, 201);
    })
    .get(apiRoutes.conference, async (c) => {
      const body: Conference = await getConference(deps.db, slugParam(c));
      return c.json(body);
    });
}
