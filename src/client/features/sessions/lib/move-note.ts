import { type Conference } from '@shared/contract/conference';
import { type PublishedChange, type ScheduleChange } from '@shared/contract/schedule-changes';
import { foldChanges } from '@shared/schedule-changes';
import { t } from '@client/i18n';
import { formatTime } from '@client/lib/format';

/**
 * A session's changes since it first appeared, folded into one: its page tells anyone holding
 * an older copy of the programme (a printout, a screenshot) where it was before.
 */
export function historyOf(code: string, changes: readonly PublishedChange[]): ScheduleChange | null {
  const own = changes.filter((c) => c.code === code);
  const added = own.findLastIndex((c) => c.kind === 'new');
  return foldChanges(own.slice(added + 1)).get(code) ?? null;
}

/** "Moved from Ada Byron, 10:00", or null when the change is not a move. */
export function moveNote(change: ScheduleChange | null | undefined, conference: Conference, zone: string) {
  if (!change || change.kind !== 'moved' || !change.before) return null;
  const parts: string[] = [];
  if (change.before.roomId !== change.after.roomId) {
    parts.push(conference.rooms.find((r) => r.id === change.before!.roomId)?.name ?? t('session.noRoom'));
  }
  if (change.before.startsAt !== change.after.startsAt) parts.push(formatTime(change.before.startsAt, zone));
  return t('session.movedFrom', { place: parts.join(', ') });
}
