import { type FormEvent, useState } from 'react';
import { isApiError } from '@client/lib/api-error';
import { type FieldErrors, fieldErrorsOf, type Issues } from './field-errors';
import { problemMessage, type ProblemScreen } from './problem-messages';

export type FormCheck<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

/** A schema's safeParse: zod's, or a hand-written check of the same shape. This module imports no zod. */
export interface Schema<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: Issues };
}

/** Checks form input with the shared schema, so the form says what the server would say. */
export function checkWith<T>(schema: Schema<T>, input: unknown): FormCheck<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, errors: fieldErrorsOf(result.error) };
}

/** What the form needs of its mutation: react-query's useMutation result fits. */
export interface FormMutation<I, O> {
  mutate(input: I, callbacks?: { onSuccess?: (saved: O) => void; onError?: () => void }): void;
  reset(): void;
  error: Error | null;
  isPending: boolean;
}

export interface FormOptions<V, I, O> {
  initial: V | (() => V);
  /**
   * The values as the request, checked with the shared schema (`checkWith`); null when there is
   * nothing to send (an edit that changes nothing).
   */
  check: (values: V) => FormCheck<I> | null;
  mutation: FormMutation<I, O>;
  onSaved?: (saved: O) => void;
  /** Whose words a refusal is told in (see problem-messages.ts). */
  screen?: ProblemScreen;
  /** Tells a refusal another way than problemMessage(error, screen). */
  message?: (error: unknown) => string;
}

/** After a refused submit, puts the keyboard on the first field that needs fixing. */
function focusFirstInvalid(form: HTMLFormElement): void {
  requestAnimationFrame(() => form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}

/**
 * A form over a mutation: its values, the field errors of the schema check on submit (nothing is
 * sent then) or else of the server's refusal, the refusal's sentence when it is not about fields,
 * and whether it is being saved.
 */
export function useForm<V, I, O>(options: FormOptions<V, I, O>) {
  const { mutation } = options;
  const [values, setValues] = useState<V>(options.initial);
  const [checked, setChecked] = useState<FieldErrors>({});
  const remote = fieldErrorsOf(mutation.error);
  const errors = Object.keys(checked).length > 0 ? checked : remote;
  // A validation failure is told by its fields; any other refusal in words (a slug taken, too late).
  const toldByFields = isApiError(mutation.error, 'validation_failed') && Object.keys(remote).length > 0;
  const tell = options.message ?? ((error: unknown) => problemMessage(error, options.screen));
  const problem = mutation.error && !toldByFields ? tell(mutation.error) : null;

  const set =
    <K extends keyof V>(key: K) =>
    (value: V[K]) =>
      setValues((v) => ({ ...v, [key]: value }));

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    mutation.reset();
    const check = options.check(values);
    setChecked(check && !check.ok ? check.errors : {});
    if (!check) return;
    if (!check.ok) return focusFirstInvalid(form);
    mutation.mutate(check.value, { onSuccess: options.onSaved, onError: () => focusFirstInvalid(form) });
  }

  return {
    values,
    set,
    setValues,
    errors,
    fieldCount: Object.keys(errors).length,
    problem,
    pending: mutation.isPending,
    onSubmit,
  };
}
