import { type ProblemCode } from '@shared/contract/problem';
import { ApiError } from '@client/lib/api-error';

/** Messages by field, keyed by the input's dotted path: `name`, `links.youtube`, `slots.0.end`. */
export type FieldErrors = Record<string, string[]>;

/** What a failed schema check carries: zod's error, or a hand-written check's of the same shape. */
export interface Issues {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}

/**
 * Problems whose `errors` carry the refusal's facts (who is on the shift, which rows of a file)
 * rather than messages for the fields of the form that was sent. What depends on something
 * deleted travels as `dependents`, not here (ui/forms/dependents.ts).
 */
const factsNotFields: ReadonlySet<string> = new Set<ProblemCode>([
  'shift_change_overlaps',
  'ticket_import_invalid',
]);

function isIssues(value: unknown): value is Issues {
  return typeof value === 'object' && value !== null && Array.isArray((value as Partial<Issues>).issues);
}

/**
 * The per-field messages of a refused form: from the server's problem+json `errors` (a
 * validation failure, or a slug taken, an edition to copy from that is gone...), or from a
 * failed check with the shared schema. Anything else has none.
 */
export function fieldErrorsOf(source: unknown): FieldErrors {
  if (source instanceof ApiError)
    return source.errors && !factsNotFields.has(source.code) ? source.errors : {};
  if (!isIssues(source)) return {};
  const out: FieldErrors = {};
  for (const issue of source.issues) (out[issue.path.map(String).join('.')] ??= []).push(issue.message);
  return out;
}

/** The messages for a field and everything inside it: `packages` with `packages.0`, `packages.1`... */
export function errorsUnder(errors: FieldErrors, field: string): string[] | undefined {
  const found = Object.entries(errors)
    .filter(([key]) => key === field || key.startsWith(`${field}.`))
    .flatMap(([, messages]) => messages);
  return found.length > 0 ? found : undefined;
}
