import type { Context } from 'hono';
import type { ConferenceRow } from '../../db/schema';
import type { AppDeps } from '../../deps';
import { slugParam } from '../../http/params';
import { requireConference } from './service';

/** The conference a request's :slug names, or the 404 conference_not_found every route answers. */
export function conferenceOf(deps: Pick<AppDeps, 'db'>, c: Context): Promise<ConferenceRow> {
  return requireConference(deps.db, slugParam(c));
}
