/**
 * End-to-end harness: a migrated and seeded SQLite database of its own, the
 * real API server (apps/api/src/main.ts with tsx, as `npm start` runs it)
 * serving the built web client, and Debian's Chromium driven by
 * playwright-core. Nothing is downloaded: the browser is /usr/bin/chromium.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = join(ROOT, 'artifacts/e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TSX = join(ROOT, 'node_modules/.bin/tsx');

export const DEMO = {
  password: 'dekkend-demo',
  planner: 'planner@po3106.demo',
  gemeente: 'gemeente@brunssum.demo',
  ministry: 'analist@ocw.demo',
};

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const s = createServer();
    s.once('error', rej);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => res(port));
    });
  });
}

function run(label: string, args: string[], env: NodeJS.ProcessEnv) {
  const r = spawnSync(TSX, args, { cwd: ROOT, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${label} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
}

/**
 * The database every e2e file starts from, prepared once per test run as a fresh `npm start` does
 * (migrate, seed, national baseline run: minutes) and copied per file. The first file to ask builds
 * it; the others wait for it.
 */
export async function preparedDatabase(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const runDir = inject('runDir');
  const template = join(runDir, 'e2e-template.db');
  const failed = join(runDir, 'e2e-template.failed');
  let building = false;
  try {
    mkdirSync(join(runDir, 'e2e-template.lock'));
    building = true;
  } catch {
    // another e2e file builds it
  }
  if (building) {
    const target = join(runDir, 'e2e-building.db');
    const buildEnv = { ...env, DATABASE_URL: `file:${target}` };
    try {
      run('migrate', ['apps/cli/src/main.ts', 'migrate'], buildEnv);
      run('seed', ['apps/cli/src/main.ts', 'seed'], buildEnv);
      run('baseline', ['apps/cli/src/main.ts', 'baseline', '--if-missing'], buildEnv);
    } catch (e) {
      writeFileSync(failed, String(e));
      throw e;
    }
    renameSync(target, template);
    return template;
  }
  const deadline = Date.now() + 30 * 60_000;
  while (!existsSync(template)) {
    if (existsSync(failed)) throw new Error(`the e2e database failed to build:\n${readFileSync(failed, 'utf8')}`);
    if (Date.now() > deadline) throw new Error('the e2e database was not built within 30 minutes');
    await new Promise((r) => setTimeout(r, 1000));
  }
  return template;
}

export interface Stack {
  baseUrl: string;
  /** The stack's own database, for set-up through the real importers. */
  databaseUrl: string;
  browser: Browser;
  log(): string;
  stop(): Promise<void>;
}

/** Builds the client if needed, migrates and seeds a fresh database, starts the server and the browser. */
export async function startStack(): Promise<Stack> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium (see .ci/run).`);
  if (!existsSync(join(ROOT, 'apps/web/dist/index.html'))) {
    const b = spawnSync('npm', ['run', 'build', '-w', '@dekkend/web'], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`web build failed:\n${b.stdout}\n${b.stderr}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'dekkend-e2e-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${join(dir, 'e2e.db')}`,
    PORT: String(port),
    HOST: '127.0.0.1',
    AUTH_SECRET: 'e2e-secret-of-sufficient-length-for-production',
    REDIS_URL: '',
    NODE_ENV: 'production',
  };
  copyFileSync(await preparedDatabase(env), join(dir, 'e2e.db'));
  let output = '';
  const server: ChildProcess = spawn(TSX, ['apps/api/src/main.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (d) => (output += d));
  server.stderr!.on('data', (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode != null) throw new Error(`server exited (${server.exitCode}):\n${output}`);
    try {
      const r = await fetch(`${baseUrl}/health`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not answer /health within 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    baseUrl,
    databaseUrl: env.DATABASE_URL!,
    browser,
    log: () => output,
    async stop() {
      await browser.close().catch(() => {});
      server.kill('SIGTERM');
      // Wait for the server to exit on SIGTERM (bounded), not a fixed time; then make sure.
      const exited =
        server.exitCode != null ||
        (await Promise.race([
          new Promise<boolean>((r) => server.once('exit', () => r(true))),
          new Promise<boolean>((r) => setTimeout(() => r(false), 10_000).unref()),
        ]));
      if (!exited) server.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A fresh browser context (own storage: signed out) with a page, console errors collected. */
export async function newPage(
  stack: Stack,
  opts: { lang?: 'nl' | 'en' } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await stack.browser.newContext({
    viewport: { width: 1400, height: 1000 },
    acceptDownloads: true,
    locale: 'nl-NL',
    // The server's CSP (script-src 'self') forbids inline scripts; only the test's own axe injection needs them.
    bypassCSP: true,
  });
  if (opts.lang) await context.addInitScript((l) => localStorage.setItem('dekkend.lang', l), opts.lang);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

export async function signIn(page: Page, stack: Stack, email: string) {
  await page.goto(`${stack.baseUrl}/`);
  await page.getByLabel(/E-mailadres|Email address/).fill(email);
  await page.getByLabel(/Wachtwoord|Password/).fill(DEMO.password);
  await page.getByRole('button', { name: /^(Inloggen|Sign in)$/ }).click();
}

export async function screenshot(page: Page, name: string) {
  const path = join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core in the page; returns serious and critical violations. */
export async function axeSerious(page: Page): Promise<AxeViolation[]> {
  return (await axeAll(page)).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Runs axe-core in the page; returns every violation, of any impact (minor and moderate too). */
export async function axeAll(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result = (await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  })) as AxeViolation[];
  return result;
}

/** GraphQL as a user, for test set-up that is not what the test is about. */
export async function graphql<T = Record<string, unknown>>(
  stack: Stack,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const r = await fetch(`${stack.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await r.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
  return body.data!;
}

export async function token(stack: Stack, email: string): Promise<string> {
  const d = await graphql<{ login: { token: string } }>(
    stack,
    null,
    'mutation($e:String!,$p:String!){ login(email:$e,password:$p){ token } }',
    { e: email, p: DEMO.password },
  );
  return d.login.token;
}
