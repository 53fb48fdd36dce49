/**
 * A plain static file server, as GitHub Pages or any bucket would be: files as they are, and
 * for any other path the folder's 404.html with status 404. The demo end-to-end test serves
 * dist/demo with it to prove the demo needs nothing else.
 *
 *   node --import tsx e2e/support/static-server.ts <folder> <port>
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const [folder = 'dist/demo', port = '8182'] = process.argv.slice(2);
const root = resolve(folder);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(pathname: string): Promise<string | undefined> {
  const path = normalize(join(root, decodeURIComponent(pathname)));
  if (!path.startsWith(root)) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return path;
  if (info?.isDirectory()) return fileFor(join(pathname, 'index.html'));
  return undefined;
}

createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://static');
  void fileFor(pathname).then((found) => {
    const path = found ?? join(root, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${root} on http://127.0.0.1:${port}`));
