import {
  type ShiftGeneration,
  type ShiftGenerationPreview,
  shiftGenerationPreviewSchema,
  type UpdateShift,
} from '@shared/contract/coordination';
import { apiPaths } from '@shared/contract/paths';
import { problemSchema, makeProblem } from '@shared/contract/problem';
import {
  type CreateRole,
  type Role,
  type RoleInUseProblem,
  roleInUseProblemSchema,
  roleSchema,
  type UpdateRole,
} from '@shared/contract/role';
import {
  type BulkShifts,
  type CreateShift,
  type CreatedShifts,
  createdShiftsSchema,
  type Shift,
  shiftSchema,
} from '@shared/contract/shift';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiFetch } from '@client/lib/api-client';
import { ApiError } from '@client/lib/api-error';
import { roleKeys, shiftKeys } from '@client/features/volunteer/api/keys';

/** Every write here changes shift lists and role counts; refetch both families afterwards. */
function useShiftWrite<I, O>(slug: string, write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: shiftKeys.all(slug) }),
        queryClient.invalidateQueries({ queryKey: roleKeys.all(slug) }),
      ]),
  });
}

export const useCreateShift = (slug: string) =>
  useShiftWrite(slug, (input: CreateShift): Promise<Shift> =>
    apiFetch(apiPaths.shifts(slug), shiftSchema, { method: 'POST', json: input }),
  );

export const useCreateShiftPattern = (slug: string) =>
  useShiftWrite(slug, (input: BulkShifts): Promise<CreatedShifts> =>
    apiFetch(apiPaths.shiftsBulk(slug), createdShiftsSchema, { method: 'POST', json: input }),
  );

export const useGenerateShifts = (slug: string) =>
  useShiftWrite(slug, (input: ShiftGeneration): Promise<CreatedShifts> =>
    apiFetch(apiPaths.shiftsFromSchedule(slug), createdShiftsSchema, { method: 'POST', json: input }),
  );

/** The preview changes nothing; it is a mutation only because it is a POST the user triggers. */
export function usePreviewGeneration(slug: string) {
  return useMutation({
    mutationFn: (input: ShiftGeneration): Promise<ShiftGenerationPreview> =>
      apiFetch(apiPaths.shiftsFromSchedulePreview(slug), shiftGenerationPreviewSchema, {
        method: 'POST',
        json: input,
      }),
  });
}

export const useUpdateShift = (slug: string) =>
  useShiftWrite(slug, ({ id, changes }: { id: string; changes: UpdateShift }): Promise<Shift> =>
    apiFetch(apiPaths.shift(slug, id), shiftSchema, { method: 'PATCH', json: changes }),
  );

export const useDeleteShift = (slug: string) =>
  useShiftWrite(slug, ({ id, confirm }: { id: string; confirm: boolean }) =>
    apiFetch(apiPaths.shift(slug, id) + (confirm ? '?confirm=true' : ''), z.undefined(), {
      method: 'DELETE',
    }),
  );

export const useCreateRole = (slug: string) =>
  useShiftWrite(slug, (input: CreateRole): Promise<Role> =>
    apiFetch(apiPaths.volunteerRoles(slug), roleSchema, { method: 'POST', json: input }),
  );

export const useUpdateRole = (slug: string) =>
  useShiftWrite(slug, ({ role, changes }: { role: string; changes: UpdateRole }): Promise<Role> =>
    apiFetch(apiPaths.volunteerRole(slug, role), roleSchema, { method: 'PATCH', json: changes }),
  );

/** A role delete either happened, or the server listed its shifts and members and wants a yes. */
export type RoleDeleteOutcome = { deleted: true } | { needsConfirmation: RoleInUseProblem };

/** Reads the 409 role_in_use body itself: apiFetch keeps only the standard problem fields. */
async function deleteRole(slug: string, role: string, confirm: boolean): Promise<RoleDeleteOutcome> {
  const response = await fetch(apiPaths.volunteerRole(slug, role, confirm), {
    method: 'DELETE',
    credentials: 'include',
    headers: { accept: 'application/json, application/problem+json' },
  });
  if (response.ok) return { deleted: true };
  const body: unknown = await response.json().catch(() => undefined);
  const inUse = roleInUseProblemSchema.safeParse(body);
  if (response.status === 409 && inUse.success && inUse.data.code === 'role_in_use') {
    return { needsConfirmation: inUse.data };
  }
  const problem = problemSchema.safeParse(body);
  throw new ApiError(
    problem.success ? problem.data : { ...makeProblem('internal_error'), status: response.status },
  );
}

export const useDeleteRole = (slug: string, role: string) =>
  useShiftWrite(slug, (confirm: boolean) => deleteRole(slug, role, confirm));
