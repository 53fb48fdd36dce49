/**
 * Schedule files arrive as bytes (upload or download). They become text here, once, so every
 * reader sees the same characters: a byte-order mark or an XML encoding declaration decides the
 * charset, else UTF-8; iCalendar lines are unfolded before decoding because a fold may split a
 * multi-byte character (RFC 5545 folds at 75 octets, and some writers count octets, not characters).
 */

export interface DecodedText {
  text: string;
  /** The charset the text was read in, when it was not plain UTF-8. */
  note: string | null;
}

const ascii = (bytes: Uint8Array, length: number) =>
  String.fromCharCode(...bytes.subarray(0, Math.min(length, bytes.length)));

/** True when the bytes start (after a BOM and blanks) with BEGIN:VCALENDAR. */
export function looksLikeICalendar(bytes: Uint8Array): boolean {
  return /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*BEGIN:VCALENDAR/i.test(ascii(bytes, 64));
}

/**
 * Removes iCalendar line folds (a line break followed by one space or tab) from raw bytes.
 * Any of CRLF, LF, CR or CR CR LF counts as the line break, as feeds in the wild use them all.
 */
export function unfoldICalendarBytes(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d || b === 0x0a) {
      let j = i;
      while (bytes[j] === 0x0d) j++;
      if (bytes[j] === 0x0a) j++;
      else if (j === i) j++;
      const next = bytes[j];
      if (next === 0x20 || next === 0x09) {
        i = j; // skip the break and the one blank that marks the fold
        continue;
      }
    }
    out[n++] = b;
  }
  return out.subarray(0, n);
}

function charsetOf(bytes: Uint8Array): string | null {
  const head = ascii(bytes, 200);
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  return declared ? declared.toLowerCase() : null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The text of a schedule file; never throws (undecodable bytes fall back to Windows-1252). */
export function decodeScheduleBytes(input: Uint8Array): DecodedText {
  let bytes = input;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), note: 'UTF-16' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), note: 'UTF-16' };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  if (looksLikeICalendar(bytes)) bytes = unfoldICalendarBytes(bytes);
  const declared = charsetOf(bytes);
  if (declared && !/^utf-?8$/.test(declared)) {
    const decoder = decoderFor(declared);
    if (decoder) return { text: decoder.decode(bytes), note: declared.toUpperCase() };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), note: null };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      note: 'Windows-1252 (it is not valid UTF-8)',
    };
  }
}
