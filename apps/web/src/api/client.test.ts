import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, createSseParser, gql, isSchemaMismatch, request, subscribe, toApiError } from './client.ts';

afterEach(() => vi.unstubAllGlobals());

describe('SSE parsing', () => {
  it('splits events across arbitrary chunk boundaries', () => {
    const events: [string, string][] = [];
    const feed = createSseParser((e, d) => events.push([e, d]));
    feed(': keep-alive\n\nevent: next\ndata: {"data":');
    feed('{"x":1}}\n\nevent: next\r\ndata: {"data":{"x":2}}\r\n\r\nevent: complete\ndata:\n\n');
    expect(events).toEqual([
      ['next', '{"data":{"x":1}}'],
      ['next', '{"data":{"x":2}}'],
      ['complete', ''],
    ]);
  });
});

describe('errors', () => {
  it('keeps the code, field issues and error id', () => {
    const e = toApiError([
      {
        message: 'Invalid',
        extensions: { code: 'INVALID_INPUT', issues: [{ path: 'input.year', reason: 'must be a year' }] },
      },
    ]);
    expect(e).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'input.year', reason: 'must be a year' }] });
    expect(toApiError([{ message: 'x', extensions: { code: 'INTERNAL', errorId: 'id-1' } }]).errorId).toBe('id-1');
    expect(toApiError([{ message: 'x', extensions: { code: 'SOMETHING_ELSE' } }]).code).toBe('INTERNAL');
    expect(isSchemaMismatch(new ApiError('INVALID_INPUT', 'Cannot query field "foo" on type "Query".'))).toBe(true);
  });
  it('a network failure is NETWORK, not a crash', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('fetch failed'))),
    );
    await expect(request(gql('{ health { ok } }'))).rejects.toMatchObject({ code: 'NETWORK' });
  });
});

describe('subscriptions over server-sent events', () => {
  it('delivers each event, then completes', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        const enc = new TextEncoder();
        c.enqueue(enc.encode('event: next\ndata: {"data":{"solveProgress":{"fraction":0.1}}}\n\n'));
        c.enqueue(
          enc.encode('event: next\ndata: {"data":{"solveProgress":{"fraction":1}}}\n\nevent: complete\ndata:\n\n'),
        );
        c.close();
      },
    });
    const fetchMock = vi.fn(
      async () => new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const got: number[] = [];
    await new Promise<void>((done, fail) =>
      subscribe(
        gql<{ solveProgress: { fraction: number } }, { planId: number }>(
          'subscription($planId:Int!){ solveProgress(planId:$planId){ fraction } }',
        ),
        { planId: 1 },
        {
          next: (d) => got.push(d.solveProgress.fraction),
          error: fail,
          complete: done,
        },
      ),
    );
    expect(got).toEqual([0.1, 1]);
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>).accept).toBe('text/event-stream');
  });
});
