/** Starting and killing real API processes for the fault tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { EMAILS, PASSWORD, type Who } from '../api/helpers/fixture.ts';
import { waitFor } from './plan-invariants.ts';

const ROOT = resolve(import.meta.dirname, '../..');

export interface ApiProcess {
  child: ChildProcess;
  output(): string;
  /** SIGKILL, then waits for the exit. */
  kill(): Promise<void>;
}

/** Runs `script` with node + tsx (node itself, so a SIGKILL ends the server, not a tsx wrapper). */
export async function startProcess(script: string, env: Record<string, string>, ready: RegExp): Promise<ApiProcess> {
  const { REDIS_URL: _ignored, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await waitFor(
    `${script} to start`,
    async () => {
      if (child.exitCode !== null) throw new Error(`${script} exited: ${out}`);
      return ready.test(out) ? true : undefined;
    },
    120_000,
  ).catch((e) => {
    child.kill('SIGKILL');
    throw new Error(`${String(e)}\n${out}`);
  });
  return {
    child,
    output: () => out,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** A GraphQL call over HTTP; returns data or throws with the errors. */
export async function http<T = Record<string, any>>( // eslint-disable-line @typescript-eslint/no-explicit-any
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

export async function httpLogin(base: string, who: Who): Promise<string> {
  const d = await http<{ login: { token: string } }>(
    base,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: EMAILS[who], p: PASSWORD },
  );
  return d.login.token;
}
