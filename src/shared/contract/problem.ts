import { z } from 'zod';

/**
 * Stable machine codes for every error the API returns. Clients branch on these, never on
 * titles or HTTP statuses, so a code once published is never renamed. Features append theirs.
 */
export const problemCodes = {
  validation_failed: { status: 400, title: 'The request is not valid' },
  bad_request: { status: 400, title: 'The request could not be read' },
  unauthenticated: { status: 401, title: 'Please log in' },
  invalid_credentials: { status: 401, title: 'Wrong email or password' },
  forbidden: { status: 403, title: 'You are not allowed to do this' },
  cross_origin_rejected: { status: 403, title: 'Cross-origin request rejected' },
  not_found: { status: 404, title: 'Not found' },
  conference_not_found: { status: 404, title: 'No such conference' },
  session_not_found: { status: 404, title: 'No such session' },
  speaker_not_found: { status: 404, title: 'No such speaker' },
  user_not_found: { status: 404, title: 'No such account' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  email_taken: { status: 409, title: 'An account with this email already exists' },
  last_organizer: { status: 409, title: 'The last organizer cannot give up the organizer role' },
  payload_too_large: { status: 413, title: 'The request body is too large' },
  unsupported_media_type: { status: 415, title: 'Send JSON' },
  rate_limited: { status: 429, title: 'Too many attempts, try again later' },
  internal_error: { status: 500, title: 'Something went wrong on our side' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemCode = keyof typeof problemCodes;
export const problemCodeSchema = z.enum(Object.keys(problemCodes) as [ProblemCode, ...ProblemCode[]]);

/** RFC 9457 problem details, with our stable `code` and per-field `errors` for validation. */
export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  code: z.string(),
  detail: z.string().optional(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
});
export type Problem = z.infer<typeof problemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export function problemTypeUri(code: string): string {
  return `https://lanyard.dev/problems/${code.replaceAll('_', '-')}`;
}

export function makeProblem(code: ProblemCode, detail?: string, errors?: Record<string, string[]>): Problem {
  const { status, title } = problemCodes[code];
  return {
    type: problemTypeUri(code),
    title,
    status,
    code,
    ...(detail ? { detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

/** Per-field messages from a zod error, keyed by dotted path ("" for the whole body). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.');
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
