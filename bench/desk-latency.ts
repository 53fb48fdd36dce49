import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { holderTicketSchema, ticketListSchema, ticketTypeListSchema } from '@shared/contract';
import { DECODED_MARK, PAINTED_MARK } from '../src/client/features/check-in/lib/desk-timing';
import { freePort, percentile, report } from './measure';

const SLUG = 'matrix-conf-2025';
const LIST = `${SLUG}.check-in-list.main-entrance`;
const SCANS = 50;
/** The bench server's "now" is Thursday of the reference event. */
const TODAY = '2025-10-16';

/** The real server (src/server/main.ts) in its own process, serving the built app on a fresh database. */
async function startAppServer(staticRoot: string) {
  const dir = mkdtempSync(join(tmpdir(), 'lanyard-desk-bench-'));
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dir, 'bench.sqlite')}`,
      LANYARD_DEMO: 'true',
      LANYARD_NOW: '2025-10-16T10:30:00+02:00',
      LANYARD_STATIC_ROOT: staticRoot,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (i > 300 || child.exitCode !== null) throw new Error('the app server did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    async close() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function login(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'lanyard-demo' }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return res.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** Signed QR codes of valid tickets that enter today, as their holders' links show them. */
async function codes(base: string, count: number): Promise<string[]> {
  const cookie = await login(base, 'organizer@demo.test');
  const list = ticketListSchema.parse(
    await (
      await fetch(`${base}/api/conferences/${SLUG}/tickets?status=valid&limit=500`, { headers: { cookie } })
    ).json(),
  );
  const { ticketTypes } = ticketTypeListSchema.parse(
    await (await fetch(`${base}/api/conferences/${SLUG}/ticket-types`, { headers: { cookie } })).json(),
  );
  const today = new Set(ticketTypes.filter((t) => t.validDays.includes(TODAY)).map((t) => t.id));
  const out: string[] = [];
  for (const ticket of list.tickets) {
    if (out.length === count) break;
    if (!ticket.secret || ticket.note || !today.has(ticket.typeId)) continue;
    const res = await fetch(`${base}/api/conferences/${SLUG}/tickets/${ticket.secret}`);
    out.push(holderTicketSchema.parse(await res.json()).qr);
  }
  return out;
}

/**
 * Types a decoded code the way a keyboard-wedge scanner does (a burst of keys, then Enter):
 * the desk's wedge listener hands it to the same scan handler the camera calls. Resolves with
 * the time from the decoded mark to the frame that paints the verdict, and the verdict shown.
 */
function scanOnce(page: Page, code: string) {
  return page.evaluate(
    ({ code, decodedName, paintedName }) =>
      new Promise<{ ms: number; verdict: string }>((resolve, reject) => {
        const timeout = setTimeout(() => reject(new Error('no verdict within 5 s')), 5000);
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (entry.name !== paintedName) continue;
            const decoded = performance.getEntriesByName(decodedName, 'mark')[0] as
              PerformanceMark | undefined;
            if (!decoded || decoded.detail !== (entry as PerformanceMark).detail) continue;
            observer.disconnect();
            clearTimeout(timeout);
            const shown = document.querySelector(`[data-scan="${String(decoded.detail)}"]`);
            resolve({
              ms: entry.startTime - decoded.startTime,
              verdict: shown?.getAttribute('data-verdict') ?? '?',
            });
          }
        });
        observer.observe({ type: 'mark' });
        for (const key of code) window.dispatchEvent(new KeyboardEvent('keydown', { key }));
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      }),
    { code, decodedName: DECODED_MARK, paintedName: PAINTED_MARK },
  );
}

async function series(page: Page, batch: string[]) {
  const times: number[] = [];
  const verdicts = new Map<string, number>();
  for (const code of batch) {
    const { ms, verdict } = await scanOnce(page, code);
    times.push(ms);
    verdicts.set(verdict, (verdicts.get(verdict) ?? 0) + 1);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p95: percentile(times, 95), verdicts };
}

/**
 * Desk latency in a real browser: Debian's Chromium (Playwright) on the desk page served by
 * the real server in its own process, 50 scans online, then 50 with the network cut
 * (context.setOffline), each timed from the decoded code to the painted verdict.
 */
export async function deskLatency(staticRoot = process.env.LANYARD_BENCH_STATIC ?? 'dist/client') {
  const server = await startAppServer(staticRoot);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  try {
    const all = await codes(server.base, SCANS * 2 + 5);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, baseURL: server.base });
    await context.addInitScript(
      ({ slug, list }) => {
        if (localStorage.getItem('lanyard:desk-settings')) return;
        localStorage.setItem(
          'lanyard:desk-settings',
          JSON.stringify({
            state: {
              deskId: 'desk-bench',
              deskName: 'Bench desk',
              listIds: { [slug]: list },
              facing: 'environment',
              sounds: false,
            },
            version: 1,
          }),
        );
      },
      { slug: SLUG, list: LIST },
    );
    const page = await context.newPage();
    const res = await page.request.post('/api/auth/login', {
      data: { email: 'desk@demo.test', password: 'lanyard-demo' },
    });
    if (!res.ok()) throw new Error(`desk login: ${res.status()}`);
    await page.goto(`/${SLUG}/check-in`);
    await page.getByText('Online: the server judges each scan.').waitFor();
    // Warm-up: first render of the verdict screen, first request on the connection.
    for (const code of all.slice(0, 5)) await scanOnce(page, code);

    const online = await series(page, all.slice(5, 5 + SCANS));
    await context.setOffline(true);
    await page.getByText(/Offline: this desk judges scans itself/).waitFor();
    const offline = await series(page, all.slice(5 + SCANS, 5 + 2 * SCANS));
    await context.setOffline(false);

    console.log(
      `\nDesk: decoded QR to painted verdict (Chromium ${browser.version()}, 390x844, wedge path,` +
        ` server in its own process, ${SCANS} scans each):`,
    );
    report('online p50 / p95', `${online.p50.toFixed(1)} / ${online.p95.toFixed(1)} ms`, {
      ok: online.p95 < 150,
      text: 'p95 < 150 ms',
    });
    report('online verdicts', [...online.verdicts].map(([k, n]) => `${k} ${n}`).join(', '));
    report('offline p50 / p95', `${offline.p50.toFixed(1)} / ${offline.p95.toFixed(1)} ms`, {
      ok: offline.p95 < 50,
      text: 'p95 < 50 ms',
    });
    report('offline verdicts', [...offline.verdicts].map(([k, n]) => `${k} ${n}`).join(', '));
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await deskLatency();
