import { type InputHTMLAttributes, useId } from 'react';

interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: string;
  hint?: string;
  errors?: readonly string[] | undefined;
}

/** A labelled input whose hint and errors are tied to it for screen readers. */
export function TextField({ label, hint, errors, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      <input
        id={id}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={errorId ? true : undefined}
        className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50 dark:aria-invalid:border-red-400"
        {...input}
      />
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
