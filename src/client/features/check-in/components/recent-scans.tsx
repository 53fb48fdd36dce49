import { canUndo } from '@shared/tickets';
import { t } from '@client/i18n';
import { formatTime } from '@client/lib/format';
import { serverNow } from '@client/lib/server-clock';
import { secondaryButton } from '@client/ui/button-styles';
import { type DeskOutcome, isAdmission } from '../lib/desk-outcome';
import { useScanQueue } from '../lib/scan-queue-store';
import { verdictDetail, verdictTitle } from './verdict-screen';

/** The last few scans, so a mistaken admission can still be undone after the verdict cleared. */
export function RecentScans({
  recent,
  timeZone,
  onUndo,
  undoing,
}: {
  recent: readonly DeskOutcome[];
  timeZone: string;
  onUndo: (outcome: DeskOutcome) => void;
  undoing: boolean;
}) {
  // A scan judged offline says "queued" only while it waits; once uploaded it says so.
  const waiting = useScanQueue((s) => s.queue.map((q) => q.request.clientNonce).join(' '));
  const setAside = useScanQueue((s) => s.setAside.map((q) => q.request.clientNonce).join(' '));
  if (recent.length === 0) return null;
  const uploadState = (o: DeskOutcome) => {
    if (!o.offline) return '';
    if (waiting.split(' ').includes(o.id)) return ` · ${t('desk.queuedShort')}`;
    if (setAside.split(' ').includes(o.id)) return ` · ${t('desk.setAsideShort')}`;
    return ` · ${t('desk.uploadedShort')}`;
  };
  return (
    <section aria-labelledby="desk-recent-title">
      <h2 id="desk-recent-title" className="mb-2 text-lg font-semibold">
        {t('desk.recent')}
      </h2>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 dark:divide-slate-800 dark:border-slate-700">
        {recent.map((o) => (
          <li key={o.id} className="flex items-center justify-between gap-3 p-3">
            <div className="min-w-0">
              <p className="font-semibold">
                {formatTime(o.recordedAt, timeZone)} · {o.undone ? t('desk.undone') : verdictTitle(o)}
                {uploadState(o)}
              </p>
              <p className="truncate text-sm text-slate-700 dark:text-slate-300">
                {[o.holderName, o.typeName, verdictDetail(o, timeZone)].filter(Boolean).join(' · ')}
              </p>
            </div>
            {isAdmission(o) && o.scanId && canUndo(o.recordedAt, serverNow()) ? (
              <button
                type="button"
                className={secondaryButton}
                disabled={undoing}
                onClick={() => onUndo(o)}
                aria-label={t('desk.undoName', { name: o.holderName ?? o.typeName ?? '' })}
              >
                {t('desk.undo')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
