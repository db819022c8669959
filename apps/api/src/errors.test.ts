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
});
