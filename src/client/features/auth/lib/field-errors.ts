import { fieldErrors } from '@shared/contract/problem';
import { type z } from 'zod';
import { ApiError } from '@client/lib/api-error';

/** Per-field messages from a failed local parse or from the server's validation problem. */
export function formErrors(local: z.ZodError | null, remote: unknown): Record<string, string[]> {
  if (local) return fieldErrors(local);
  if (remote instanceof ApiError && remote.errors) return remote.errors;
  return {};
}
