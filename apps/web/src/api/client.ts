/**
 * The one GraphQL client: typed documents over fetch, errors as `ApiError`
 * (code + field issues from `extensions`), subscriptions over server-sent
 * events (graphql-yoga's built-in: POST with `Accept: text/event-stream`).
 */

/** A GraphQL document tagged with its result and variables types. */
export interface Doc<TData, TVars extends Record<string, unknown> = Record<string, never>> {
  query: string;
  /** Phantom fields; never set. */
  readonly __data?: TData;
  readonly __vars?: TVars;
}

export function gql<TData, TVars extends Record<string, unknown> = Record<string, never>>(
  query: string,
): Doc<TData, TVars> {
  return { query };
}

/**
 * A document from the generated `graphql()` (src/generated, GraphQL Code Generator) as a `Doc`:
 * its result and variables types come from apps/api/schema.graphql.
 */
export function typed<TData, TVars extends Record<string, unknown>>(doc: {
  toString(): string;
  __apiType?: (variables: TVars) => TData;
}): Doc<TData, TVars> {
  return { query: doc.toString() };
}

export type ErrorCode =
  | 'INVALID_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'INFEASIBLE'
  | 'INTERNAL'
  | 'NETWORK'
  | 'ABORTED';

export interface FieldIssue {
  path: string;
  reason: string;
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    readonly errorId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface RawError {
  message: string;
  extensions?: { code?: string; issues?: FieldIssue[]; errorId?: string };
}

const KNOWN: ErrorCode[] = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INFEASIBLE',
  'INTERNAL',
];

export function toApiError(errors: RawError[]): ApiError {
  const first = errors[0] ?? { message: 'Unknown error' };
  const raw = first.extensions?.code ?? 'INTERNAL';
  const code: ErrorCode = (KNOWN as string[]).includes(raw)
    ? (raw as ErrorCode)
    : raw === 'GRAPHQL_VALIDATION_FAILED' || raw === 'BAD_USER_INPUT'
      ? 'INVALID_INPUT'
      : 'INTERNAL';
  const issues = errors.flatMap((e) => e.extensions?.issues ?? []);
  return new ApiError(code, errors.map((e) => e.message).join('; '), issues, first.extensions?.errorId);
}

/** True when the server's schema lacks a field or argument this client asks for (API still being built). */
export function isSchemaMismatch(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.code === 'INVALID_INPUT' &&
    /Cannot query field|Unknown argument|Unknown type|Unknown field/.test(error.message)
  );
}

const TOKEN_KEY = 'dekkend.token';
let token: string | null = typeof localStorage !== 'undefined' ? localStorage.getItem(TOKEN_KEY) : null;
const unauthenticatedListeners = new Set<() => void>();

export function getToken(): string | null {
  return token;
}

export function setToken(next: string | null): void {
  token = next;
  if (typeof localStorage === 'undefined') return;
  if (next) localStorage.setItem(TOKEN_KEY, next);
  else localStorage.removeItem(TOKEN_KEY);
}

/** Called when the server says the session is gone (expired token). */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export const GRAPHQL_URL = '/graphql';

function headers(accept: string): Record<string, string> {
  const h: Record<string, string> = { 'content-type': 'application/json', accept };
  if (token) h.authorization = `Bearer ${token}`;
  return h;
}

