import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The reference for the public-read bench: a bare node:http server answering every request
 * with the same bytes from memory (or 304 when If-None-Match names its tag), in its own
 * process like the Lanyard server it is compared with.
 * `node --import tsx bench/bare-server.ts FILE ETAG ENCODING CONTENT_TYPE`; prints {"port"}.
 */
const [file, etag, encoding, contentType] = process.argv.slice(2) as [string, string, string, string];
const body = readFileSync(file);
const server = createServer((req, res) => {
  const headers: Record<string, string> = {
    etag,
    vary: 'Accept-Encoding',
    'cache-control': 'public, max-age=0',
  };
  if (req.headers['if-none-match'] === etag) {
    res.writeHead(304, headers).end();
    return;
  }
  headers['content-type'] = contentType;
  headers['content-length'] = String(body.length);
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  res.writeHead(200, headers).end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.stdin.on('end', stop);
process.stdin.resume();
process.on('SIGTERM', stop);
