import { apiPaths } from '@shared/contract/paths';
import { type Roster } from '@shared/contract/shift';
import { type Attendance, type Signup, signupSchema } from '@shared/contract/signup';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { rosterQueryOptions } from './get-roster';

export interface AttendanceInput {
  userId: string;
  attendance: Attendance | null;
}

export function recordAttendance(
  slug: string,
  shiftId: string,
  { userId, attendance }: AttendanceInput,
): Promise<Signup> {
  return apiFetch(apiPaths.shiftRosterEntry(slug, shiftId, userId), signupSchema, {
    method: 'PUT',
    json: { attendance },
  });
}

/** Marks arrived / worked / no-show on the roster at once, rolled back if the API refuses. */
export function useRecordAttendance(slug: string, shiftId: string) {
  const queryClient = useQueryClient();
  const { queryKey } = rosterQueryOptions(slug, shiftId);
  return useMutation({
    mutationFn: (input: AttendanceInput) => recordAttendance(slug, shiftId, input),
    onMutate: async ({ userId, attendance }): Promise<{ previous: Roster | undefined }> => {
      await queryClient.cancelQueries({ queryKey });
      const previous = queryClient.getQueryData(queryKey);
      if (previous) {
        queryClient.setQueryData(queryKey, {
          ...previous,
          entries: previous.entries.map((e) => (e.user.id === userId ? { ...e, attendance } : e)),
        });
      }
      return { previous };
    },
    onError: (_error, _input, context) => {
      if (context?.previous) queryClient.setQueryData(queryKey, context.previous);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey }),
  });
}
