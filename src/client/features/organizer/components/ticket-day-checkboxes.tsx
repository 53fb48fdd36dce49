import { useId } from 'react';
import { formatDay } from '@client/lib/format';

/** Conference days as checkboxes in a fieldset; the errors are tied to the group. */
export function TicketDayCheckboxes({
  legend,
  hint,
  days,
  selected,
  onChange,
  errors,
}: {
  legend: string;
  hint?: string;
  days: { value: string; label?: string }[];
  selected: string[];
  onChange: (selected: string[]) => void;
  errors?: readonly string[] | undefined;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <fieldset aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
      <legend className="font-medium text-slate-900 dark:text-slate-100">{legend}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-400">
          {hint}
        </p>
      ) : null}
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {days.map((d) => (
          <label
            key={d.value}
            className="inline-flex min-h-11 items-center gap-2 text-slate-900 dark:text-slate-100"
          >
            <input
              type="checkbox"
              className="h-5 w-5"
              checked={selected.includes(d.value)}
              onChange={(e) =>
                onChange(
                  e.target.checked ? [...selected, d.value].sort() : selected.filter((s) => s !== d.value),
                )
              }
            />
            {d.label ?? formatDay(d.value)}
          </label>
        ))}
      </div>
      {errorId ? (
        <p id={errorId} className="text-sm font-medium text-red-800 dark:text-red-300">
          {errors?.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
