import { QrCode } from '@client/ui/qr-code';
import { t } from '@client/i18n';

/**
 * The share link as a QR code, for the attendee's other device (a laptop showing it to a
 * phone, or a friend's phone). Drawn on the device from the link alone, so it works offline;
 * its own lazy chunk, loaded only when someone opens it.
 */
export function ShareQr({ url, count }: { url: string; count: number }) {
  return (
    <figure className="mt-3 max-w-xs">
      <QrCode
        value={url}
        label={t('my.qrLabel', { count })}
        className="h-auto w-full max-w-64 rounded-md border border-slate-300 dark:border-slate-600"
      />
      <figcaption className="mt-2 text-sm text-slate-600 dark:text-slate-400">{t('my.qrHint')}</figcaption>
    </figure>
  );
}
