import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';

/**
 * Validators for the exchange formats, against the reference files in ../shared/interop
 * (beside the repository, never copied into it) and Debian's xmllint. Suites skip, and say
 * so, when either is missing.
 */

export const INTEROP_DIR = resolve(process.cwd(), '../shared/interop');
export const interopPresent = existsSync(resolve(INTEROP_DIR, 'c3voc-schedule.schema.json'));
export const xmllintPresent = !spawnSync('xmllint', ['--version']).error;

if (!interopPresent) {
  console.warn(`\n[tests] ${INTEROP_DIR} is absent: schedule.json/.xml schema checks are SKIPPED.\n`);
} else if (!xmllintPresent) {
  console.warn('\n[tests] xmllint is not installed (Debian libxml2-utils): XSD checks are SKIPPED.\n');
}

let validateJson: ((data: unknown) => string[]) | undefined;

/** Errors of a schedule.json against the c3voc schema (draft-06); empty when valid. */
export function scheduleJsonErrors(data: unknown): string[] {
  if (!validateJson) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addMetaSchema(draft06);
    addFormats(ajv);
    // Not a standard format; the schema uses it for track and brand colours.
    ajv.addFormat('color', /^#[0-9a-fA-F]{6}$/);
    const schema = JSON.parse(readFileSync(resolve(INTEROP_DIR, 'c3voc-schedule.schema.json'), 'utf8'));
    const validate = ajv.compile(schema);
    validateJson = (d) =>
      validate(d) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
  }
  return validateJson(data);
}

/** xmllint's verdict on a schedule.xml against frab-schedule.xml.xsd; `errors` empty when valid. */
export function scheduleXmlErrors(xml: string): string[] {
  const result = spawnSync(
    'xmllint',
    ['--noout', '--schema', resolve(INTEROP_DIR, 'frab-schedule.xml.xsd'), '-'],
    { input: xml, encoding: 'utf8' },
  );
  if (result.status === 0) return [];
  return result.stderr.split('\n').filter((line) => line && !line.endsWith('validates'));
}
