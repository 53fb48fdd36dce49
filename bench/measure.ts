import { createServer } from 'node:net';

/** Small helpers shared by the benchmark scripts. */

export function percentile(sortedMs: number[], p: number): number {
  if (sortedMs.length === 0) return NaN;
  const i = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, i)]!;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Prints one figure with its budget and whether it is met. */
export function report(name: string, value: string, budget?: { ok: boolean; text: string }) {
  const verdict = budget ? `  budget ${budget.text}: ${budget.ok ? 'MET' : 'MISSED'}` : '';
  console.log(`  ${name.padEnd(48)} ${value.padStart(14)}${verdict}`);
}

/**
 * Fires `total` requests with `concurrency` in flight and returns throughput and latencies.
 * Bounded in count and time; only ever aimed at this machine's loopback.
 */
export async function load(
  total: number,
  concurrency: number,
  send: (i: number) => Promise<void>,
): Promise<{ perSecond: number; p50: number; p99: number; errors: number }> {
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        try {
          await send(i);
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    perSecond: total / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors,
  };
}

/** A port nothing listens on now (the kernel's pick; free again the moment it is closed). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
