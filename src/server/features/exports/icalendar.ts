/**
 * RFC 5545 writing primitives: TEXT escaping, UTC date-times, and content lines folded at
 * 75 octets with CRLF endings.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** A TEXT value: backslash, semicolon and comma escaped, any line break written as \n. */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** An instant as a UTC DATE-TIME: 2025-10-16T08:00:00Z -> 20251016T080000Z. */
export function utcDateTime(instant: string | Date): string {
  const iso = typeof instant === 'string' ? new Date(instant).toISOString() : instant.toISOString();
  return iso.replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/**
 * Folds a content line so no line exceeds 75 octets of UTF-8, continuation lines starting with
 * a space. It breaks between code points, never inside a character's byte sequence, which
 * strict parsers reject and which would show as mojibake in lenient ones.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** A property whose value is already in its final form (escaped TEXT, a URI, a number...). */
export interface IcsProperty {
  name: string;
  value: string;
}

export interface IcsComponent {
  name: string;
  properties: IcsProperty[];
  components?: IcsComponent[];
}

function componentLines(component: IcsComponent): string[] {
  return [
    `BEGIN:${component.name}`,
    ...component.properties.map((p) => `${p.name}:${p.value}`),
    ...(component.components ?? []).flatMap(componentLines),
    `END:${component.name}`,
  ];
}

/** The whole iCalendar object, every line folded and CRLF-terminated. */
export function writeICalendar(calendar: IcsComponent): string {
  return componentLines(calendar)
    .map((line) => foldLine(line) + CRLF)
    .join('');
}
