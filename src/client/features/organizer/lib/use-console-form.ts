import { type UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { isApiError } from '@client/lib/api-error';
import { type FormCheck } from './structure-form';
import { serverFieldErrors, structureProblem } from './structure-problem';

/**
 * A console form's errors: its own check first (the shared schema), then the server's field
 * errors on the same fields, and a problem line for refusals that belong to no field.
 */
export function useConsoleForm<I, O>(mutation: UseMutationResult<O, Error, I>) {
  const [localErrors, setLocalErrors] = useState<Record<string, string[]>>({});
  const remote = serverFieldErrors(mutation.error);
  const errors = Object.keys(localErrors).length > 0 ? localErrors : remote;
  const problem =
    mutation.error && !(isApiError(mutation.error) && mutation.error.errors)
      ? structureProblem(mutation.error)
      : null;

  function submit(check: FormCheck<I>, onSaved?: (saved: O) => void) {
    mutation.reset();
    if (!check.ok) {
      setLocalErrors(check.errors);
      return;
    }
    setLocalErrors({});
    mutation.mutate(check.value, onSaved ? { onSuccess: onSaved } : undefined);
  }

  return { errors, fieldCount: Object.keys(errors).length, problem, submit, pending: mutation.isPending };
}
