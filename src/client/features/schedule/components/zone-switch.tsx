import { t } from '@client/i18n';
import { formatZoneOffset } from '@client/lib/format';
import { usePreferences } from '@client/lib/preferences-store';
import { standaloneLink } from '@client/ui/button-styles';

/** Says which zone the times are in, and flips between the conference's and the device's. */
export function ZoneSwitch({
  zone,
  mode,
  at,
}: {
  zone: string;
  mode: 'conference' | 'device';
  at: string | Date;
}) {
  const setMode = usePreferences((s) => s.setTimeZoneMode);
  const label = mode === 'conference' ? t('time.conferenceZone') : t('time.deviceZone');
  return (
    <div className="mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      <p className="text-slate-700 dark:text-slate-300" data-testid="zone-note">
        {t('time.shownIn', { label, zone, offset: formatZoneOffset(at, zone) })}
      </p>
      <button
        type="button"
        className={standaloneLink}
        onClick={() => setMode(mode === 'conference' ? 'device' : 'conference')}
      >
        {mode === 'conference' ? t('time.useDevice') : t('time.useConference')}
      </button>
    </div>
  );
}
