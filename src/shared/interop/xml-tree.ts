import { SaxesParser } from 'saxes';

/**
 * A small element tree read with a conforming XML parser (saxes): every entity and character
 * reference is decoded exactly once, CDATA is text, and a file that is not well-formed says
 * where. Schedule files are a few MB at most, so a tree is simpler than streaming.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Text (CDATA included) and child elements, in document order. */
  content: (string | XmlElement)[];
}

export type XmlReadResult = { ok: true; root: XmlElement; notes: string[] } | { ok: false; reason: string };

/**
 * Named entities HTML writers put into XML files (`&nbsp;`, `&eacute;`, `&mdash;`...). XML itself
 * knows only five; a file using these is not well-formed, but what it means is clear, so they are
 * read with a note rather than refusing a whole conference.
 */
const LATIN1_NAMES =
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';
const HTML_ENTITIES: Record<string, string> = {
  ...Object.fromEntries(LATIN1_NAMES.split(' ').map((name, i) => [name, String.fromCharCode(160 + i)])),
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  sbquo: '\u201A',
  ldquo: '\u201C',
  rdquo: '\u201D',
  bdquo: '\u201E',
  hellip: '\u2026',
  bull: '\u2022',
  euro: '\u20AC',
  trade: '\u2122',
  rarr: '\u2192',
  larr: '\u2190',
  OElig: '\u0152',
  oelig: '\u0153',
  Scaron: '\u0160',
  scaron: '\u0161',
  zwj: '\u200D',
  zwnj: '\u200C',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
};

/**
 * The text of an element and all its descendants in document order, as the DOM's textContent
 * (abstracts sometimes hold XHTML markup). Computed when asked: most elements never are, and
 * copying every text into every ancestor while parsing made the root hold the whole file.
 */
export function deepText(element: XmlElement): string {
  return element.content.map((c) => (typeof c === 'string' ? c : deepText(c))).join('');
}

/** The text directly inside an element, without its descendants' (a person's name as text). */
export const directText = (element: XmlElement): string =>
  element.content.filter((c): c is string => typeof c === 'string').join('');

export function readXmlTree(xml: string): XmlReadResult {
  const parser = new SaxesParser({ position: true });
  Object.assign(parser.ENTITIES, HTML_ENTITIES);
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let fatal: string | null = null;

  parser.on('error', (err) => {
    if (/undefined entity/i.test(err.message)) return;
    fatal ??= err.message;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attrs: {}, children: [], content: [] };
    for (const [name, value] of Object.entries(tag.attributes)) element.attrs[name] = String(value);
    const parent = stack[stack.length - 1];
    if (parent) {
      parent.children.push(element);
      parent.content.push(element);
    } else root ??= element;
    stack.push(element);
  });
  const addText = (text: string) => {
    stack[stack.length - 1]?.content.push(text);
  };
  parser.on('text', addText);
  parser.on('cdata', addText);
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('doctype', () => undefined);
  const open = () => stack.map((e) => `<${e.name}>`).join(', ');

  try {
    parser.write(xml);
    if (!fatal && stack.length > 0) {
      const lines = xml.split(/\r\n?|\n/).length;
      return {
        ok: false,
        reason: `The file ends at line ${lines} before its XML is complete (${open()} never closed): it was probably cut off. Download it again.`,
      };
    }
    parser.close();
  } catch (err) {
    fatal ??= err instanceof Error ? err.message : String(err);
  }
  if (fatal) {
    const where = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(fatal);
    return {
      ok: false,
      reason: where
        ? `This XML is not well-formed (line ${where[1]}, column ${Number(where[2]) + 1}): ${where[3]}`
        : `This XML is not well-formed: ${fatal}`,
    };
  }
  if (!root) return { ok: false, reason: 'This XML has no elements.' };
  const usedHtmlEntities = [...xml.matchAll(/&([A-Za-z][A-Za-z0-9]*);/g)].some(
    ([, name]) => name! in HTML_ENTITIES,
  );
  return {
    ok: true,
    root,
    notes: usedHtmlEntities
      ? [
          'The file uses HTML entity names (such as &nbsp;) that XML does not define; they were read as HTML means them.',
        ]
      : [],
  };
}

export const childrenNamed = (element: XmlElement | undefined, name: string): XmlElement[] =>
  element ? element.children.filter((c) => c.name === name) : [];

export const childNamed = (element: XmlElement | undefined, name: string): XmlElement | undefined =>
  element?.children.find((c) => c.name === name);

/** The trimmed deep text of a child element, or undefined when there is no such child. */
export function childText(element: XmlElement | undefined, name: string): string | undefined {
  const child = childNamed(element, name);
  return child ? deepText(child) : undefined;
}
