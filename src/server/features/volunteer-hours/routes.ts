import {
  apiRoutes,
  hoursPolicySchema,
  hoursReportSchema,
  myHoursSchema,
  type HoursPolicy,
  type HoursReport,
  type MyHours,
} from '@shared/contract';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { conferenceOf } from '../conferences';
import { publishChange } from '../stream';
import { getHoursPolicy, hoursCsv, hoursReport, myHours, setHoursPolicy } from './service';

const personal = { 'Cache-Control': 'no-store' };

/** Hours worked per volunteer (JSON and CSV), your own hours, and the night-hours rule. */
export const volunteerHoursEndpoints = endpointGroup('volunteer-hours', { tag: 'volunteers' }, [
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerHours,
    summary: 'Hours worked per volunteer, night hours multiplied (organizer; a coordinator sees their roles)',
    responses: { 200: hoursReportSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const body: HoursReport = await hoursReport(deps.db, await conferenceOf(deps, c), user());
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerHoursCsv,
    summary: 'The same as CSV for spreadsheets; text cells that look like formulas are neutralised',
    responses: { 200: null },
    produces: 'text/csv',
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const conference = await conferenceOf(deps, c);
        const report = await hoursReport(deps.db, conference, user());
        return c.body(hoursCsv(report), 200, {
          ...personal,
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${conference.slug}-volunteer-hours.csv"`,
        });
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerHoursMine,
    summary: 'Your own hours worked so far',
    responses: { 200: myHoursSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user }) => {
        const body: MyHours = await myHours(deps.db, await conferenceOf(deps, c), user());
        return c.json(body, 200, personal);
      },
  }),
  endpoint({
    method: 'get',
    path: apiRoutes.volunteerHoursPolicy,
    summary: 'The night-hours rule of the hours report',
    responses: { 200: hoursPolicySchema },
    problems: ['conference_not_found'],
    handler: (deps) => async (c) => {
      const body: HoursPolicy = await getHoursPolicy(deps.db, (await conferenceOf(deps, c)).id);
      return c.json(body);
    },
  }),
  endpoint({
    method: 'put',
    path: apiRoutes.volunteerHoursPolicy,
    summary: 'Set the night hours and their multiplier (organizer)',
    body: hoursPolicySchema,
    responses: { 200: hoursPolicySchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'organizer',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const policy = await body();
        const saved: HoursPolicy = await setHoursPolicy(deps.db, deps.clock, conference, user(), policy);
        await publishChange(deps, conference.slug, 'shifts');
        return c.json(saved);
      },
  }),
]);
