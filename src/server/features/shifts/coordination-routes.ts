import {
  apiRoutes,
  createdShiftsSchema,
  confirmQuerySchema,
  shiftGenerationPreviewSchema,
  shiftGenerationSchema,
  shiftSchema,
  updateShiftSchema,
  type CreatedShifts,
  type ProblemCode,
  type Shift,
  type ShiftGenerationPreview,
} from '@shared/contract';
import type { AppDeps } from '../../deps';
import { endpoint, endpointGroup } from '../../http/endpoint';
import { conferenceOf } from '../conferences';
import { publishChange } from '../stream';
import { deleteShift, generateShifts, previewGeneration, updateShift } from './coordination-service';
import { shiftIdParam } from './params';

const changed = (deps: AppDeps, slug: string, shiftId?: string) =>
  publishChange(deps, slug, 'shifts', shiftId);

const coordinator: ProblemCode[] = ['unauthenticated', 'forbidden', 'conference_not_found'];

/** Coordinators edit and delete shifts and generate them from the schedule. */
export const shiftCoordinationEndpoints = endpointGroup('shift-coordination', { tag: 'volunteers' }, [
  endpoint({
    method: 'post',
    path: apiRoutes.shiftsFromSchedulePreview,
    summary: 'Preview shifts generated from the schedule: one per session in the rooms, padded, merged',
    body: shiftGenerationSchema,
    responses: { 200: shiftGenerationPreviewSchema },
    problems: [...coordinator, 'role_not_found'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const preview: ShiftGenerationPreview = await previewGeneration(deps.db, conference, user(), input);
        return c.json(preview, 200, { 'Cache-Control': 'no-store' });
      },
  }),
  endpoint({
    method: 'post',
    path: apiRoutes.shiftsFromSchedule,
    summary: 'Create the shifts the preview showed; ones the role already has are not repeated',
    body: shiftGenerationSchema,
    responses: { 201: createdShiftsSchema },
    problems: [...coordinator, 'role_not_found', 'no_sessions_match'],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const input = await body();
        const created: CreatedShifts = {
          shifts: await generateShifts(deps.db, deps.clock, conference, user(), input),
        };
        await changed(deps, conference.slug);
        return c.json(created, 201);
      },
  }),
  endpoint({
    method: 'patch',
    path: apiRoutes.shift,
    summary:
      'Edit a shift; refuses a capacity below the places held, times overlapping a holder’s other shift, ' +
      'and a role change while people are on it. People on it are told of new times or place.',
    body: updateShiftSchema,
    responses: { 200: shiftSchema },
    problems: [
      ...coordinator,
      'shift_not_found',
      'role_not_found',
      'capacity_below_signups',
      'shift_change_overlaps',
      'shift_role_locked',
    ],
    auth: 'user',
    handler:
      (deps) =>
      async (c, { body, user }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        const input = await body();
        const shift: Shift = await updateShift(deps, conference, user(), id, input);
        await changed(deps, conference.slug, id);
        return c.json(shift);
      },
  }),
  endpoint({
    method: 'delete',
    path: apiRoutes.shift,
    summary:
      'Delete a shift; with people on it answers shift_has_signups naming them, ?confirm=true deletes and notifies them',
    responses: { 204: null },
    problems: [...coordinator, 'shift_not_found', 'shift_has_signups'],
    query: confirmQuerySchema,
    auth: 'user',
    handler:
      (deps) =>
      async (c, { user, query }) => {
        const conference = await conferenceOf(deps, c);
        const id = shiftIdParam(c);
        await deleteShift(deps, conference, user(), id, query().confirm);
        await changed(deps, conference.slug, id);
        return c.body(null, 204);
      },
  }),
]);
