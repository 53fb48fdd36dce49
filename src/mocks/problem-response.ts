import { makeProblem, PROBLEM_CONTENT_TYPE, type ProblemCode } from '@shared/contract';
import { HttpResponse } from 'msw';

/** A problem+json answer with the same code, status and title the server uses. */
export function problemResponse(code: ProblemCode, detail?: string, errors?: Record<string, string[]>) {
  const problem = makeProblem(code, detail, errors);
  return HttpResponse.json(problem, {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE },
  });
}
