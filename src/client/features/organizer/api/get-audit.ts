import { type AuditPage, auditPageSchema } from '@shared/contract/audit';
import { apiPaths } from '@shared/contract/paths';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { apiFetch, toQueryString } from '@client/lib/api-client';

const PAGE = 30;

export function getAuditPage(
  slug: string,
  params: { action?: string | undefined; before?: string | undefined },
  signal?: AbortSignal,
): Promise<AuditPage> {
  const query = toQueryString({ action: params.action, before: params.before, limit: String(PAGE) });
  return apiFetch(apiPaths.audit(slug) + query, auditPageSchema, { signal });
}

export const auditQueryOptions = (slug: string, action?: string) =>
  infiniteQueryOptions({
    queryKey: ['audit', slug, action ?? null],
    queryFn: ({ pageParam, signal }) =>
      getAuditPage(slug, { action, before: pageParam ?? undefined }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 0,
  });

/** Not suspending: switching the filter keeps the page (and the select's focus) in place. */
export function useAudit(slug: string, action?: string) {
  return useInfiniteQuery(auditQueryOptions(slug, action));
}
