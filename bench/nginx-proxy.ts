import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './measure';

/** Where Debian's nginx lives, if installed (`apt-get install nginx-light`). */
export function nginxBinary(): string | undefined {
  for (const path of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx']) {
    if (spawnSync(path, ['-v']).status === 0) return path;
  }
  return undefined;
}

export interface NginxProxy {
  /** Port of each named upstream group's round-robin front. */
  ports: Record<string, number>;
  /** Pids of nginx's master and workers, for their CPU time. */
  pids(): number[];
  close(): Promise<void>;
}

/**
 * nginx as a reverse proxy in front of Lanyard processes, as an operator would run it: one
 * listening port per group of upstreams, round robin (nginx's default), keep-alive connections
 * to the upstreams, the Host header passed on. Runs in the foreground in a temporary prefix, so
 * it touches nothing of the system's nginx; `close()` stops it and removes the prefix.
 */
export async function startNginx(binary: string, groups: Record<string, string[]>): Promise<NginxProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'lanyard-nginx-'));
  const ports: Record<string, number> = {};
  for (const name of Object.keys(groups)) ports[name] = await freePort();
  const upstreams = Object.entries(groups)
    .map(
      ([name, servers]) =>
        `  upstream ${name} {\n${servers.map((s) => `    server ${s};`).join('\n')}\n    keepalive 128;\n  }`,
    )
    .join('\n');
  const fronts = Object.keys(groups)
    .map(
      (name) => `  server {
    listen 127.0.0.1:${ports[name]} backlog=1024;
    keepalive_requests 1000000;
    location / {
      proxy_pass http://${name};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $remote_addr;
    }
  }`,
    )
    .join('\n');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `worker_processes 2;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  proxy_buffers 16 16k;
${upstreams}
${fronts}
}
`,
  );
  const child = spawn(
    binary,
    ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log'), '-g', 'daemon off;'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await Promise.all(
      Object.values(ports).map((port) =>
        fetch(`http://127.0.0.1:${port}/api/health`)
          .then((r) => r.status === 200)
          .catch(() => false),
      ),
    );
    if (up.every(Boolean)) break;
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`nginx did not start: ${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    ports,
    pids() {
      const master = child.pid!;
      try {
        const children = readFileSync(`/proc/${master}/task/${master}/children`, 'utf8')
          .trim()
          .split(/\s+/)
          .filter(Boolean)
          .map(Number);
        return [master, ...children];
      } catch {
        return [master];
      }
    },
    async close() {
      child.kill('SIGTERM');
      const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(force);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
