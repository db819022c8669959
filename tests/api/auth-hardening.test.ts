/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/**
 * Sign-in abuse and sign-ins that end: throttling per account and per client with
 * growing delays and a lock (HTTP 429, recorded), revoked tokens after logout and
 * password change, tickets instead of tokens in URLs, rehash on login.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { fails, gql, login, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import { EMAILS, PASSWORD } from './helpers/fixture.ts';

const LOGIN = 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }';

async function loginStatus(api: TestApi, email: string, password: string) {
  const res = await api.server.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: LOGIN, variables: { e: email, p: password } }),
  });
  const body = (await res.json()) as any;
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body,
    code: body.errors?.[0]?.extensions?.code,
  };
}

// Each refused guess still costs a real scrypt verification (about 0.3–2 s on a loaded 2-core machine).
describe.each(PROVIDERS)('login throttling (%s)', { timeout: 240_000 }, (provider) => {
  let api: TestApi;
  let clock = new Date('2026-03-01T09:00:00Z');
  const advance = (seconds: number) => (clock = new Date(clock.getTime() + seconds * 1000));
  beforeAll(async () => {
    api = await startTestApi(provider, { now: () => clock });
  });
  afterAll(() => api?.close());

  it('delays after three failures, growing, then locks; 429 even for the right password; recorded', async () => {
    const email = EMAILS.planner;
    for (let i = 0; i < 3; i++) expect((await loginStatus(api, email, 'wrong')).code).toBe('UNAUTHENTICATED');
    // The third failure started a 1 s delay: the right password is refused too, with 429.
    const held = await loginStatus(api, email, PASSWORD);
    expect(held).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS', retryAfter: '1' });
    expect(held.body.errors[0].message).toMatch(/wait 1 s/);
    // Delays double: 1, 2, 4 … seconds after each further failure.
    const delays: number[] = [];
    for (let failures = 4; failures < 10; failures++) {
      advance(60);
      expect((await loginStatus(api, email, 'wrong')).code).toBe('UNAUTHENTICATED');
      delays.push(Number((await loginStatus(api, email, PASSWORD)).retryAfter));
    }
    expect(delays).toEqual([2, 4, 8, 16, 32, 60]);
    // The tenth failure locks the account for 15 minutes.
    advance(60);
    expect((await loginStatus(api, email, 'wrong')).code).toBe('UNAUTHENTICATED');
    const locked = await loginStatus(api, email, PASSWORD);
    expect(locked.status).toBe(429);
    expect(locked.body.errors[0].message).toMatch(/locked for 15 more minute/);
    advance(14 * 60);
    expect((await loginStatus(api, email, PASSWORD)).code).toBe('TOO_MANY_REQUESTS');
    advance(61);
    expect((await loginStatus(api, email, PASSWORD)).status).toBe(200);
    const events = await api.db.prisma.auditEvent.findMany({ where: { action: { startsWith: 'login.' } } });
    expect(events.filter((e) => e.action === 'login.failure')).toHaveLength(10);
    expect(events.filter((e) => e.action === 'login.lock')).toHaveLength(1);
    expect(events.every((e) => !e.detail?.includes(PASSWORD) && !e.detail?.includes('wrong'))).toBe(true);
  });

  it('throttles a client address guessing across many accounts', async () => {
    advance(3600);
    for (let i = 0; i < 10; i++)
      expect((await loginStatus(api, `nobody${i}@example.org`, 'wrong')).code).toBe('UNAUTHENTICATED');
    const r = await loginStatus(api, EMAILS.ministry, PASSWORD);
    expect(r).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
  });
});

describe('sign-ins that end (sqlite)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi('sqlite');
  });
  afterAll(() => api?.close());

  const ME = '{ me { email } }';

  it('logout revokes the token (and every other token of the user)', async () => {
    const a = await login(api.server, 'gemeente');
    const b = await login(api.server, 'gemeente');
    expect((await ok(api.server, ME, {}, a)).me.email).toBe(EMAILS.gemeente);
    expect(await ok(api.server, 'mutation { logout }', {}, a)).toEqual({ logout: true });
    expect((await ok(api.server, ME, {}, a)).me).toBeNull();
    expect((await ok(api.server, ME, {}, b)).me).toBeNull();
    expect((await fails(api.server, '{ scenarios { edges { node { id } } } }', {}, a)).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const c = await login(api.server, 'gemeente');
    expect((await ok(api.server, ME, {}, c)).me.email).toBe(EMAILS.gemeente);
  });

  it('a password change revokes old tokens and returns a new session', async () => {
    const old = await login(api.server, 'otherGemeente');
    const CHANGE =
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }';
    const short = await fails(api.server, CHANGE, { c: PASSWORD, n: 'short' }, old);
    expect(short.extensions?.issues?.[0]?.path).toBe('newPassword');
    const wrong = await fails(api.server, CHANGE, { c: 'not it', n: 'a much longer password' }, old);
    expect(wrong.extensions?.code).toBe('UNAUTHENTICATED');
    const fresh = (await ok(api.server, CHANGE, { c: PASSWORD, n: 'a much longer password' }, old)).changePassword
      .token;
    expect((await ok(api.server, ME, {}, old)).me).toBeNull();
    expect((await ok(api.server, ME, {}, fresh)).me.email).toBe(EMAILS.otherGemeente);
    const relogin = await gql(api.server, LOGIN, { e: EMAILS.otherGemeente, p: 'a much longer password' });
    expect(relogin.errors).toBeUndefined();
    expect(await api.db.prisma.auditEvent.count({ where: { action: 'user.passwordChange' } })).toBe(1);
  });

  it('never takes a session token from the URL; an SSE ticket opens subscriptions only', async () => {
    const token = await login(api.server, 'planner');
    const inUrl = await api.server.yoga.fetch(`http://test/graphql?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: ME }),
    });
    expect(((await inUrl.json()) as any).data.me).toBeNull();
    const ticket = (await ok(api.server, 'mutation { issueTicket(purpose: SSE) { ticket expiresAt } }', {}, token))
      .issueTicket;
    expect(new Date(ticket.expiresAt).getTime() - Date.now()).toBeLessThanOrEqual(60_000);
    const region = await api.db.prisma.region.findUniqueOrThrow({ where: { code: 'PO3106' } });
    const scenario = await api.db.prisma.scenario.create({ data: { name: 's', regionId: region.id, weights: {} } });
    const plan = await api.db.prisma.plan.create({
      data: { scenarioId: scenario.id, status: 'QUEUED', scenarioVersion: scenario.version },
    });
    const viaTicket = async (query: string) => {
      const res = await api.server.yoga.fetch(`http://test/graphql?ticket=${ticket.ticket}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query }),
      });
      const reader = res.body!.getReader();
      let text = '';
      while (!/data:/.test(text)) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      await reader.cancel();
      return text;
    };
    const stream = await viaTicket(`subscription { solveProgress(planId: ${plan.id}) { status } }`);
    expect(stream, stream).toMatch(/"solveProgress":\{"status"/);
    expect(await viaTicket(ME)).toMatch(/"me":null/);
    // The ticket is no session token either.
    expect((await ok(api.server, ME, {}, ticket.ticket)).me).toBeNull();
  });

  it('rehashes a password stored with weaker scrypt parameters at the next sign-in', async () => {
    const { scrypt, randomBytes } = await import('node:crypto');
    const salt = randomBytes(16);
    const key: Buffer = await new Promise((res, rej) =>
      scrypt(PASSWORD, salt, 32, { N: 16384, r: 8, p: 1 }, (e, k) => (e ? rej(e) : res(k))),
    );
    const weak = ['scrypt', 16384, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
    await api.db.prisma.user.update({ where: { email: EMAILS.ministry }, data: { passwordHash: weak } });
    await login(api.server, 'ministry');
    const stored = (await api.db.prisma.user.findUniqueOrThrow({ where: { email: EMAILS.ministry } })).passwordHash;
    expect(stored).toMatch(/^scrypt\$32768\$8\$3\$/);
    await login(api.server, 'ministry');
  });
});

describe('production configuration (sqlite)', () => {
  let api: TestApi;
  let base = '';
  let close: () => void = () => {};
  const strongSecret = '9b1f6e2c8a4d7035e1c9b2a6f4d80317';
  beforeAll(async () => {
    api = await startTestApi('sqlite', {
      production: true,
      authSecret: strongSecret,
      corsOrigins: ['https://planner.example'],
      bodyLimit: '100kb',
    });
    const http = api.server.app.listen(0, '127.0.0.1');
    await new Promise((r) => http.once('listening', r));
    base = `http://127.0.0.1:${(http.address() as { port: number }).port}`;
    close = () => http.close();
  });
  afterAll(async () => {
    close();
    await api?.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  it('refuses to start without a strong AUTH_SECRET', async () => {
    const { createServer } = await import('../../apps/api/src/server.ts');
    const previous = process.env.AUTH_SECRET;
    delete process.env.AUTH_SECRET;
    try {
      expect(() => createServer({ db: api.db, redisUrl: null, production: true })).toThrow(/AUTH_SECRET/);
      expect(() => createServer({ db: api.db, redisUrl: null, production: true, authSecret: 'too-short' })).toThrow(
        /at least 32/,
      );
    } finally {
      if (previous !== undefined) process.env.AUTH_SECRET = previous;
    }
  });

  it('hides introspection and field suggestions from anonymous callers only', async () => {
    const anonymous = (await (await post({ query: '{ __schema { types { name } } }' })).json()) as any;
    expect(anonymous.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = (await (await post({ query: '{ stats { region } }' })).json()) as any;
    expect(typo.errors[0].message).toBe('Cannot query field "region" on type "Stats".');
    const token = await login(api.server, 'planner');
    const signedIn = (await (
      await post({ query: '{ __schema { queryType { name } } }' }, { authorization: `Bearer ${token}` })
    ).json()) as any;
    expect(signedIn.data.__schema.queryType.name).toBe('Query');
    const typoSignedIn = (await (
      await post({ query: '{ stats { region } }' }, { authorization: `Bearer ${token}` })
    ).json()) as any;
    expect(typoSignedIn.errors[0].message).toMatch(/Did you mean "regions"\?/);
  });

  it('sends security headers and answers CORS for allowed origins only', async () => {
    const allowed = await fetch(`${base}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://planner.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://planner.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const other = await post({ query: '{ stats { regions } }' }, { origin: 'https://evil.example' });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('strict-transport-security')).toMatch(/max-age=/);
    expect(page.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('refuses a body over the limit with 413 and a clear error', async () => {
    const res = await post({ query: '{ stats { regions } }', variables: { pad: 'x'.repeat(200_000) } });
    expect(res.status).toBe(413);
    expect(((await res.json()) as any).errors[0].message).toMatch(/too large/);
    const small = await post({ query: '{ stats { regions } }' });
    expect(((await small.json()) as any).data.stats.regions).toBe(2);
  });
});

describe('health on a lost database (sqlite)', () => {
  it('reports degraded, 503, when the SQLite file is deleted under the server', async () => {
    const api = await startTestApi('sqlite');
    const http = api.server.app.listen(0, '127.0.0.1');
    await new Promise((r) => http.once('listening', r));
    const url = `http://127.0.0.1:${(http.address() as { port: number }).port}/health`;
    try {
      expect((await fetch(url)).status).toBe(200);
      rmSync(api.db.url.replace(/^file:/, ''));
      const res = await fetch(url);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ ok: false, status: 'degraded', problems: ['database write failed'] });
    } finally {
      http.close();
      await api.close();
    }
  });
});
