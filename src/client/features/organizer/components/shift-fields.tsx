import { type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
import { field, fieldLabel } from '@client/ui/staff-styles';

/** Error text tied to its control; shared by the shift forms' selects and text areas. */
function FieldError({ id, errors }: { id: string; errors?: readonly string[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
      {errors.join(' ')}
    </p>
  );
}

export function SelectField({
  label,
  errors,
  children,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  errors?: readonly string[];
  children: ReactNode;
}) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <select
        id={id}
        className={field}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        {...select}
      >
        {children}
      </select>
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

export function TextAreaField({
  label,
  errors,
  ...area
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { label: string; errors?: readonly string[] }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className={fieldLabel}>
        {label}
      </label>
      <textarea
        id={id}
        className={field}
        rows={3}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={errors?.length ? `${id}-error` : undefined}
        {...area}
      />
      <FieldError id={`${id}-error`} errors={errors} />
    </div>
  );
}

/** A group of checkboxes (days, rooms) with a visible legend. */
export function CheckboxGroup({
  legend,
  options,
  selected,
  onChange,
  errors,
  hint,
}: {
  legend: string;
  options: { value: string; label: string }[];
  selected: string[];
  onChange: (next: string[]) => void;
  errors?: readonly string[] | undefined;
  hint?: string;
}) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : '', errors?.length ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <fieldset aria-describedby={describedBy || undefined}>
      <legend className={fieldLabel}>{legend}</legend>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-700 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-x-4 gap-y-2">
        {options.map((o) => (
          <label key={o.value} className="inline-flex items-center gap-2 text-slate-900 dark:text-slate-100">
            <input
              type="checkbox"
              className="size-5"
              checked={selected.includes(o.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...selected, o.value] : selected.filter((v) => v !== o.value))
              }
            />
            {o.label}
          </label>
        ))}
      </div>
      <FieldError id={`${id}-error`} errors={errors} />
    </fieldset>
  );
}
