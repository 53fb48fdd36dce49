import { Hono } from 'hono';
import { apiRoutes, type Speaker, type SpeakerList } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { codeParam, slugParam } from '../../http/params';
import { requireConference } from '../conferences';
import { getSpeaker, listSpeakers } from './service';

export function speakerRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(apiRoutes.speakers, async (c) => {
      const conference = await requireConference(deps.db, slugParam(c));
      const body: SpeakerList = { speakers: await listSpeakers(deps.db, conference) };
      return c.json(body);
    })
    .get(apiRoutes.speaker, async (c) => {
      const conference = await requireConference(deps.db, slugParam(c));
      const body: Speaker = await getSpeaker(deps.db, conference, codeParam(c));
      return c.json(body);
    });
}
