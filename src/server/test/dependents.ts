import { expect } from 'vitest';
import {
  dependentsProblemSchema,
  type DependentsProblem,
  type DependentsProblemCode,
} from '@shared/contract';

/**
 * Checks a delete's 409 against the one shape of decision 0009 (problem+json, the code, the
 * dependents by kind, whether confirming may go ahead) and returns it for the test's details.
 */
export async function expectDependents(
  res: Response,
  code: DependentsProblemCode,
  confirmable: boolean,
): Promise<DependentsProblem> {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body: unknown = await res.json();
  const parsed = dependentsProblemSchema.safeParse(body);
  expect(parsed.error, JSON.stringify(body)).toBeUndefined();
  const problem = parsed.data!;
  expect({ status: res.status, code: problem.code, confirmable: problem.confirmable }).toEqual({
    status: 409,
    code,
    confirmable,
  });
  return problem;
}
