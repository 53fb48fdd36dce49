import type { Dependent, DependentKind, DependentsProblemCode } from '@shared/contract/dependents';
import { type MessageKey, t } from '@client/i18n';
import { ApiError } from '@client/lib/api-error';
import { arrayOf, bool, int, object, oneOf, str } from '@client/lib/wire/check';

/** How each kind of dependent is counted in words ("3 sessions", "1 sponsor"), in every language. */
const kindWords = {
  session: 'dependents.session',
  draft: 'dependents.draft',
  sponsor: 'dependents.sponsor',
  shift: 'dependents.shift',
  member: 'dependents.member',
  signup: 'dependents.signup',
  ticket: 'dependents.ticket',
  check_in_list: 'dependents.check_in_list',
  scan: 'dependents.scan',
} as const satisfies Record<DependentKind, MessageKey>;

const kinds = Object.keys(kindWords) as DependentKind[];

/** The 409 of a delete with dependents (decision 0009), as the console needs it. */
export interface DependentsAnswer {
  code: DependentsProblemCode;
  dependents: Dependent[];
  /** false: it cannot be deleted while these exist; the dialog only explains. */
  confirmable: boolean;
  /** The refusal itself, for its sentence (problem-messages) when it is not confirmable. */
  problem: ApiError;
}

// Checked without zod (this kit stays off the first screen's budget, decision 0011); the
// contract's dependentsProblemSchema is the same shape and the server's tests hold it.
const answerWire = object({
  dependents: arrayOf(object({ kind: oneOf(kinds), count: int(1), examples: arrayOf(str()) })),
  confirmable: bool,
});

/**
 * The one reader of that answer: the dependents and whether confirming may go ahead, or null
 * when `error` is any other failure (shown as a refusal the usual way).
 */
export function dependentsAnswerOf(error: unknown): DependentsAnswer | null {
  if (!(error instanceof ApiError) || error.status !== 409) return null;
  const parsed = answerWire.safeParse(error.body);
  if (!parsed.success || parsed.data.dependents.length === 0) return null;
  return { code: error.code as DependentsProblemCode, ...parsed.data, problem: error };
}

/** "3 sessions: “Opening”, “Keynote”, “Lunch” and 1 more" — the count in words, then the names sent. */
export function dependentText(d: Dependent): string {
  const counted = t(kindWords[d.kind], { count: d.count });
  if (d.examples.length === 0) return counted;
  const names = d.examples.map((name) => t('dependents.name', { name })).join(', ');
  const more = d.count - d.examples.length;
  return more > 0
    ? t('dependents.examplesMore', { counted, names, count: more })
    : t('dependents.examples', { counted, names });
}
