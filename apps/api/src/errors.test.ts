import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { AppError } from '@dekkend/domain';
import { createMaskError } from './errors.ts';

describe('error mapping', () => {
  const logged: string[] = [];
  const mask = createMaskError({ error: (m) => logged.push(m) });
  it('keeps an AppError with its code and field issues', () => {
    const wrapped = new GraphQLError('x', {
      originalError: AppError.invalid([{ path: 'input.name', reason: 'is required' }]),
    });
    const e = mask(wrapped, 'Unexpected error.') as GraphQLError;
    expect(e.message).toBe('Invalid input: input.name: is required');
    expect(e.extensions).toEqual({ code: 'INVALID_INPUT', issues: [{ path: 'input.name', reason: 'is required' }] });
  });
  it('masks anything else with an id that is logged', () => {
    const e = mask(
      new GraphQLError('db password is hunter2', { originalError: new Error('db password is hunter2') }),
      'Unexpected error.',
    ) as GraphQLError;
    expect(e.message).toMatch(/^Unexpected error\. \(error id [0-9a-f-]{36}\)$/);
    expect(e.extensions.code).toBe('INTERNAL');
    expect(logged.at(-1)).toContain(String(e.extensions.errorId));
  });
  it('turns a lost database into UNAVAILABLE (503, try again), not INTERNAL', () => {
    const lost = Object.assign(new Error('Invalid `prisma.scenario.update()` invocation'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { kind: 'DatabaseNotReachable' }),
    });
    const e = mask(new GraphQLError('x', { originalError: lost }), 'Unexpected error.') as GraphQLError;
    expect(e.message).toMatch(/^Database unavailable, try again/);
    expect(e.extensions).toMatchObject({ code: 'UNAVAILABLE', http: { status: 503, headers: { 'Retry-After': '5' } } });
  });
  it('answers too many attempts with HTTP 429 and Retry-After', () => {
    const e = mask(new AppError('TOO_MANY_REQUESTS', 'wait', [], 8), 'Unexpected error.') as GraphQLError;
    expect(e.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 8, http: { status: 429 } });
  });
});
