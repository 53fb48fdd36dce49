import {
  type ShiftGeneration,
  type ShiftGenerationPreview,
  shiftGenerationPreviewSchema,
  type UpdateShift,
} from '@shared/contract/coordination';
import { apiPaths, withConfirm } from '@shared/contract/paths';
import { type CreateRole, type Role, roleSchema, type UpdateRole } from '@shared/contract/role';
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
import { roleKeys, shiftKeys } from '@client/features/volunteer';

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
    apiFetch(withConfirm(apiPaths.shift(slug, id), confirm), z.undefined(), {
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

/** Deleting a role with shifts or members answers 409 role_in_use until confirmed (decision 0009). */
export const useDeleteRole = (slug: string, role: string) =>
  useShiftWrite(slug, (confirm: boolean) =>
    apiFetch(withConfirm(apiPaths.volunteerRole(slug, role), confirm), z.undefined(), { method: 'DELETE' }),
  );
