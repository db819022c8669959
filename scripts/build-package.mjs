// A workspace package's build for the compiled runtime: dist/ afresh (no stale modules of deleted
// sources), then tsc with the package's tsconfig.build.json (transpile only; typecheck checks types).
// Run from the package folder (`npm run build` / `turbo run build`).
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

rmSync('dist', { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const res = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
process.exit(res.status ?? 1);
