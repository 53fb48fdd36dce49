import { type ReactNode, useId } from 'react';

export const sponsorInputClass =
  'block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50 dark:aria-invalid:border-red-400';

/** A labelled select or textarea with its hint and errors tied to it, like TextField. */
export function SponsorFormField({
  label,
  hint,
  errors,
  children,
}: {
  label: string;
  hint?: string;
  errors: readonly string[] | undefined;
  children: (props: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(errorId ? { 'aria-invalid': true } : {}),
      })}
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800 dark:text-red-300">
          {errors?.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
