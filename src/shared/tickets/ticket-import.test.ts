import { describe, expect, it } from 'vitest';
import type { TicketType } from '../contract';
import { parseCsv } from './csv';
import { readTicketCsv } from './ticket-import';

const types: TicketType[] = [
  { id: 't.pass', number: 1, slug: 'conference-pass', name: 'Conference pass', validDays: ['2025-10-16'] },
  { id: 't.biz', number: 2, slug: 'business', name: 'Business', validDays: ['2025-10-16'] },
];

describe('parseCsv', () => {
  it.each([
    [
      'plain commas',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF and a final line without break',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'semicolons from a European spreadsheet',
      'a;b\n1;2,5\n',
      [
        ['a', 'b'],
        ['1', '2,5'],
      ],
    ],
    [
      'tabs',
      'a\tb\n1\t2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted commas, quotes and line breaks',
      'a,b\n"x, y","say ""hi""\nthere"\n',
      [
        ['a', 'b'],
        ['x, y', 'say "hi"\nthere'],
      ],
    ],
    [
      'a byte order mark and blank lines',
      '\uFEFFa,b\n\n1,2\n\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'empty fields',
      'a,b,c\n,,\n',
      [
        ['a', 'b', 'c'],
        ['', '', ''],
      ],
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(parseCsv(text).map((r) => r.fields)).toEqual(expected);
  });

  it('numbers records by the line they start on', () => {
    expect(parseCsv('a\n"two\nlines"\nthree\n').map((r) => r.line)).toEqual([1, 2, 4]);
  });

  it('refuses an unclosed quote', () => {
    expect(() => parseCsv('a\n"open\n')).toThrow(/not closed/);
  });
});

describe('readTicketCsv', () => {
  const header = 'Order code,Attendee name,Attendee e-mail,Company,Country,Product';

  it('maps a pretix export to tickets, matching types by name or slug', () => {
    const result = readTicketCsv(
      `${header}\nABC12,Ada Example,ADA@example.org,Example GmbH,de,Conference pass\nXYZ9,Bo Sample,bo@example.org,,,business\n`,
      types,
    );
    expect(result).toEqual({
      ok: true,
      rows: [
        {
          line: 2,
          typeId: 't.pass',
          holderName: 'Ada Example',
          email: 'ada@example.org',
          company: 'Example GmbH',
          country: 'DE',
          orderCode: 'ABC12',
        },
        {
          line: 3,
          typeId: 't.biz',
          holderName: 'Bo Sample',
          email: 'bo@example.org',
          company: null,
          country: null,
          orderCode: 'XYZ9',
        },
      ],
    });
  });

  it('reports every bad row by line and field', () => {
    const result = readTicketCsv(
      `${header}\nABC12,Ada Example,not-an-email,,Germany,Conference pass\nXYZ9,,bo@example.org,,,Gold\nOK1,Cy,cy@example.org,,,Business\n`,
      types,
    );
    expect(result.ok).toBe(false);
    expect(Object.keys(!result.ok ? result.errors : {}).sort()).toEqual([
      'rows.2.country',
      'rows.2.email',
      'rows.3.holderName',
      'rows.3.type',
    ]);
  });

  it.each([
    ['an empty file', '', 'csv'],
    ['a header only', `${header}\n`, 'csv'],
    ['missing columns', 'Name,Email\nA,a@b.c\n', 'columns'],
    ['an unclosed quote', `${header}\n"ABC`, 'rows.2'],
  ])('refuses %s', (_name, csv, key) => {
    const result = readTicketCsv(csv, types);
    expect(result.ok).toBe(false);
    expect(Object.keys(!result.ok ? result.errors : {})).toEqual([key]);
  });
});
