import { type Scan, scanSchema } from '@shared/contract/check-in';
import { apiPaths } from '@shared/contract/paths';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '@client/lib/api-client';
import { checkInKeys } from './keys';

export function undoScan(slug: string, scanId: string): Promise<Scan> {
  return apiFetch(apiPaths.scanUndo(slug, scanId), scanSchema, { method: 'POST' });
}

/** Takes back an admission made by mistake (within 15 minutes); the figures refresh after. */
export function useUndoScan(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (scanId: string) => undoScan(slug, scanId),
    onSettled: () => queryClient.invalidateQueries({ queryKey: checkInKeys.all(slug) }),
  });
}
