import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { createInterface } from 'node:readline';

export interface AppServer {
  base: string;
  close(): Promise<void>;
}

/** Starts bench/serve-app.ts (the built app + the real API) in its own process. */
export async function spawnAppServer(distDir: string, flags: string[] = []): Promise<AppServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/serve-app.ts', distDir, ...flags], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const lines = createInterface({ input: child.stdout });
  const base = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`app server exited with ${code}`)));
    lines.once('line', (line) => resolve((JSON.parse(line) as { base: string }).base));
  });
  return {
    base,
    async close() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGTERM'), 2000);
      await exited;
      clearTimeout(timer);
      lines.close();
    },
  };
}

/** Debian's Chromium, as the e2e tests use it; quiet about the network it would otherwise call. */
export const CHROMIUM = '/usr/bin/chromium';
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
];

/**
 * Browser figures at 4x CPU slowdown multiply whatever else the machine is doing; print the
 * load next to them so a run on a busy machine reads as such.
 */
export function machineLoad(): string {
  return `machine load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`;
}
