import { z } from 'zod';
import type { Json } from './schema';

/**
 * The one way JSON columns are read and written (docs/decisions/0001: lists and documents are
 * JSON text). A read is checked, never cast: a row that a bug, an older version or a hand edit
 * left in another shape fails here with the column's name, not three calls later as an
 * undefined field. Checks are the contract's zod schema for documents, or a small type guard
 * where a read is on a hot path (the desk's scans) and the shape is a plain list.
 */
export type JsonCheck<T> = z.ZodType<T> | ((value: unknown) => value is T);

/** A JSON column whose text does not parse, or does not have the shape its readers expect. */
export class CorruptJsonColumnError extends Error {
  override readonly name = 'CorruptJsonColumnError';

  constructor(
    readonly column: string,
    problem: string,
  ) {
    super(`Corrupt JSON in ${column}: ${problem}`);
  }
}

/** `value` as the JSON text of its column; the only writer of JSON columns. */
export function writeJson<T>(value: T): Json<T> {
  return JSON.stringify(value) as Json<T>;
}

/** The JSON value in a column's text, unchecked: for readers that check it themselves. */
export function parseJsonColumn(text: string, column: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new CorruptJsonColumnError(column, `not JSON (${(err as Error).message})`);
  }
}

function check<T>(value: unknown, shape: JsonCheck<T>, column: string): T {
  if (typeof shape === 'function') {
    if (shape(value)) return value;
    throw new CorruptJsonColumnError(column, `fails the ${shape.name || 'shape'} check`);
  }
  const result = shape.safeParse(value);
  if (result.success) return result.data;
  throw new CorruptJsonColumnError(column, z.prettifyError(result.error).replace(/\n/g, '; '));
}

/**
 * The value of JSON column `column` (named "table.column" for the error), checked against its
 * shape. Throws CorruptJsonColumnError, which the API answers as a 500, when it does not fit.
 */
export function readJson<T>(text: Json<T>, shape: JsonCheck<T>, column: string): T {
  return check(parseJsonColumn(text, column), shape, column);
}

/**
 * Like readJson, for the few columns whose readers deliberately tolerate a row they cannot
 * read (the audit log shows such an entry without its detail): `fallback` instead of an error.
 */
export function readJsonOr<T>(text: Json<T>, shape: JsonCheck<T>, column: string, fallback: T): T {
  try {
    return readJson(text, shape, column);
  } catch (err) {
    if (err instanceof CorruptJsonColumnError) return fallback;
    throw err;
  }
}

/** The guard for the many list columns: ids, dates, names. */
export function stringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
