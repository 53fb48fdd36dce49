import { t } from '@client/i18n';
import { PageSkeleton, Skeleton } from '@client/ui/skeleton';

/** Shown while the first loaders run, shaped like the shell so nothing jumps when data lands. */
export function AppSkeleton() {
  return (
    <div className="min-h-dvh">
      <div className="flex h-14 items-center gap-3 border-b border-slate-300 px-4 md:h-16 dark:border-slate-700">
        <Skeleton className="h-7 w-7" />
        <Skeleton className="h-5 w-48" />
        <span className="sr-only">{t('app.loading')}</span>
      </div>
      <div className="mx-auto max-w-6xl px-4 pt-6 md:pl-64">
        <PageSkeleton />
      </div>
    </div>
  );
}
