import { type Shift } from '@shared/contract/shift';
import { type SignupVerdict } from '@shared/contract/signup';
import { formatDay, formatWeekdayTime } from '@client/lib/format';
import { t } from '@client/i18n';
import { formatShiftTime } from './format-shift';

/** 'queued': a place on the waiting list, which is not a place on the shift. */
export type VerdictTone = 'ok' | 'mine' | 'queued' | 'wait' | 'blocked';

/**
 * The server's verdict for this volunteer in plain words, shown before they tap. The tone
 * picks a border and a prefix word on the card, never colour alone.
 */
export function describeVerdict(
  verdict: SignupVerdict,
  shift: Shift,
  timeZone: string,
): { tone: VerdictTone; text: string } {
  switch (verdict.kind) {
    case 'ok':
      return { tone: 'ok', text: t('volunteer.verdict.ok') };
    case 'full':
      return { tone: 'wait', text: t('volunteer.verdict.full', { count: verdict.waiting }) };
    case 'already_signed_up':
      if (verdict.status === 'waiting') {
        return {
          tone: 'queued',
          text: t('volunteer.verdict.waiting', { position: shift.mine?.position ?? shift.waiting }),
        };
      }
      return {
        tone: 'mine',
        text:
          verdict.status === 'offered-for-handover'
            ? t('volunteer.verdict.offered')
            : t('volunteer.verdict.mine'),
      };
    case 'shift_started':
      return { tone: 'blocked', text: t('volunteer.verdict.started') };
    case 'shift_ended':
      return { tone: 'blocked', text: t('volunteer.verdict.ended') };
    case 'not_open_yet':
      return {
        tone: 'blocked',
        text: t('volunteer.verdict.notOpenYet', { when: formatWeekdayTime(verdict.opensAt, timeZone) }),
      };
    case 'overlaps':
      return {
        tone: 'blocked',
        text: t('volunteer.verdict.overlaps', {
          role: verdict.shift.roleName,
          time: formatShiftTime(verdict.shift, timeZone),
        }),
      };
    case 'role_needed':
      return { tone: 'blocked', text: t('volunteer.verdict.roleNeeded', { role: shift.roleName }) };
    case 'briefing_needed':
      return { tone: 'blocked', text: t('volunteer.verdict.briefingNeeded', { role: shift.roleName }) };
    case 'too_little_rest':
      return {
        tone: 'blocked',
        text: t('volunteer.verdict.tooLittleRest', {
          minutes: verdict.restMinutes,
          role: verdict.shift.roleName,
          time: formatShiftTime(verdict.shift, timeZone),
          hours: verdict.minRestHours,
        }),
      };
    case 'daily_hours_exceeded':
      return {
        tone: 'blocked',
        text: t('volunteer.verdict.dailyHours', {
          hours: verdict.hours,
          day: formatDay(verdict.day),
          max: verdict.maxHoursPerDay,
        }),
      };
    case 'locked_no_shows':
      return { tone: 'blocked', text: t('volunteer.verdict.locked', { count: verdict.noShows }) };
  }
}
