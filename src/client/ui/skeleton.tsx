import { t } from '@client/i18n';

/** A grey placeholder block; the pulse stops for people who asked for reduced motion. */
export function Skeleton({ className = '' }: { className?: string }) {
  return (
    <div
      aria-hidden="true"
      className={`rounded-md bg-slate-200 motion-safe:animate-pulse dark:bg-slate-800 ${className}`}
    />
  );
}

/** The shape of a list page while its data loads, announced once to screen readers. */
export function PageSkeleton() {
  return (
    <div role="status" aria-live="polite" className="space-y-4" data-testid="page-skeleton">
      <span className="sr-only">{t('app.loading')}</span>
      <Skeleton className="h-8 w-2/3" />
      <Skeleton className="h-5 w-1/3" />
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <Skeleton className="h-4 w-24" />
          <Skeleton className="h-5 w-full" />
          <Skeleton className="h-4 w-1/2" />
        </div>
      ))}
    </div>
  );
}
