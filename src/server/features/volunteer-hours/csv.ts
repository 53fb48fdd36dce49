/**
 * CSV as spreadsheets read it (RFC 4180, CRLF). Text cells that a spreadsheet would run as a
 * formula (starting with = + - @, or a tab or carriage return that hides one) get a leading
 * apostrophe: volunteer names come from the public sign-up form.
 */
export type CsvCell = string | number;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(rows: CsvCell[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
