/**
 * The Pothos schema builder: plugins and their options only, no types.
 * Types live in `schema/<entity>.ts`; see schema/index.ts.
 */
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ComplexityPlugin from '@pothos/plugin-complexity';
import { AppError } from '@dekkend/domain';
import { getDatamodel, type PrismaTypes } from '@dekkend/db';
import type { Context } from './context.ts';
import type { Role } from './auth/viewer.ts';
import { hasRole, SIGN_IN_FIRST } from './auth/access.ts';

/**
 * Query limits (depth, breadth, complexity); kept generous for the map client, whose every document
 * must fit them (tests/e2e/schema-contract.test.ts): the ministry's plan view selects 81 fields.
 */
export const QUERY_LIMITS = { depth: 12, breadth: 120, complexity: 25_000 };

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  AuthScopes: { signedIn: boolean; role: Role };
  Scalars: {
    JSON: { Input: unknown; Output: unknown };
    DateTime: { Input: Date; Output: Date };
  };
}>({
  defaultFieldNullability: false,
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ComplexityPlugin],
  prisma: {
    client: (ctx) => ctx.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: true,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
  },
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: ctx.viewer !== null,
      role: (role) => hasRole(ctx.viewer, role),
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new AppError('FORBIDDEN', 'Your role may not use this field.')
        : new AppError('UNAUTHENTICATED', SIGN_IN_FIRST),
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    limit: QUERY_LIMITS,
    complexityError: (kind, result) => {
      const key = kind.toLowerCase() as 'depth' | 'breadth' | 'complexity';
      const max = { depth: result.maxDepth, breadth: result.maxBreadth, complexity: result.maxComplexity }[key];
      return new AppError(
        'INVALID_INPUT',
        `Query too ${key === 'depth' ? 'deep' : key === 'breadth' ? 'broad' : 'complex'}: ${key} ${result[key]} exceeds the limit ${max}`,
        [{ path: 'query', reason: `${key} limit exceeded` }],
      );
    },
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
