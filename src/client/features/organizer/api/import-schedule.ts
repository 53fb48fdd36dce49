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

/** A file chosen on this device, sent as its raw bytes so the server decodes its characters. */
export interface ScheduleUpload {
  file: Blob;
}

export function previewImport(
  slug: string,
  request: ScheduleImportRequest | ScheduleUpload,
): Promise<ScheduleImportPreview> {
  const init =
    'file' in request
      ? { body: request.file, headers: { 'content-type': 'application/octet-stream' } }
      : { json: request };
  return apiFetch(apiPaths.scheduleImportPreview(slug), scheduleImportPreviewSchema, {
    method: 'POST',
    ...init,
  });
}

/** `confirm`: the organizer has seen that the import cancels a large share of the schedule. */
export function applyImport(slug: string, previewId: string, confirm = false): Promise<ScheduleImportResult> {
  return apiFetch(apiPaths.scheduleImportApply(slug, previewId, confirm), scheduleImportResultSchema, {
    method: 'POST',
  });
}

/** Reads a file or URL on the server and answers what importing it would change; writes nothing. */
export function usePreviewImport(slug: string) {
  return useMutation({
    mutationFn: (request: ScheduleImportRequest | ScheduleUpload) => previewImport(slug, request),
  });
}

/** An applied import publishes itself: sessions, speakers and rooms all go stale. */
export function useApplyImport(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ previewId, confirm }: { previewId: string; confirm: boolean }) =>
      applyImport(slug, previewId, confirm),
    onSettled: () =>
      Promise.all(
        [['sessions', slug], ['speakers', slug], ['conference', slug], ['conferences']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
