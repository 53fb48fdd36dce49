import { apiRoutes, scheduleCalendarQuerySchema } from '@shared/contract';
import type { Operation } from '../../openapi/operations';

/** The exchange formats are defined by others (c3voc, frab, RFC 5545), so no zod schema here. */
export const exportOperations: Operation[] = [
  {
    method: 'get',
    path: apiRoutes.scheduleJson,
    summary:
      'The schedule as frab/pretalx schedule.json (c3voc schema), for EventFahrplan, Giggity, media.ccc.de',
    tag: 'exports',
    responses: { 200: null },
    produces: 'application/json',
    problems: ['conference_not_found'],
  },
  {
    method: 'get',
    path: apiRoutes.scheduleXml,
    summary: 'The schedule as frab schedule.xml',
    tag: 'exports',
    responses: { 200: null },
    produces: 'application/xml',
    problems: ['conference_not_found'],
  },
  {
    method: 'get',
    path: apiRoutes.scheduleIcs,
    summary: 'The schedule as iCalendar to subscribe to, or only the sessions listed in `codes`',
    tag: 'exports',
    query: scheduleCalendarQuerySchema,
    responses: { 200: null },
    produces: 'text/calendar',
    problems: ['conference_not_found'],
  },
  {
    method: 'get',
    path: apiRoutes.sessionIcs,
    summary: 'One session as iCalendar, to add to a calendar',
    tag: 'exports',
    responses: { 200: null },
    produces: 'text/calendar',
    problems: ['conference_not_found', 'session_not_found'],
  },
];
