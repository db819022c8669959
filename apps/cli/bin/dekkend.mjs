#!/usr/bin/env node
// Runs the TypeScript CLI through tsx (workspace packages ship TS sources).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const tsx = require.resolve('tsx/cli');
const res = spawnSync(process.execPath, [tsx, main, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(res.status ?? 1);
