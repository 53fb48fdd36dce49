/**
 * Performance marks around the desk's critical path, read by the latency bench
 * (bench/desk-latency.ts) and by anyone profiling a slow desk in the browser's tools: from the
 * moment a code is decoded (camera, wedge scanner) or a ticket picked, to the frame that
 * paints the verdict. Only the latest of each is kept, so a desk scanning all day holds two.
 */
export const DECODED_MARK = 'lanyard:desk:decoded';
export const PAINTED_MARK = 'lanyard:desk:verdict-painted';

function mark(name: string, id: string) {
  if (typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  performance.clearMarks(name);
  performance.mark(name, { detail: id });
}

export const markDecoded = (scanId: string) => mark(DECODED_MARK, scanId);

/** Called once the verdict is committed to the DOM: the next animation frame is its paint. */
export function markPainted(scanId: string) {
  if (typeof requestAnimationFrame !== 'function') return;
  requestAnimationFrame(() => mark(PAINTED_MARK, scanId));
}
