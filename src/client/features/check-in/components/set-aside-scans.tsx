import { t } from '@client/i18n';
import { formatTime } from '@client/lib/format';
import { secondaryButton } from '@client/ui/button-styles';
import { type SetAsideScan, useScanQueue } from '../lib/scan-queue-store';
import { uploadQueue } from '../lib/upload-queue';

function nameOf(item: SetAsideScan): string {
  if (item.label) return item.label;
  const { qr, ticketId } = item.request;
  return ticketId ?? t('desk.setAsideCode', { code: (qr ?? '').slice(-8) });
}

/**
 * Queued scans the server refused (a 4xx, or a 500 that kept failing): set aside so the queue
 * behind them went on, listed here with the server's reason until staff try again or discard.
 */
export function SetAsideScans({ slug, timeZone }: { slug: string; timeZone: string }) {
  const all = useScanQueue((s) => s.setAside);
  const items = all.filter((item) => item.slug === slug);
  if (items.length === 0) return null;
  const { retrySetAside, discardSetAside } = useScanQueue.getState();
  return (
    <section
      aria-labelledby="desk-set-aside-title"
      className="space-y-2 rounded-md border-l-4 border-red-700 bg-red-50 p-3 text-red-950 dark:bg-red-950 dark:text-red-50"
    >
      <h2 id="desk-set-aside-title" className="font-semibold">
        {t('desk.setAsideTitle', { count: items.length })}
      </h2>
      <p className="text-sm">{t('desk.setAsideHint')}</p>
      <ul className="divide-y divide-red-200 dark:divide-red-900">
        {items.map((item) => {
          const name = nameOf(item);
          const nonce = item.request.clientNonce;
          return (
            <li key={nonce} className="space-y-2 py-2">
              <div className="min-w-0">
                <p className="font-medium break-words">
                  {name} · {t('desk.setAsideScanned', { time: formatTime(item.request.scannedAt, timeZone) })}
                </p>
                <p className="text-sm break-words">
                  {item.reason.message} ({item.reason.status} {item.reason.code})
                </p>
              </div>
              <div className="flex flex-wrap gap-2">
                <button
                  type="button"
                  className={secondaryButton}
                  aria-label={t('desk.setAsideRetryName', { name })}
                  onClick={() => {
                    retrySetAside(nonce);
                    void uploadQueue(slug);
                  }}
                >
                  {t('desk.setAsideRetry')}
                </button>
                <button
                  type="button"
                  className={secondaryButton}
                  aria-label={t('desk.setAsideDiscardName', { name })}
                  onClick={() => discardSetAside(nonce)}
                >
                  {t('desk.setAsideDiscard')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
