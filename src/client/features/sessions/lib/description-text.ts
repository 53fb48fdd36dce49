/**
 * Descriptions are stored as the schedule file gave them. Pentabarf (FOSDEM), frab and many
 * hand-made files write HTML there ("<p>…</p><ul><li>…"), which the session page would otherwise
 * show as literal tags. Such text is read as HTML by an inert DOMParser document (no script runs,
 * nothing loads) and turned into plain paragraphs and bullets; any other text is left as it is.
 */
const HTML_TAG = /<\/?(?:p|br|ul|ol|li|a|em|strong|b|i|u|h[1-6]|div|span|code|pre|blockquote)\b[^>]*>/i;

const BLOCKS = new Set([
  'P',
  'DIV',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'PRE',
  'BLOCKQUOTE',
  'TABLE',
  'TR',
]);

function textOf(node: Node, out: string[]): void {
  if (node.nodeType === Node.TEXT_NODE) {
    out.push((node.textContent ?? '').replace(/\s+/g, ' '));
    return;
  }
  if (!(node instanceof Element)) return;
  const tag = node.tagName;
  if (tag === 'SCRIPT' || tag === 'STYLE') return;
  if (tag === 'BR') return void out.push('\n');
  if (tag === 'LI') out.push('\n• ');
  else if (BLOCKS.has(tag)) out.push('\n\n');
  for (const child of node.childNodes) textOf(child, out);
  if (BLOCKS.has(tag)) out.push('\n\n');
}

export function descriptionText(description: string): string {
  if (!HTML_TAG.test(description) || typeof DOMParser === 'undefined') return description;
  const doc = new DOMParser().parseFromString(description, 'text/html');
  const out: string[] = [];
  textOf(doc.body, out);
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+(?!• )/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
