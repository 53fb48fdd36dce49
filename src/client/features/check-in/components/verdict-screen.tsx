import { type VerdictCode } from '@shared/contract/check-in';
import { canUndo } from '@shared/tickets';
import { useEffect, useRef } from 'react';
import { type MessageKey, t } from '@client/i18n';
import { formatTime } from '@client/lib/format';
import { serverNow } from '@client/lib/server-clock';
import { type DeskOutcome, toneOf, type VerdictTone } from '../lib/desk-outcome';
import { markPainted } from '../lib/desk-timing';

const tones: Record<VerdictTone, { className: string; icon: string; title: MessageKey }> = {
  admit: {
    className: 'bg-green-800 text-white',
    icon: 'M5 12.5 10 17.5 19.5 7',
    title: 'desk.verdict.admit',
  },
  attention: {
    className: 'bg-purple-800 text-white',
    icon: 'M12 4v10M12 19v.5',
    title: 'desk.verdict.attention',
  },
  repeat: {
    className: 'bg-amber-300 text-slate-950',
    icon: 'M4 12a8 8 0 1 0 2.3-5.7M4 4v5h5',
    title: 'desk.verdict.repeat',
  },
  refuse: { className: 'bg-red-800 text-white', icon: 'M6 6l12 12M18 6 6 18', title: 'desk.verdict.refuse' },
};

const reasonKeys: Partial<Record<VerdictCode, MessageKey>> = {
  unknown_or_forged: 'desk.reason.unknown_or_forged',
  wrong_ticket_type: 'desk.reason.wrong_ticket_type',
  wrong_day: 'desk.reason.wrong_day',
  not_valid_yet: 'desk.reason.not_valid_yet',
  expired: 'desk.reason.expired',
  cancelled: 'desk.reason.cancelled',
  revoked: 'desk.reason.revoked',
  blocked: 'desk.reason.blocked',
};

/** The sentence under the big word: why, when, or what to read out. */
export function verdictDetail(outcome: DeskOutcome, timeZone: string): string | null {
  const { verdict } = outcome;
  if (verdict.code === 'already_checked_in' && verdict.previous) {
    return t('desk.alreadyAt', {
      time: formatTime(verdict.previous.at, timeZone),
      desk: verdict.previous.deskName,
    });
  }
  const reason = reasonKeys[verdict.code];
  return reason ? t(reason) : null;
}

export function verdictTitle(outcome: DeskOutcome): string {
  return t(tones[toneOf(outcome.verdict)].title);
}

export interface VerdictScreenProps {
  outcome: DeskOutcome;
  timeZone: string;
  onDismiss: () => void;
  onUndo: (outcome: DeskOutcome) => void;
  undoing: boolean;
}

/**
 * The verdict fills the screen: a colour, an icon and words (never colour alone), readable
 * from a step away. Tapping anywhere but the buttons, or the next scan, clears it.
 */
export function VerdictScreen({ outcome, timeZone, onDismiss, onUndo, undoing }: VerdictScreenProps) {
  const tone = tones[toneOf(outcome.verdict)];
  const detail = verdictDetail(outcome, timeZone);
  const undoable =
    !outcome.undone &&
    outcome.scanId !== null &&
    toneOf(outcome.verdict) !== 'refuse' &&
    toneOf(outcome.verdict) !== 'repeat' &&
    canUndo(outcome.recordedAt, serverNow());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), [outcome.id]);
  useEffect(() => markPainted(outcome.id), [outcome.id]);

  return (
    <section
      role="alert"
      aria-labelledby="verdict-title"
      data-verdict={outcome.verdict.code}
      data-scan={outcome.id}
      className={`fixed inset-0 z-50 flex flex-col items-center justify-center gap-4 overflow-y-auto p-6 text-center ${tone.className}`}
      onClick={onDismiss}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-28 shrink-0"
        fill="none"
        stroke="currentColor"
        strokeWidth={2.5}
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d={tone.icon} />
      </svg>
      <h2
        id="verdict-title"
        ref={heading}
        tabIndex={-1}
        className="text-5xl font-black tracking-tight outline-none"
      >
        {outcome.undone ? t('desk.undone') : t(tone.title)}
      </h2>
      {outcome.holderName ? <p className="text-3xl font-bold">{outcome.holderName}</p> : null}
      {outcome.typeName ? <p className="text-2xl">{outcome.typeName}</p> : null}
      {detail ? <p className="max-w-xl text-2xl font-semibold">{detail}</p> : null}
      {outcome.verdict.code === 'needs_attention' && outcome.verdict.note ? (
        <div className="max-w-xl rounded-lg border-4 border-white p-4 text-2xl font-semibold">
          <p className="text-base font-bold tracking-wide uppercase">{t('desk.readOut')}</p>
          <p>{outcome.verdict.note}</p>
        </div>
      ) : null}
      {outcome.offline ? <p className="text-lg font-semibold">{t('desk.judgedOffline')}</p> : null}
      <div className="mt-4 flex flex-wrap justify-center gap-3" onClick={(e) => e.stopPropagation()}>
        {undoable ? (
          <button
            type="button"
            disabled={undoing}
            className="rounded-md border-2 border-current px-5 py-3 text-lg font-semibold"
            onClick={() => onUndo(outcome)}
          >
            {t('desk.undo')}
          </button>
        ) : null}
        <button
          type="button"
          className="rounded-md border-2 border-current px-5 py-3 text-lg font-semibold"
          onClick={onDismiss}
        >
          {t('desk.nextScan')}
        </button>
      </div>
    </section>
  );
}
