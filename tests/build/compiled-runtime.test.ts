/**
 * The compiled runtime `npm start` uses (ARCHITECTURE.md, "Compiled runtime"): plain node with the
 * `dekkend-compiled` export condition loads every workspace package from its dist/, with no TypeScript
 * loader anywhere, including the engine's block workers and the API's solve threads. Needs
 * `turbo run build` first (`npm test` builds).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const dist = (path: string) => resolve(root, path);

/**
 * Runs an ES module body under plain node as `npm start` does; returns its stdout. From a file, not
 * `-e`: threads inherit the process's flags, and an eval flag is not a valid one for a thread.
 */
function compiled(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dekkend-compiled-'));
  try {
    writeFileSync(join(dir, 'check.mjs'), body);
    return execFileSync(process.execPath, ['--conditions=dekkend-compiled', join(dir, 'check.mjs')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 120_000,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('compiled runtime', () => {
  it('is built (run `npm run build` first)', () => {
    for (const entry of ['apps/api/dist/main.js', 'apps/cli/dist/main.js', 'packages/engine/dist/worker.js'])
      expect(existsSync(dist(entry)), entry).toBe(true);
  });

  it('resolves workspace packages to dist under the condition, to sources without it', () => {
    const under = execFileSync(
      process.execPath,
      ['--conditions=dekkend-compiled', '--input-type=module', '-e', `console.log(import.meta.resolve('@dekkend/db'))`],
      { cwd: root, encoding: 'utf8' },
    );
    expect(under.trim()).toMatch(/packages\/db\/dist\/index\.js$/);
    const without = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', `console.log(import.meta.resolve('@dekkend/db'))`],
      {
        cwd: root,
        encoding: 'utf8',
      },
    );
    expect(without.trim()).toMatch(/packages\/db\/src\/index\.ts$/);
  });

  it('runs the CLI from dist', () => {
    const run = spawnSync(
      process.execPath,
      ['--conditions=dekkend-compiled', dist('apps/cli/dist/main.js'), '--help'],
      {
        encoding: 'utf8',
      },
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('usage: dekkend <command>');
  });

  it('solves blocks in compiled engine workers (no fallback to the main thread)', () => {
    const out = compiled(`
      const { solve } = await import('${dist('packages/engine/dist/index.js')}');
      const { getWorkerPool, shutdownWorkers } = await import('${dist('packages/engine/dist/pool.js')}');
      const { randomProblem } = await import('${dist('packages/engine/dist/testing.js')}');
      const plan = await solve(randomProblem(11, { regions: 4 }), { method: 'decomposed', packColumns: 1, workers: 2 });
      const pool = getWorkerPool(2);
      console.log(JSON.stringify({ status: plan.status, broken: pool.broken?.message ?? null, solved: pool.solved }));
      await shutdownWorkers();
    `);
    const result = JSON.parse(out.trim().split('\n').at(-1)!);
    expect(result).toMatchObject({ status: 'optimal', broken: null });
    expect(result.solved).toBeGreaterThan(0);
  });

  it("starts the API's solve thread from dist", () => {
    const out = compiled(`
      const { SolvePool } = await import('${dist('apps/api/dist/planning/solve-pool.js')}');
      const keepAlive = setInterval(() => {}, 1000);
      const pool = new SolvePool({ size: 1 });
      await pool.warm();
      console.log('ready', pool.started);
      await pool.close();
      clearInterval(keepAlive);
    `);
    expect(out.trim()).toBe('ready 1');
  });
});
