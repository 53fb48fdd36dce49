import {
  apiRoutes,
  createdShiftsSchema,
  shiftGenerationPreviewSchema,
  shiftGenerationSchema,
  shiftSchema,
  updateShiftSchema,
  type ProblemCode,
} from '@shared/contract';
import type { Operation } from '../../openapi/operations';

const tag = 'volunteers';
const coordinator: ProblemCode[] = ['unauthenticated', 'forbidden', 'conference_not_found'];

export const shiftCoordinationOperations: Operation[] = [
  {
    method: 'post',
    path: apiRoutes.shiftsFromSchedulePreview,
    summary: 'Preview shifts generated from the schedule: one per session in the rooms, padded, merged',
    tag,
    body: shiftGenerationSchema,
    responses: { 200: shiftGenerationPreviewSchema },
    problems: [...coordinator, 'role_not_found'],
    auth: 'user',
  },
  {
    method: 'post',
    path: apiRoutes.shiftsFromSchedule,
    summary: 'Create the shifts the preview showed; ones the role already has are not repeated',
    tag,
    body: shiftGenerationSchema,
    responses: { 201: createdShiftsSchema },
    problems: [...coordinator, 'role_not_found', 'no_sessions_match'],
    auth: 'user',
  },
  {
    method: 'patch',
    path: apiRoutes.shift,
    summary:
      'Edit a shift; refuses a capacity below the places held, times overlapping a holder’s other shift, ' +
      'and a role change while people are on it. People on it are told of new times or place.',
    tag,
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
  },
  {
    method: 'delete',
    path: apiRoutes.shift,
    summary:
      'Delete a shift; with people on it answers shift_has_signups naming them, ?confirm=true deletes and notifies them',
    tag,
    responses: { 204: null },
    problems: [...coordinator, 'shift_not_found', 'shift_has_signups'],
    auth: 'user',
  },
];
