import { Suspense } from 'react';
import { Outlet, useNavigation } from 'react-router';
import { PageSkeleton } from '@client/ui/skeleton';

/**
 * While the next page's loader runs, the current page stays; if it takes longer than a blink,
 * a skeleton takes its place (the delay lives in CSS, so fast cached navigations never flash).
 */
export function PendingOutlet() {
  const navigation = useNavigation();
  const pending = navigation.state === 'loading';
  return (
    <div className="relative" aria-busy={pending}>
      <div className={pending ? 'pending-hide' : undefined}>
        <Suspense fallback={<PageSkeleton />}>
          <Outlet />
        </Suspense>
      </div>
      {pending ? (
        <div className="pending-show absolute inset-0">
          <PageSkeleton />
        </div>
      ) : null}
    </div>
  );
}
