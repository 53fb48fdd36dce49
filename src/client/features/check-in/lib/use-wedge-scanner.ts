import { useEffect, useRef } from 'react';

/** Hardware scanners type a whole code within a few ms per key on average; people never do. */
const MAX_AVERAGE_GAP_MS = 50;
/** A pause this long starts a new burst (a busy main thread may delay a key or two, not more). */
const BURST_BREAK_MS = 250;
/** Shorter bursts are keyboard shortcuts or fast typing, not a code. */
const MIN_CODE_LENGTH = 8;

const isEditable = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Listens for a keyboard-wedge scanner anywhere on the page: fast keystrokes ending in Enter.
 * Typing into a field is left alone (the search field hands codes over itself).
 */
export function useWedgeScanner(onCode: (code: string) => void, enabled = true) {
  const handler = useRef(onCode);
  useEffect(() => {
    handler.current = onCode;
  }, [onCode]);

  useEffect(() => {
    if (!enabled) return;
    let buffer = '';
    let first = 0;
    let last = 0;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isEditable(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const now = performance.now();
      if (now - last > BURST_BREAK_MS) {
        buffer = '';
        first = now;
      }
      last = now;
      if (event.key === 'Enter') {
        const fast = (now - first) / Math.max(buffer.length, 1) <= MAX_AVERAGE_GAP_MS;
        if (buffer.length >= MIN_CODE_LENGTH && fast) {
          // Not a click on whatever button has focus.
          event.preventDefault();
          handler.current(buffer);
        }
        buffer = '';
        return;
      }
      if (event.key.length === 1) buffer += event.key;
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}

/** A scanned code typed into a text field (a wedge scanner with the search focused). */
export const looksLikeCode = (text: string) => /^[A-Za-z0-9_-]{40,}$/.test(text.trim());
