import { t } from '@client/i18n';
import { useAppUpdate } from '@client/lib/offline/app-update';
import { primaryButton } from '@client/ui/button-styles';

/**
 * "A new version is available — Reload", above the phone's bottom bar. The live region is
 * always in the page, so a screen reader announces the message when it appears; nothing moves
 * focus, and the app keeps working on the old version until the person reloads. It is a bare
 * aria-live region rather than role="status": pages keep their one status (a save, a verdict)
 * for assistive technology that lists them, and an empty second one would only add noise.
 */
export function UpdatePrompt() {
  const reload = useAppUpdate((s) => s.reload);
  return (
    <div
      aria-live="polite"
      className="pointer-events-none fixed inset-x-3 bottom-[calc(4.5rem+env(safe-area-inset-bottom))] z-30 flex justify-center md:bottom-4"
    >
      {reload && (
        <div className="pointer-events-auto flex w-full max-w-md items-center gap-3 rounded-lg border border-slate-300 bg-white py-2 pr-2 pl-4 text-sm text-slate-900 shadow-lg dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100">
          <p className="flex-1">{t('update.available')}</p>
          <button type="button" className={primaryButton} onClick={reload}>
            {t('update.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
