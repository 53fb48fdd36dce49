import { deviceTimeZone } from './format';
import { usePreferences } from './preferences-store';

/** The zone times are shown in, and whether it is the conference's or the device's. */
export function useShownZone(conferenceZone: string): { zone: string; mode: 'conference' | 'device' } {
  const mode = usePreferences((s) => s.timeZoneMode);
  return mode === 'device' ? { zone: deviceTimeZone(), mode } : { zone: conferenceZone, mode };
}
