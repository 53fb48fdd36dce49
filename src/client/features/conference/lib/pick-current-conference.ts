import { type ConferenceSummary } from '@shared/contract/conference';
import { localDateAt } from '@shared/time';

/**
 * The edition to open: the one running now, else the next to start, else the latest past one.
 * Each edition is judged by today's date in its own zone.
 */
export function pickCurrentConference(
  conferences: readonly ConferenceSummary[],
  now: Date,
): ConferenceSummary | undefined {
  const today = (c: ConferenceSummary) => localDateAt(now, c.timeZone);
  const running = conferences.find((c) => c.startDate <= today(c) && today(c) <= c.endDate);
  if (running) return running;
  const upcoming = conferences
    .filter((c) => c.startDate > today(c))
    .sort((a, b) => a.startDate.localeCompare(b.startDate));
  if (upcoming[0]) return upcoming[0];
  return [...conferences].sort((a, b) => b.endDate.localeCompare(a.endDate))[0];
}
