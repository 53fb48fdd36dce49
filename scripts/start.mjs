#!/usr/bin/env node
// `npm start`: build the app if the sources are newer than the build, then migrate, seed the
// demo conference on an empty database and serve. Flags: --live moves the demo to today,
// --reset starts again from an empty SQLite database.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = new Set(process.argv.slice(2));
const env = { ...process.env };
env.LANYARD_DEMO ??= 'true';
if (args.has('--live')) env.LANYARD_DEMO_LIVE = '1';

const databaseUrl = env.DATABASE_URL ?? 'file:./data/lanyard.sqlite';
if (args.has('--reset')) {
  if (!databaseUrl.startsWith('file:')) {
    console.error('--reset only deletes SQLite files; drop a Postgres database yourself.');
    process.exit(2);
  }
  const file = databaseUrl.slice('file:'.length);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  console.log(`Removed ${file}`);
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

const built = newestMtime('dist/client/index.html');
const sources = Math.max(
  ...['src/client', 'src/shared', 'index.html', 'public', 'vite.config.ts'].map(newestMtime),
);
if (built < sources) {
  console.log('Building the app...');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
