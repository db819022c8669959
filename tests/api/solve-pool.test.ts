/**
 * The warm solve pool's rules, driven through a protocol-only thread
 * (tests/support/pool-thread.mjs): threads are reused across solves, recycled
 * after N solves or a fat heap, replaced after a cancel or a crash, and bounded.
 * The real solve thread runs in tests/api/solve.test.ts and bullmq.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { SolveCancelled, SolvePool } from '../../apps/api/src/planning/solve-pool.ts';
import type { SolveInput } from '../../apps/api/src/planning/engine-port.ts';

const entry = new URL('../support/pool-thread.mjs', import.meta.url);
const request = (mode: 'echo' | 'hold' | 'crash' | 'fat') => ({ mode }) as unknown as SolveInput;
const threadOf = async (p: Promise<unknown>) => ((await p) as unknown as { threadId: number }).threadId;

describe('solve pool', () => {
  let pool: SolvePool;
  afterEach(() => pool?.close());

  it('reuses one warm thread for solve after solve', async () => {
    pool = new SolvePool({ size: 2, entry });
    await pool.warm(1);
    const seen = new Set<number>();
    for (let i = 0; i < 5; i++) seen.add(await threadOf(pool.solve(request('echo'), () => {})));
    expect(seen.size).toBe(1);
    expect(pool.started).toBe(1);
  });

  it('retires a thread after maxSolvesPerThread solves and after a fat heap', async () => {
    pool = new SolvePool({ size: 1, entry, maxSolvesPerThread: 2 });
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await threadOf(pool.solve(request('echo'), () => {})));
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    expect(ids[2]).not.toBe(ids[1]);
    const fat = await threadOf(pool.solve(request('fat'), () => {}));
    expect(await threadOf(pool.solve(request('echo'), () => {}))).not.toBe(fat);
    expect(pool.started).toBe(4);
  });

  it('cancels a running solve by ending its thread; the next solve gets a fresh one', async () => {
    pool = new SolvePool({ size: 1, entry });
    const controller = new AbortController();
    let held!: () => void;
    const started = new Promise<void>((r) => (held = r));
    const holding = pool.solve(request('hold'), () => held(), controller.signal);
    const queued = pool.solve(request('echo'), () => {});
    await started;
    controller.abort();
    await expect(holding).rejects.toBeInstanceOf(SolveCancelled);
    expect(typeof (await threadOf(queued))).toBe('number');
    expect(pool.started).toBe(2);
  });

  it('fails only the solve whose thread crashed', async () => {
    pool = new SolvePool({ size: 1, entry });
    const crashed = pool.solve(request('crash'), () => {});
    const next = pool.solve(request('echo'), () => {});
    await expect(crashed).rejects.toThrow(/exited with code 3/);
    expect(typeof (await threadOf(next))).toBe('number');
  });

  it('runs at most `size` solves at once; the rest wait their turn', async () => {
    pool = new SolvePool({ size: 2, entry });
    const controllers = [new AbortController(), new AbortController()];
    let holding = 0;
    let bothHeld!: () => void;
    const held = new Promise<void>((r) => (bothHeld = r));
    const holds = controllers.map((c) =>
      pool.solve(request('hold'), () => ++holding === 2 && bothHeld(), c.signal).catch((e) => e),
    );
    let thirdDone = false;
    const third = pool.solve(request('echo'), () => {}).then(() => (thirdDone = true));
    await held;
    expect(thirdDone).toBe(false);
    expect(pool.started).toBe(2);
    controllers[0]!.abort();
    await third;
    expect(thirdDone).toBe(true);
    controllers[1]!.abort();
    expect(await holds[1]).toBeInstanceOf(SolveCancelled);
  });
});
