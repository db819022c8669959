/**
 * A cancelled solve leaves no solver process behind. Cancelling terminates the solve's thread,
 * and a terminated thread cannot stop its own CLP/CBC children, so the solve pool kills them by
 * the pids the thread reported (native-processes.ts). Here the "CLP" is a script that sleeps for
 * ten minutes: without the pool's kill it outlives the cancelled solve.
 */
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SolvePool, SolveCancelled } from '../../apps/api/src/planning/solve-pool.ts';
import type { SolveInput } from '../../apps/api/src/planning/engine-port.ts';
import { waitFor } from './plan-invariants.ts';

/** A sleep no other process on the machine runs: `sleep 600.<random>`. */
const SECONDS = `600.${Math.floor(Math.random() * 1e6)}`;

/** The pid of the running (not zombie) process whose command line is `sleep SECONDS`. */
async function sleeper(): Promise<number | undefined> {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cmdline = await readFile(`/proc/${entry}/cmdline`, 'utf8');
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const zombie = stat.slice(stat.lastIndexOf(')') + 2)[0] === 'Z';
      if (!zombie && cmdline.split('\0').includes(SECONDS)) return Number(entry);
    } catch {
      // ended while we looked
    }
  }
  return undefined;
}

describe('a cancelled solve and its native solver process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dekkend-orphans-'));
    const clp = join(dir, 'clp');
    await writeFile(clp, `#!/bin/sh\nexec sleep ${SECONDS}\n`);
    await chmod(clp, 0o755);
    process.env.DEKKEND_FAKE_CLP = clp; // read by the fixture thread (its environment is ours)
  });
  afterAll(async () => {
    const left = await sleeper();
    if (left !== undefined) process.kill(left, 'SIGKILL');
    await rm(dir, { recursive: true, force: true });
  });

  it('is killed when the solve is cancelled', async () => {
    const pool = new SolvePool({ size: 1, entry: new URL('./fixtures/native-solve-thread.mjs', import.meta.url) });
    const controller = new AbortController();
    const solving = pool.solve({} as SolveInput, () => {}, controller.signal);
    const pid = await waitFor('the thread to start its solver process', sleeper);
    controller.abort();
    await expect(solving).rejects.toBeInstanceOf(SolveCancelled);
    await waitFor(`solver process ${pid} to end`, async () => ((await sleeper()) === undefined ? true : undefined));
    await pool.close();
  });
});
