import { connect, type Socket } from 'node:net';
import { percentile } from './measure';

/**
 * A small closed-loop HTTP/1.1 load generator over raw keep-alive sockets: `connections`
 * clients, each sending its next request when the last answer is complete, for `durationMs`.
 * Much cheaper per request than node:http, so on a 2-core machine more of the CPU is left to
 * the server measured. Bounded in time and connections; only ever aimed at 127.0.0.1.
 */
export interface LoadOptions {
  port: number;
  path: string;
  headers?: Record<string, string>;
  connections: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statuses: Record<number, number>;
  /** Body bytes received. */
  bytes: number;
}

interface Parsed {
  status: number;
  bodyBytes: number;
}

/** Reads back-to-back HTTP/1.1 answers off one socket (Content-Length or chunked bodies). */
class ResponseReader {
  private buffer: Buffer = Buffer.alloc(0);
  private head: { status: number; length: number | 'chunked' } | undefined;
  private chunkedBytes = 0;

  constructor(private readonly onResponse: (r: Parsed) => void) {}

  push(data: Buffer): void {
    this.buffer = this.buffer.length === 0 ? data : Buffer.concat([this.buffer, data]);
    for (;;) {
      if (!this.head) {
        const end = this.buffer.indexOf('\r\n\r\n');
        if (end < 0) return;
        const text = this.buffer.subarray(0, end).toString('latin1');
        this.buffer = this.buffer.subarray(end + 4);
        const status = Number(text.slice(9, 12));
        const length = /\r\ncontent-length:\s*(\d+)/i.exec(text);
        const chunked = /\r\ntransfer-encoding:\s*chunked/i.test(text);
        this.head = { status, length: chunked ? 'chunked' : length ? Number(length[1]) : 0 };
        if (status === 304 || status === 204) this.head.length = 0;
        this.chunkedBytes = 0;
      }
      if (this.head.length === 'chunked') {
        const lineEnd = this.buffer.indexOf('\r\n');
        if (lineEnd < 0) return;
        const size = parseInt(this.buffer.subarray(0, lineEnd).toString('latin1'), 16);
        if (this.buffer.length < lineEnd + 2 + size + 2) return;
        this.buffer = this.buffer.subarray(lineEnd + 2 + size + 2);
        this.chunkedBytes += size;
        if (size > 0) continue;
        this.finish(this.chunkedBytes);
      } else {
        if (this.buffer.length < this.head.length) return;
        const length = this.head.length;
        this.buffer = this.buffer.subarray(length);
        this.finish(length);
      }
    }
  }

  private finish(bodyBytes: number): void {
    const status = this.head!.status;
    this.head = undefined;
    this.onResponse({ status, bodyBytes });
  }
}

export async function httpLoad(options: LoadOptions): Promise<LoadResult> {
  const headerLines = Object.entries({ host: `127.0.0.1:${options.port}`, ...options.headers })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  const request = Buffer.from(`GET ${options.path} HTTP/1.1\r\n${headerLines}\r\n`, 'latin1');
  const latencies: number[] = [];
  const statuses: Record<number, number> = {};
  let errors = 0;
  let bytes = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;

  const client = () =>
    new Promise<void>((resolve) => {
      const socket: Socket = connect(options.port, '127.0.0.1');
      socket.setNoDelay(true);
      let sentAt = 0;
      const send = () => {
        if (performance.now() >= deadline) {
          socket.end();
          resolve();
          return;
        }
        sentAt = performance.now();
        socket.write(request);
      };
      const reader = new ResponseReader(({ status, bodyBytes }) => {
        latencies.push(performance.now() - sentAt);
        statuses[status] = (statuses[status] ?? 0) + 1;
        bytes += bodyBytes;
        send();
      });
      socket.on('connect', send);
      socket.on('data', (d: Buffer) => reader.push(d));
      socket.on('error', () => {
        errors += 1;
        resolve();
      });
      socket.on('close', () => resolve());
    });

  await Promise.all(Array.from({ length: options.connections }, client));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    statuses,
    bytes,
  };
}
