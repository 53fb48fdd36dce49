import { Hono, type Context } from 'hono';
import { apiRoutes, scheduleCalendarQuerySchema, sessionCodeSchema } from '@shared/contract';
import type { AppDeps, AppEnv } from '../../deps';
import { readQuery } from '../../http/body';
import { slugParam } from '../../http/params';
import { parseOrThrow } from '../../http/problem';
import type { ExportContext } from './frab-schedule';
import {
  exportScheduleCalendar,
  exportScheduleJson,
  exportScheduleXml,
  exportSessionCalendar,
  type CalendarFile,
} from './service';

/**
 * apiRoutes.sessionIcs ("/sessions/:code.ics") as Hono needs it: Hono would read ":code.ics" as
 * one parameter named "code.ics". The regex keeps ".../sessions/CL3HJB" for the sessions
 * feature; this router must be mounted before it, which would otherwise take "CL3HJB.ics".
 */
const SESSION_ICS_ROUTE = apiRoutes.sessionIcs.replace(':code.ics', ':file{[A-Za-z0-9_-]+\\.ics}');

/** Links in the exports point back at the app as the caller reached it. */
function exportContext(c: Context, deps: AppDeps): ExportContext {
  const url = new URL(c.req.url);
  // Behind a TLS-terminating proxy the app itself only sees plain http.
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim();
  if (proto === 'https' || proto === 'http') url.protocol = `${proto}:`;
  return { origin: url.origin, generator: { name: 'Lanyard', version: deps.version } };
}

function calendarResponse(c: Context, file: CalendarFile) {
  return c.body(file.body, 200, {
    'Content-Type': 'text/calendar; charset=utf-8',
    'Content-Disposition': `attachment; filename="${file.filename}"`,
  });
}

export function exportRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(apiRoutes.scheduleJson, async (c) => {
      return c.json(await exportScheduleJson(deps.db, slugParam(c), exportContext(c, deps)));
    })
    .get(apiRoutes.scheduleXml, async (c) => {
      const xml = await exportScheduleXml(deps.db, slugParam(c), exportContext(c, deps));
      return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8' });
    })
    .get(apiRoutes.scheduleIcs, async (c) => {
      const { codes } = readQuery(c, scheduleCalendarQuerySchema);
      const file = await exportScheduleCalendar(deps.db, slugParam(c), exportContext(c, deps), codes);
      return calendarResponse(c, file);
    })
    .get(SESSION_ICS_ROUTE, async (c) => {
      const slug = slugParam(c);
      const code = parseOrThrow(sessionCodeSchema, (c.req.param('file') ?? '').replace(/\.ics$/, ''), 'code');
      return calendarResponse(c, await exportSessionCalendar(deps.db, slug, code, exportContext(c, deps)));
    });
}
