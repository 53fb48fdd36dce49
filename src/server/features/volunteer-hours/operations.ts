import { apiRoutes, hoursPolicySchema, hoursReportSchema, myHoursSchema } from '@shared/contract';
import type { Operation } from '../../openapi/operations';

const tag = 'volunteers';

export const volunteerHoursOperations: Operation[] = [
  {
    method: 'get',
    path: apiRoutes.volunteerHours,
    summary: 'Hours worked per volunteer, night hours multiplied (organizer; a coordinator sees their roles)',
    tag,
    responses: { 200: hoursReportSchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'user',
  },
  {
    method: 'get',
    path: apiRoutes.volunteerHoursCsv,
    summary: 'The same as CSV for spreadsheets; text cells that look like formulas are neutralised',
    tag,
    responses: { 200: null },
    produces: 'text/csv',
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'user',
  },
  {
    method: 'get',
    path: apiRoutes.volunteerHoursMine,
    summary: 'Your own hours worked so far',
    tag,
    responses: { 200: myHoursSchema },
    problems: ['unauthenticated', 'conference_not_found'],
    auth: 'user',
  },
  {
    method: 'get',
    path: apiRoutes.volunteerHoursPolicy,
    summary: 'The night-hours rule of the hours report',
    tag,
    responses: { 200: hoursPolicySchema },
    problems: ['conference_not_found'],
  },
  {
    method: 'put',
    path: apiRoutes.volunteerHoursPolicy,
    summary: 'Set the night hours and their multiplier (organizer)',
    tag,
    body: hoursPolicySchema,
    responses: { 200: hoursPolicySchema },
    problems: ['unauthenticated', 'forbidden', 'conference_not_found'],
    auth: 'organizer',
  },
];