export async function request<TData, TVars extends Record<string, unknown>>(
  doc: Doc<TData, TVars>,
  variables?: TVars,
  opts: { signal?: AbortSignal } = {},
): Promise<TData> {
  let res: Response;
  try {
    res = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: headers('application/graphql-response+json, application/json'),
      body: JSON.stringify({ query: doc.query, variables: variables ?? {} }),
      signal: opts.signal,
      credentials: 'same-origin',
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw new ApiError('ABORTED', 'aborted');
    throw new ApiError('NETWORK', (e as Error).message);
  }
  let body: { data?: TData | null; errors?: RawError[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new ApiError(res.status >= 500 ? 'NETWORK' : 'INTERNAL', `HTTP ${res.status}`);
  }
  if (body.errors?.length) {
    const error = toApiError(body.errors);
    if (error.code === 'UNAUTHENTICATED' && token) for (const l of unauthenticatedListeners) l();
    throw error;
  }
  if (!body.data) throw new ApiError('INTERNAL', `HTTP ${res.status}: no data`);
  return body.data;
}

/** Parses an SSE byte stream into `data:` payloads per event (exported for tests). */
export function createSseParser(onEvent: (event: string, data: string) => void) {
  let buffer = '';
  return (chunk: string) => {
    buffer += chunk.replace(/\r\n/g, '\n');
    let idx: number;
    while ((idx = buffer.indexOf('\n\n')) !== -1) {
      const block = buffer.slice(0, idx);
      buffer = buffer.slice(idx + 2);
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue;
        const colon = line.indexOf(':');
        const field = colon === -1 ? line : line.slice(0, colon);
        const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
        if (field === 'event') event = value;
        else if (field === 'data') data.push(value);
      }
      if (data.length || event !== 'message') onEvent(event, data.join('\n'));
    }
  };
}

export interface SubscriptionHandlers<TData> {
  next(data: TData): void;
  error(error: ApiError): void;
  complete(): void;
}

/** Subscribes over SSE; returns an unsubscribe function. */
export function subscribe<TData, TVars extends Record<string, unknown>>(
  doc: Doc<TData, TVars>,
  variables: TVars,
  handlers: SubscriptionHandlers<TData>,
): () => void {
  const controller = new AbortController();
  let done = false;
  const finish = (fn: () => void) => {
    if (done) return;
    done = true;
    fn();
  };
  (async () => {
    let res: Response;
    try {
      res = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: headers('text/event-stream'),
        body: JSON.stringify({ query: doc.query, variables }),
        signal: controller.signal,
        credentials: 'same-origin',
      });
    } catch (e) {
      if ((e as Error).name !== 'AbortError')
        finish(() => handlers.error(new ApiError('NETWORK', (e as Error).message)));
      return;
    }
    if (!res.ok || !res.body) {
      let err = new ApiError('NETWORK', `HTTP ${res.status}`);
      try {
        const body = (await res.json()) as { errors?: RawError[] };
        if (body.errors?.length) err = toApiError(body.errors);
      } catch {
        /* keep the HTTP error */
      }
      finish(() => handlers.error(err));
      return;
    }
    const parse = createSseParser((event, data) => {
      if (done) return;
      if (event === 'complete') {
        finish(() => handlers.complete());
        return;
      }
      if (!data) return;
      try {
        const payload = JSON.parse(data) as { data?: TData; errors?: RawError[] };
        if (payload.errors?.length) finish(() => handlers.error(toApiError(payload.errors!)));
        else if (payload.data) handlers.next(payload.data);
      } catch {
        /* ignore keep-alive or malformed lines */
      }
    });
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { value, done: end } = await reader.read();
        if (end) break;
        parse(value);
      }
      finish(() => handlers.complete());
    } catch (e) {
      if ((e as Error).name !== 'AbortError')
        finish(() => handlers.error(new ApiError('NETWORK', (e as Error).message)));
    }
  })();
  return () => {
    done = true;
    controller.abort();
  };
}

/** Downloads a file from the API (exports), with the session token; returns its text. */
export async function fetchText(url: string): Promise<{ text: string; contentType: string; filename: string | null }> {
  const res = await fetch(url, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
    credentials: 'same-origin',
  });
  if (!res.ok)
    throw new ApiError(
      res.status === 403
        ? 'FORBIDDEN'
        : res.status === 401
          ? 'UNAUTHENTICATED'
          : res.status === 404
            ? 'NOT_FOUND'
            : 'NETWORK',
      `HTTP ${res.status}`,
    );
  const cd = res.headers.get('content-disposition') ?? '';
  const m = /filename="?([^";]+)"?/.exec(cd);
  return {
    text: await res.text(),
    contentType: res.headers.get('content-type') ?? 'text/plain',
    filename: m?.[1] ?? null,
  };
}
