/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
/** Talks to the API through `yoga.fetch` (no network). */
import { expect } from 'vitest';
import type { DekkendServer } from '../../../apps/api/src/server.ts';
import type { InProcessSolveQueue } from '../../../apps/api/src/planning/in-process-queue.ts';
import { EMAILS, PASSWORD, type Who } from './fixture.ts';

export interface GqlResult<T = any> {
  data?: T;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; issues?: { path: string; reason: string }[]; errorId?: string };
  }[];
}

export async function gql<T = any>(
  server: DekkendServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult<T>> {
  const res = await server.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as GqlResult<T>;
}

/** Data of a query that must succeed. */
export async function ok<T = any>(
  server: DekkendServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<T> {
  const r = await gql<T>(server, query, variables, token);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data as T;
}

/** The error code of a query that must fail. */
export async function fails(
  server: DekkendServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const r = await gql(server, query, variables, token);
  expect(r.errors, `expected an error, got ${JSON.stringify(r.data)}`).toBeDefined();
  return r.errors![0]!;
}

export async function login(server: DekkendServer, who: Who): Promise<string> {
  const d = await ok<{ login: { token: string } }>(
    server,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
    { e: EMAILS[who], p: PASSWORD },
  );
  return d.login.token;
}

export async function loginAll(server: DekkendServer): Promise<Record<Who, string>> {
  const entries = await Promise.all(
    (Object.keys(EMAILS) as Who[]).map(async (w) => [w, await login(server, w)] as const),
  );
  return Object.fromEntries(entries) as Record<Who, string>;
}

/** Reads a GraphQL subscription over SSE until `stop` says so (or the stream ends). */
export async function subscribe(
  server: DekkendServer,
  query: string,
  variables: Record<string, unknown>,
  token: string | undefined,
  stop: (event: any) => boolean,
  timeoutMs = 60_000,
): Promise<any[]> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const res = await server.yoga.fetch('http://test/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: controller.signal,
  });
  const events: any[] = [];
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    outer: while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let i: number;
      while ((i = buffer.indexOf('\n\n')) >= 0) {
        const chunk = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const data = chunk
          .split('\n')
          .filter((l) => l.startsWith('data:'))
          .map((l) => l.slice(5).trim())
          .join('');
        if (!data) continue;
        const event = JSON.parse(data);
        events.push(event);
        if (stop(event)) break outer;
      }
    }
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return events;
}

const CREATE_SCENARIO = `mutation($input: CreateScenarioInput!) { createScenario(input: $input) { id } }`;
const SOLVE_SCENARIO = `mutation($id: Int!) { solveScenario(scenarioId: $id) { id } }`;

/** Creates a PO3106 scenario with `changes` as the planner, solves it and waits for the in-process queue; the plan id. */
export async function solvedScenario(
  api: { server: DekkendServer },
  token: string,
  name: string,
  changes: unknown[],
): Promise<number> {
  const s = await ok(api.server, CREATE_SCENARIO, { input: { regionCode: 'PO3106', name, changes } }, token);
  const id = (await ok(api.server, SOLVE_SCENARIO, { id: s.createScenario.id }, token)).solveScenario.id as number;
  await (api.server.queue as InProcessSolveQueue).idle();
  return id;
}
