import { type Verdict } from '@shared/contract/check-in';
import { admits } from '@shared/tickets';

/** One scan as the desk shows it: the verdict and who it was about. */
export interface DeskOutcome {
  /** The scan's client nonce. */
  id: string;
  verdict: Verdict;
  holderName: string | null;
  typeName: string | null;
  ticketId: string | null;
  /** Set when the server recorded it, so it can be undone. */
  scanId: string | null;
  /** When the server recorded the admission (undo counts from then), or when the desk judged it. */
  recordedAt: string;
  /** Judged on this device; uploaded later. */
  offline: boolean;
  undone: boolean;
}

export type VerdictTone = 'admit' | 'attention' | 'repeat' | 'refuse';

export function toneOf(verdict: Verdict): VerdictTone {
  if (verdict.code === 'ok') return 'admit';
  if (verdict.code === 'needs_attention') return 'attention';
  if (verdict.code === 'already_checked_in') return 'repeat';
  return 'refuse';
}

export const isAdmission = (o: DeskOutcome) => admits(o.verdict.code) && !o.undone;
