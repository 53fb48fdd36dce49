import { checkWith, type FormCheck, type Schema } from '@client/ui/forms/use-form';

export const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** Only the fields that differ from `before`: an edit sends what changed. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) if (after[key] !== before[key]) out[key] = after[key];
  return out;
}

/** An edit's check: the shared schema judges every field, and only the changed ones are sent. */
export function checkChanges<T extends Record<string, unknown>>(
  schema: Schema<Partial<T>>,
  input: unknown,
  before: T,
): FormCheck<Partial<T>> {
  const check = checkWith(schema, input);
  return check.ok ? { ok: true, value: changedFields(before, { ...before, ...check.value }) } : check;
}
