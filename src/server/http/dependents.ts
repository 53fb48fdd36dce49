import {
  DEPENDENT_EXAMPLES_MAX,
  type Dependent,
  type DependentKind,
  type DependentsProblemCode,
} from '@shared/contract';
import { HttpProblem } from './problem';

/**
 * One kind of dependent from the names of all of them, or from a count and some names (when
 * counting is cheaper than naming: tickets, scans). Nothing of that kind: an empty list, so
 * callers spread it.
 */
export function dependentsOf(
  kind: DependentKind,
  names: readonly string[],
  count = names.length,
): Dependent[] {
  return count > 0 ? [{ kind, count, examples: names.slice(0, DEPENDENT_EXAMPLES_MAX) }] : [];
}

/** The 409 of decision 0009: what depends on the thing, and whether `?confirm=true` may go ahead. */
export class DependentsProblem extends HttpProblem {
  constructor(code: DependentsProblemCode, detail: string, dependents: Dependent[], confirmable: boolean) {
    super(code, detail);
    Object.assign(this.problem, { dependents, confirmable });
  }
}

/**
 * The rule of every delete with dependents: nothing depends on it, or the caller confirmed
 * having seen the list, and the delete goes on; otherwise a 409 listing them that may be
 * confirmed. Call it inside the transaction that then deletes, so what is confirmed is what
 * was counted.
 */
export function askUnlessConfirmed(
  code: DependentsProblemCode,
  dependents: Dependent[],
  confirm: boolean,
  detail: string,
): void {
  if (dependents.length > 0 && !confirm) throw new DependentsProblem(code, detail, dependents, true);
}

/** Something that can never be deleted while these exist (worked shifts, tickets, scans), confirmed or not. */
export function refuseWhileDependents(
  code: DependentsProblemCode,
  dependents: Dependent[],
  detail: string,
): void {
  if (dependents.length > 0) throw new DependentsProblem(code, detail, dependents, false);
}
