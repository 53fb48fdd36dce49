#!/usr/bin/env node
// `npm run dev`: the API server (restarting on change) and Vite's dev server with hot reload,
// which proxies /api to it. Open the URL Vite prints.
import { spawn } from 'node:child_process';

const env = { ...process.env, LANYARD_DEMO: process.env.LANYARD_DEMO ?? 'true' };
const children = [
  spawn('npx', ['tsx', 'watch', '--clear-screen=false', 'src/server/main.ts'], { stdio: 'inherit', env }),
  spawn('npx', ['vite'], { stdio: 'inherit', env }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children)
  child.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
