/** How long a desk may take back an admission it made by mistake. */
export const UNDO_WINDOW_MS = 15 * 60_000;

/** Whether an admission recorded at `recordedAt` can still be undone at `now`. */
export function canUndo(recordedAt: string, now: Date): boolean {
  const elapsed = now.getTime() - Date.parse(recordedAt);
  return elapsed >= 0 && elapsed <= UNDO_WINDOW_MS;
}
