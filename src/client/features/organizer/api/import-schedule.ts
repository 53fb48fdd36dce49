import { apiPaths } from '@shared/contract/paths';
import {
  type ScheduleImportPreview,
  scheduleImportPreviewSchema,
  type ScheduleImportRequest,
  type ScheduleImportResult,
  scheduleImportResultSchema,
} from '@shared/contract/schedule-import';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';

export function previewImport(slug: string, request: ScheduleImportRequest): Promise<ScheduleImportPreview> {
  return apiFetch(apiPaths.scheduleImportPreview(slug), scheduleImportPreviewSchema, {
    method: 'POST',
    json: request,
  });
}

export function applyImport(slug: string, previewId: string): Promise<ScheduleImportResult> {
  return apiFetch(apiPaths.scheduleImportApply(slug, previewId), scheduleImportResultSchema, {
    method: 'POST',
  });
}

/** Reads a file or URL on the server and answers what importing it would change; writes nothing. */
export function usePreviewImport(slug: string) {
  return useMutation({ mutationFn: (request: ScheduleImportRequest) => previewImport(slug, request) });
}

/** An applied import publishes itself: sessions, speakers and rooms all go stale. */
export function useApplyImport(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (previewId: string) => applyImport(slug, previewId),
    onSettled: () =>
      Promise.all(
        [['sessions', slug], ['speakers', slug], ['conference', slug], ['conferences']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
