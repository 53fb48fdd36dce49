import { type Dependent, type InUseProblem } from '@shared/contract/structure';
import { type MessageKey, t } from '@client/i18n';

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
