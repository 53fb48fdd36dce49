import { type ReactNode } from 'react';

export function PageHeading({ children, intro }: { children: ReactNode; intro?: ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-slate-50">
        {children}
      </h1>
      {intro ? <p className="mt-2 text-slate-700 dark:text-slate-300">{intro}</p> : null}
    </div>
  );
}
