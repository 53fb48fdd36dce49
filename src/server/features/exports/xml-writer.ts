/**
 * A small XML writer: enough for schedule.xml without a dependency. Text and attribute values
 * are escaped, and characters XML 1.0 forbids (control characters, lone surrogates) are
 * dropped, since one of them in a title would make the whole file unreadable.
 */

export type XmlAttributes = Record<string, string | number | undefined>;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A raw CR would be read back as a plain line feed (XML end-of-line handling); a reference survives.
  '\r': '&#13;',
};

export function escapeXml(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(LONE_SURROGATE, '')
    .replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);
}

function attributes(attrs: XmlAttributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');
}

export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  private readonly open: string[] = [];
  /** Whether the innermost open element has no children yet. */
  private childless = false;

  private push(line: string) {
    this.lines.push(`${'  '.repeat(this.open.length)}${line}`);
    this.childless = false;
  }

  /** Opens an element; close it with end(). */
  start(name: string, attrs: XmlAttributes = {}): this {
    this.push(`<${name}${attributes(attrs)}>`);
    this.open.push(name);
    this.childless = true;
    return this;
  }

  /** Closes the innermost open element; one left without children becomes <name/>. */
  end(): this {
    const name = this.open.pop();
    if (!name) throw new Error('XmlWriter.end() without an open element');
    if (this.childless) {
      const last = this.lines.length - 1;
      this.lines[last] = `${this.lines[last]!.slice(0, -1)}/>`;
      this.childless = false;
    } else {
      this.push(`</${name}>`);
    }
    return this;
  }

  /** An element with text content, or an empty element when `text` is empty. */
  element(name: string, text = '', attrs: XmlAttributes = {}): this {
    const open = `<${name}${attributes(attrs)}`;
    this.push(text === '' ? `${open}/>` : `${open}>${escapeXml(text)}</${name}>`);
    return this;
  }

  toString(): string {
    if (this.open.length > 0) throw new Error(`XmlWriter: <${this.open.join('>, <')}> left open`);
    return `${this.lines.join('\n')}\n`;
  }
}
