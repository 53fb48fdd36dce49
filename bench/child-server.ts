import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { gunzipSync, inflateSync } from 'node:zlib';

/** A bench server running in its own process (bench/serve-bench.ts). */
export interface ChildServer {
  base: string;
  pid: number;
  close(): Promise<void>;
}

/**
 * Starts bench/serve-bench.ts in a child Node process and waits for its address. The load
 * generator stays in this process, so client and server no longer share one event loop and
 * one core: the figures are the server's. `nodeArgs` can add e.g. `--cpu-prof`.
 */
export async function spawnBenchServer(args: string[] = [], nodeArgs: string[] = []): Promise<ChildServer> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'bench/serve-bench.ts', ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const lines = createInterface({ input: child.stdout });
  const base = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { base: string }).base));
  });
  return {
    base,
    pid: child.pid!,
    async close() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGTERM'), 2000);
      await exited;
      clearTimeout(timer);
      lines.close();
    },
  };
}

/** Keep-alive connections, as desks and phones hold them; enough for every concurrent client. */
export const keepAlive = new Agent({ keepAlive: true, maxSockets: 64 });

export interface BenchResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/**
 * One HTTP request over the keep-alive agent. Asks for gzip like a browser does (so the
 * server's compression is counted) and decodes the answer.
 */
export function send(
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<BenchResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        agent: keepAlive,
        method: init.method ?? 'GET',
        headers: {
          'accept-encoding': 'gzip, deflate',
          ...(init.body !== undefined ? { 'content-length': String(Buffer.byteLength(init.body)) } : {}),
          ...init.headers,
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          let raw = Buffer.concat(chunks);
          const encoding = res.headers['content-encoding'];
          if (encoding === 'gzip') raw = gunzipSync(raw);
          else if (encoding === 'deflate') raw = inflateSync(raw);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text: raw.toString('utf8') });
        });
      },
    );
    req.on('error', reject);
    if (init.body !== undefined) req.write(init.body);
    req.end();
  });
}

/** CPU seconds (user + system) a process has used so far, from /proc; undefined elsewhere. */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may contain spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticksPerSecond = 100;
    return (Number(fields[11]) + Number(fields[12])) / ticksPerSecond;
  } catch {
    return undefined;
  }
}
