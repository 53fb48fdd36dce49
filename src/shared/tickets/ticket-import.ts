import { createTicketSchema, fieldErrors, type TicketType } from '../contract';
import { CsvError, parseCsv } from './csv';

/**
 * Maps a pretix-like CSV export to tickets. Headers are matched case-insensitively against
 * the names pretix and common spreadsheets use; the ticket type is the "Product" column,
 * matched by type name or slug. Pure: the caller decides what to do with the rows.
 */
const COLUMNS = {
  orderCode: ['order code', 'order', 'order_code', 'ordercode'],
  holderName: ['attendee name', 'name', 'holder name', 'attendee'],
  email: ['attendee email', 'attendee e-mail', 'email', 'e-mail'],
  company: ['company', 'attendee company'],
  country: ['country', 'attendee country'],
  type: ['product', 'ticket type', 'item', 'type'],
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = ['orderCode', 'holderName', 'email', 'type'];

export interface ImportRow {
  line: number;
  typeId: string;
  holderName: string;
  email: string;
  company: string | null;
  country: string | null;
  orderCode: string;
}

export type ImportOutcome = { ok: true; rows: ImportRow[] } | { ok: false; errors: Record<string, string[]> };

const normalise = (header: string) => header.trim().toLowerCase().replace(/\s+/g, ' ');
const rowSchema = createTicketSchema.omit({ note: true, typeId: true });

export function readTicketCsv(csv: string, types: TicketType[]): ImportOutcome {
  let records;
  try {
    records = parseCsv(csv);
  } catch (err) {
    if (err instanceof CsvError) return { ok: false, errors: { [`rows.${err.line}`]: [err.message] } };
    throw err;
  }
  const [header, ...body] = records;
  if (!header) return { ok: false, errors: { csv: ['The file is empty'] } };
  const headers = header.fields.map(normalise);
  const index = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const column of Object.keys(COLUMNS) as Column[]) {
    index[column] = headers.findIndex((h) => (COLUMNS[column] as readonly string[]).includes(h));
    if (index[column] < 0 && REQUIRED.includes(column)) missing.push(COLUMNS[column][0]);
  }
  if (missing.length > 0)
    return { ok: false, errors: { columns: [`Missing columns: ${missing.join(', ')}`] } };
  if (body.length === 0) return { ok: false, errors: { csv: ['The file has no ticket rows'] } };

  const typeByKey = new Map<string, string>();
  for (const t of types) {
    typeByKey.set(normalise(t.name), t.id);
    typeByKey.set(t.slug, t.id);
  }
  const errors: Record<string, string[]> = {};
  const rows: ImportRow[] = [];
  for (const record of body) {
    const cell = (column: Column) => {
      const value = index[column] >= 0 ? (record.fields[index[column]] ?? '').trim() : '';
      return value === '' ? undefined : value;
    };
    const typeName = cell('type');
    const typeId = typeName ? typeByKey.get(normalise(typeName)) : undefined;
    const parsed = rowSchema.safeParse({
      holderName: cell('holderName'),
      email: cell('email'),
      company: cell('company') ?? null,
      country: cell('country') ?? null,
      orderCode: cell('orderCode'),
    });
    const rowErrors: Record<string, string[]> = parsed.success ? {} : fieldErrors(parsed.error);
    // zod would say "expected string, received undefined"; people fixing a spreadsheet need this.
    for (const column of ['holderName', 'email', 'orderCode'] as const) {
      if (cell(column) === undefined) rowErrors[column] = ['This cell is empty'];
    }
    if (!typeId) rowErrors.type = [typeName ? `Unknown ticket type "${typeName}"` : 'Name the ticket type'];
    for (const [field, messages] of Object.entries(rowErrors))
      errors[`rows.${record.line}.${field}`] = messages;
    if (parsed.success && typeId) rows.push({ line: record.line, typeId, ...parsed.data });
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, rows };
}
