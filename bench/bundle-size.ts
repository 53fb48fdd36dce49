import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { kb, report } from './measure';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const br = (path: string) =>
  brotliCompressSync(readFileSync(path), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/**
 * What an attendee's phone downloads on a first visit to the schedule: index.html, the entry
 * chunk with its static imports and CSS, plus the schedule route's lazy chunk and its imports.
 */
export function bundleSize(distDir = 'dist/client') {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite/manifest.json'), 'utf8')) as Record<
    string,
    ManifestChunk
  >;
  const files = new Set<string>(['index.html']);
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.css?.forEach((c) => files.add(c));
    chunk.imports?.forEach(visit);
  };
  for (const [key, chunk] of Object.entries(manifest)) {
    if (chunk.isEntry) visit(key);
    if (chunk.isDynamicEntry && /features\/schedule\//.test(chunk.src ?? key)) visit(key);
  }
  let total = 0;
  let totalBrotli = 0;
  for (const f of files) {
    total += gz(join(distDir, f));
    totalBrotli += br(join(distDir, f));
  }
  const staff = Object.values(manifest).filter((c) => /check-in|organizer/.test(c.src ?? ''));
  console.log('\nFirst visit, schedule route (gzip -9):');
  for (const f of files) report(f, kb(gz(join(distDir, f))));
  report('total HTML + JS + CSS', kb(total), { ok: total <= 110 * 1024, text: '<= 110 KB' });
  report('the same as served (brotli 11, precompressed)', kb(totalBrotli), {
    ok: totalBrotli <= 110 * 1024,
    text: '<= 110 KB',
  });
  report('staff chunks kept out of it', String(staff.filter((c) => !files.has(c.file)).length), {
    ok: staff.every((c) => !files.has(c.file)),
    text: 'all lazy',
  });
  return total;
}
