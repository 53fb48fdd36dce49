import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, utcDateTime, writeICalendar } from './icalendar';

const octets = (line: string) => Buffer.byteLength(line, 'utf8');
const unfold = (folded: string) => folded.replace(/\r\n /g, '');

describe('TEXT escaping', () => {
  it.each([
    ['plain', 'plain'],
    ['a, b', 'a\\, b'],
    ['a; b', 'a\\; b'],
    ['C:\\path', 'C:\\\\path'],
    ['line 1\nline 2', 'line 1\\nline 2'],
    ['windows\r\nbreak', 'windows\\nbreak'],
    ['old mac\rbreak', 'old mac\\nbreak'],
    ['bell\u0007 dropped', 'bell dropped'],
    ['tab\tkept', 'tab\tkept'],
    ['Europe’s Stürmer', 'Europe’s Stürmer'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('UTC date-times', () => {
  it.each([
    ['2025-10-16T08:00:00Z', '20251016T080000Z'],
    ['2025-10-16T10:00:00+02:00', '20251016T080000Z'],
  ])('%s -> %s', (input, expected) => {
    expect(utcDateTime(input)).toBe(expected);
  });
});

describe('folding at 75 octets', () => {
  it('leaves a line of exactly 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('counts the leading space of a continuation line', () => {
    const lines = foldLine('y'.repeat(75 + 74 + 1)).split('\r\n');
    expect(lines.map(octets)).toEqual([75, 75, 2]);
  });

  it.each([
    ['two-byte ü', 'SUMMARY:' + 'Grüße aus Straßburg, '.repeat(8)],
    ['three-byte ’', 'SUMMARY:' + 'Europe’s '.repeat(20)],
    ['four-byte emoji', 'SUMMARY:' + '🎉'.repeat(40)],
    ['mixed, misaligned', 'SUMMARY:ab' + 'ü’🎉'.repeat(30)],
  ])('never splits a %s character', (_, line) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      // A split UTF-8 sequence would not survive an encode/decode round trip.
      expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
      expect(part).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/);
    }
    expect(unfold(folded)).toBe(line);
  });

  it('gives back the exact long title to a real parser', () => {
    const title =
      'Texting Through the Silence: Medical Care over Matrix – Europe’s Grüße, 🎉; \\ and more'.repeat(3);
    const ics = writeICalendar({
      name: 'VCALENDAR',
      properties: [
        { name: 'VERSION', value: '2.0' },
        { name: 'PRODID', value: '-//test//EN' },
      ],
      components: [
        {
          name: 'VEVENT',
          properties: [
            { name: 'UID', value: 'x' },
            { name: 'DTSTAMP', value: '20251016T080000Z' },
            { name: 'SUMMARY', value: escapeText(title) },
          ],
        },
      ],
    });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const event = new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent');
    expect(event?.getFirstPropertyValue('summary')).toBe(title);
  });
});
