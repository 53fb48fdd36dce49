import { apiPaths } from '@shared/contract/paths';
import { type SchedulePublishResult, schedulePublishResultSchema } from '@shared/contract/schedule-changes';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';

export function publishSchedule(slug: string): Promise<SchedulePublishResult> {
  return apiFetch(apiPaths.schedulePublish(slug), schedulePublishResultSchema, { method: 'POST' });
}

/** Publishing changes the sessions attendees read and the conference's schedule version. */
export function usePublishSchedule(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => publishSchedule(slug),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sessions', slug] }),
        queryClient.invalidateQueries({ queryKey: ['conference', slug] }),
      ]),
  });
}
