import { type ScanRequest, type ScanResult, scanResultSchema } from '@shared/contract/check-in';
import { apiPaths } from '@shared/contract/paths';
import { apiFetch } from '@client/lib/api-client';

/**
 * Records one scan. Called by the desk's scan flow (lib/use-desk-scan.ts), which adds the
 * timeout and the offline fallback, and by the queue upload.
 */
export function postScan(slug: string, scan: ScanRequest, signal?: AbortSignal): Promise<ScanResult> {
  return apiFetch(apiPaths.scans(slug), scanResultSchema, { method: 'POST', json: scan, signal });
}
