import { type Dependent, type InUseProblem } from '@shared/contract/structure';
import { type MessageKey, t } from '@client/i18n';
import { isApiError } from '@client/lib/api-error';
import { problemMessage } from '@client/lib/problem-message';

const known: Record<string, MessageKey> = {
  room_taken: 'console.problem.room_taken',
  track_taken: 'console.problem.track_taken',
  room_not_found: 'console.problem.room_not_found',
  track_not_found: 'console.problem.track_not_found',
  speaker_not_found: 'console.problem.speaker_not_found',
  conference_day_not_found: 'console.problem.conference_day_not_found',
  forbidden: 'console.problem.forbidden',
  unauthenticated: 'console.problem.unauthenticated',
};

/** Why a console save or delete failed, in the console's own words where we have them. */
export function structureProblem(error: unknown): string {
  for (const [code, key] of Object.entries(known)) if (isApiError(error, code)) return t(key);
  return problemMessage(error);
}

/** The server's per-field errors, when it sent any (validation, or a slug or name taken). */
export function serverFieldErrors(error: unknown): Record<string, string[]> {
  return isApiError(error) && error.errors ? error.errors : {};
}

function dependentLine(d: Dependent, speakerName: string | null): string {
  const count =
    d.kind === 'drafts'
      ? t('console.delete.drafts', { count: d.count })
      : speakerName
        ? t('console.delete.speakerSessions', { count: d.count, name: speakerName })
        : t('console.delete.sessions', { count: d.count });
  const examples =
    d.examples.length > 0
      ? ` (${t('console.delete.examples', { titles: d.examples.map((e) => `“${e}”`).join(', ') })})`
      : '';
  return `${count}${examples}.`;
}

/**
 * The confirmation's explanation from the server's 409: what depends on it, with a few names,
 * then what deleting does to them (the server does exactly that on ?confirm=true).
 */
export function deleteExplanation(
  kind: 'room' | 'track' | 'speaker',
  problem: InUseProblem,
  speakerName: string | null = null,
): string[] {
  const lines = problem.dependents.map((d) => dependentLine(d, kind === 'speaker' ? speakerName : null));
  const consequence: Record<typeof kind, MessageKey> = {
    room: 'console.delete.room',
    track: 'console.delete.track',
    speaker: 'console.delete.speaker',
  };
  lines.push(t(consequence[kind]));
  if (problem.dependents.some((d) => d.kind === 'drafts')) lines.push(t('console.delete.draftsDropped'));
  return lines;
}
