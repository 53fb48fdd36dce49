import { fieldErrors } from '@shared/contract/problem';
import { type z } from 'zod';

export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string[]> };

/** Checks form input with the shared schema, so the form says what the server would say. */
export function checkWith<S extends z.ZodType>(schema: S, input: unknown): FormCheck<z.output<S>> {
  const result = schema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, errors: fieldErrors(result.error) };
}

/** A slug suggestion from a name: "Lynn Conway (Hall B)" → "lynn-conway-hall-b" (one rule app-wide). */
export { slugify } from '@shared/text/slug';

export const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** Only the fields that differ from `before`: an edit sends what changed. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) if (after[key] !== before[key]) out[key] = after[key];
  return out;
}
