import { type SelectHTMLAttributes, useId } from 'react';

interface TicketSelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  label: string;
  errors?: readonly string[] | undefined;
  options: { value: string; label: string }[];
}

/** A labelled select with its errors tied to it, matching TextField. */
export function TicketSelectField({ label, errors, options, ...select }: TicketSelectFieldProps) {
  const id = useId();
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      <select
        id={id}
        aria-describedby={errorId}
        aria-invalid={errorId ? true : undefined}
        className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base text-slate-900 aria-invalid:border-red-700 dark:border-slate-400 dark:bg-slate-900 dark:text-slate-50 dark:aria-invalid:border-red-400"
        {...select}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800 dark:text-red-300">
          {errors?.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
