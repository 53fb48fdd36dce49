import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Fragment, type ReactNode, useSyncExternalStore } from 'react';
import { getLocale, subscribeLocale } from '@client/i18n';

export function AppProviders({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <LocaleBoundary>{children}</LocaleBoundary>
    </QueryClientProvider>
  );
}

/**
 * t() reads the active catalog while rendering, so a language switch remounts the tree below
 * (memoised parts included). The query cache sits above it: nothing is fetched again.
 */
function LocaleBoundary({ children }: { children: ReactNode }) {
  const locale = useSyncExternalStore(subscribeLocale, getLocale, getLocale);
  return <Fragment key={locale}>{children}</Fragment>;
}
