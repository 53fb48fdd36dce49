import { XMLBuilder, XMLParser, XMLValidator } from 'fast-xml-parser';
import { LOGO_MAX_PIXELS } from '@shared/contract';
import { HttpProblem } from '../../http/problem';

/**
 * SVG logos, made safe by rebuilding them from an allow-list rather than by removing what is
 * known to be dangerous: an element or attribute this file does not name is dropped, so a new
 * browser feature cannot slip through. What stays is shapes, text, gradients and clip paths
 * with local references only: no script, no event handler, no external fetch (href, url(),
 * @import), no foreign HTML, no style sheet. Files declaring a DOCTYPE or entities are refused
 * outright (entity expansion, "billion laughs"). The result is served with a CSP that would
 * block scripts anyway (see routes.ts): two independent layers.
 */

const ELEMENTS = new Set([
  'svg',
  'g',
  'path',
  'rect',
  'circle',
  'ellipse',
  'line',
  'polyline',
  'polygon',
  'text',
  'tspan',
  'defs',
  'linearGradient',
  'radialGradient',
  'stop',
  'clipPath',
  'title',
  'desc',
  'use',
  'symbol',
]);

/** Elements whose text content is kept; elsewhere text is only whitespace in a logo. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'title', 'desc']);

const ATTRIBUTES = new Set([
  'id',
  'class',
  'viewBox',
  'xmlns',
  'xmlns:xlink',
  'version',
  'preserveAspectRatio',
  'width',
  'height',
  'x',
  'y',
  'x1',
  'y1',
  'x2',
  'y2',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'fx',
  'fy',
  'fr',
  'd',
  'points',
  'pathLength',
  'transform',
  'fill',
  'fill-opacity',
  'fill-rule',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'stroke-miterlimit',
  'stroke-dasharray',
  'stroke-dashoffset',
  'opacity',
  'color',
  'clip-path',
  'clip-rule',
  'clipPathUnits',
  'gradientUnits',
  'gradientTransform',
  'spreadMethod',
  'offset',
  'stop-color',
  'stop-opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'letter-spacing',
  'dx',
  'dy',
  'visibility',
  'display',
  'vector-effect',
  'shape-rendering',
  'paint-order',
  'style',
  'href',
  'xlink:href',
  'xml:space',
  'role',
  'aria-label',
  'aria-hidden',
]);

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const MAX_DEPTH = 64;
const MAX_ELEMENTS = 20_000;

const refused = (detail: string) => new HttpProblem('logo_svg_refused', detail);

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };

const options = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  cdataPropName: '#cdata',
  commentPropName: '#comment',
  suppressEmptyNode: true,
  format: false,
} as const;

/** The five XML entities and character references; anything else was refused before parsing. */
function decode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e]!;
  });
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Every url() in a value points into this document (url(#id)); none at all is fine too. */
function onlyLocalUrls(value: string): boolean {
  const urls = value.match(/url\s*\(([^)]*)\)?/gi) ?? [];
  return urls.every((u) => /^url\s*\(\s*['"]?#[\w.:-]+['"]?\s*\)$/i.test(u));
}

/** Inline CSS limited to declarations without escapes, imports, bindings or remote urls. */
function safeStyle(value: string): boolean {
  if (/[\\<>@]|expression|javascript:|behavior|binding|image-set|image\(/i.test(value)) return false;
  return onlyLocalUrls(value);
}

function keepAttribute(element: string, name: string, raw: string): string | null {
  if (!ATTRIBUTES.has(name)) return null;
  // Checked decoded: "&#106;avascript:" is still javascript:.
  const value = decode(raw);
  // Control characters (only reachable through character references) hide schemes from checks.
  if ([...value].some((ch) => ch.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(ch))) return null;
  if (name === 'href' || name === 'xlink:href') {
    const local = /^#[\w.:-]+$/.test(value);
    return local && ['use', 'linearGradient', 'radialGradient'].includes(element) ? value : null;
  }
  if (name === 'xmlns') return value === SVG_NS ? value : null;
  if (name === 'xmlns:xlink') return value === XLINK_NS ? value : null;
  if (name === 'style') return safeStyle(value) ? value : null;
  if (/javascript:|data:|vbscript:/i.test(value)) return null;
  return onlyLocalUrls(value) ? value : null;
}

interface Walk {
  elements: number;
}

function cleanChildren(nodes: Node[], parent: string, depth: number, walk: Walk): Node[] {
  if (depth > MAX_DEPTH) throw refused(`The SVG nests elements more than ${MAX_DEPTH} deep.`);
  const out: Node[] = [];
  for (const node of nodes) {
    if ('#text' in node) {
      if (TEXT_ELEMENTS.has(parent)) out.push({ '#text': escape(decode(String(node['#text']))) });
      continue;
    }
    // Comments, CDATA sections and processing instructions go; so does every unknown element.
    const name = Object.keys(node).find((k) => k !== ':@');
    if (!name || !ELEMENTS.has(name)) continue;
    if (++walk.elements > MAX_ELEMENTS) throw refused(`The SVG has more than ${MAX_ELEMENTS} elements.`);
    const attributes: Record<string, string> = {};
    for (const [key, raw] of Object.entries(node[':@'] ?? {})) {
      const value = keepAttribute(name, key, String(raw));
      if (value !== null) attributes[key] = escape(value);
    }
    if (name === 'use' && !attributes.href && !attributes['xlink:href']) continue;
    const children = cleanChildren(node[name] as Node[], name, depth + 1, walk);
    const clean: Node = { [name]: children };
    if (Object.keys(attributes).length > 0) clean[':@'] = attributes;
    out.push(clean);
  }
  return out;
}

/** A length in user units or px; percentages and other units say nothing about the size. */
function length(value: string | undefined): number | null {
  const match = value && /^\s*([0-9]*\.?[0-9]+(?:e[+-]?\d+)?)\s*(px)?\s*$/i.exec(decode(value));
  return match ? Number(match[1]) : null;
}

/** Width and height from width/height, else from the viewBox, scaled to fit the pixel limit. */
function dimensions(root: Record<string, string>): { width: number; height: number } {
  let width = length(root.width);
  let height = length(root.height);
  const box = root.viewBox
    ? decode(root.viewBox)
        .trim()
        .split(/[\s,]+/)
        .map(Number)
    : [];
  const boxed = box.length === 4 && box.every(Number.isFinite) && box[2]! > 0 && box[3]! > 0;
  if (width === null || height === null) {
    if (!boxed) {
      throw new HttpProblem(
        'logo_dimensions_not_allowed',
        'The SVG needs a viewBox, or a width and height in pixels, so it can be laid out.',
      );
    }
    const scale = Math.min(1, LOGO_MAX_PIXELS / Math.max(box[2]!, box[3]!));
    width = width ?? box[2]! * scale;
    height = height ?? box[3]! * scale;
  }
  const w = Math.max(1, Math.round(width));
  const h = Math.max(1, Math.round(height));
  if (!(width > 0 && height > 0) || w > LOGO_MAX_PIXELS || h > LOGO_MAX_PIXELS) {
    throw new HttpProblem(
      'logo_dimensions_not_allowed',
      `The SVG is ${width}×${height} pixels; logos must be 1 to ${LOGO_MAX_PIXELS} pixels wide and high.`,
    );
  }
  return { width: w, height: h };
}

/** Whether bytes that are no raster image look like an SVG document worth sanitising. */
export function looksLikeSvg(bytes: Uint8Array): boolean {
  return /<svg[\s>/]/i.test(new TextDecoder().decode(bytes.subarray(0, 4096)));
}

/** The sanitised SVG (UTF-8) with its layout size; refuses what cannot be made safe. */
export function sanitizeSvg(bytes: Uint8Array): { bytes: Uint8Array; width: number; height: number } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw refused('The SVG is not UTF-8 text.');
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw refused('SVG files with a DOCTYPE or entity declarations are not accepted.');
  }
  const valid = XMLValidator.validate(text);
  if (valid !== true)
    throw new HttpProblem('logo_unreadable', `The SVG is not well-formed XML: ${valid.err.msg}`);
  let tree: Node[];
  try {
    tree = new XMLParser(options).parse(text) as Node[];
  } catch (err) {
    // The parser refuses absurd nesting itself ("Maximum nested tags exceeded") before our own
    // depth check sees the tree: the same refusal, never a 500.
    throw refused(`The SVG cannot be read: ${err instanceof Error ? err.message : String(err)}.`);
  }
  const roots = tree.filter(
    (n) => !('#text' in n) && !('#comment' in n) && !Object.keys(n)[0]!.startsWith('?'),
  );
  const root = roots[0];
  if (roots.length !== 1 || !root || !('svg' in root))
    throw refused('The document’s root element is not <svg>.');
  const [clean] = cleanChildren([root], '', 0, { elements: 0 });
  const attributes = { ...clean![':@'], xmlns: SVG_NS } as Record<string, string>;
  clean![':@'] = attributes;
  const size = dimensions(attributes);
  const out = new XMLBuilder(options).build([clean]) as string;
  return { bytes: new TextEncoder().encode(out), ...size };
}
