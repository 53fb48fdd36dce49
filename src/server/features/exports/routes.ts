import type { Context } from 'hono';
import { apiRoutes, scheduleCalendarQuerySchema, sessionCodeSchema } from '@shared/contract';
import type { AppDeps } from '../../deps';
import { endpoint, endpointGroup } from '../../http/endpoint';
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
 * feature; this group must be registered before it, which would otherwise take "CL3HJB.ics".
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

/** The exchange formats are defined by others (c3voc, frab, RFC 5545), so no zod schema here. */
export const exportEndpoints = endpointGroup('exports', { tag: 'exports' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.scheduleJson,
    summary:
      'The schedule as frab/pretalx schedule.json (c3voc schema), for EventFahrplan, Giggity, media.ccc.de',
    responses: { 200: null },
    produces: 'application/json',
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      return c.json(await exportScheduleJson(deps.db, slugParam(c), exportContext(c, deps)));
    },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.scheduleXml,
    summary: 'The schedule as frab schedule.xml',
    responses: { 200: null },
    produces: 'application/xml',
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      const xml = await exportScheduleXml(deps.db, slugParam(c), exportContext(c, deps));
      return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8' });
    },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.scheduleIcs,
    summary: 'The schedule as iCalendar to subscribe to, or only the sessions listed in `codes`',
    query: scheduleCalendarQuerySchema,
    responses: { 200: null },
    produces: 'text/calendar',
    problems: ['conference_not_found'],
    handler:
      (deps) =>
      async (c, { query }) => {
        const { codes } = query();
        const file = await exportScheduleCalendar(deps.db, slugParam(c), exportContext(c, deps), codes);
        return calendarResponse(c, file);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.sessionIcs,
    route: SESSION_ICS_ROUTE,
    summary: 'One session as iCalendar, to add to a calendar',
    responses: { 200: null },
    produces: 'text/calendar',
    problems: ['conference_not_found', 'session_not_found'],
    handler: (deps) => async (c) => {
      const slug = slugParam(c);
      const code = parseOrThrow(sessionCodeSchema, (c.req.param('file') ?? '').replace(/\.ics$/, ''), 'code');
      return calendarResponse(c, await exportSessionCalendar(deps.db, slug, code, exportContext(c, deps)));
    },
  }),
]);
