import { Hono } from 'hono';
import { apiRoutes, sessionFiltersSchema, type Session, type SessionList } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readQuery } from '../../http/body';
import { codeParam, slugParam } from '../../http/params';
import { requireConference } from '../conferences';
import { getSession, listSessions } from './service';

export function sessionRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(apiRoutes.sessions, async (c) => {
      const filters = readQuery(c, sessionFiltersSchema);
      const conference = await requireConference(deps.db, slugParam(c));
      const body: SessionList = { sessions: await listSessions(deps.db, conference, filters) };
      return c.json(body);
    })
    .get(apiRoutes.session, async (c) => {
      const conference = await requireConference(deps.db, slugParam(c));
      const body: Session = await getSession(deps.db, conference, codeParam(c));
      return c.json(body);
    });
}
