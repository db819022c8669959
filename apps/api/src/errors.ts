/**
 * The one place where errors become GraphQL errors. An `AppError` keeps its
 * message and carries `extensions.code` and `extensions.issues` (field paths);
 * anything else is masked as INTERNAL with an id that is also logged.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { AppError } from '@dekkend/domain';

export interface ErrorLogger {
  error(message: string, details?: unknown): void;
}

function findAppError(error: unknown): AppError | null {
  let current: unknown = error;
  for (let i = 0; i < 5 && current; i++) {
    if (current instanceof AppError) return current;
    if (current instanceof Error && (current as { name?: string }).name === 'AppError' && 'code' in current)
      return current as AppError;
    current = (current as { originalError?: unknown }).originalError ?? (current as { cause?: unknown }).cause;
  }
  return null;
}

export function createMaskError(logger: ErrorLogger) {
  return (error: unknown, message: string): Error => {
    const app = findAppError(error);
    const gql = error instanceof GraphQLError ? error : null;
    if (app) {
      return new GraphQLError(app.message, {
        nodes: gql?.nodes,
        path: gql?.path,
        extensions: { code: app.code, issues: app.issues },
      });
    }
    // GraphQL's own errors (syntax, validation, variables, unknown field) are the client's, not secrets.
    let inner: unknown = gql;
    while (inner instanceof GraphQLError && inner.originalError) inner = inner.originalError;
    if (gql && inner instanceof GraphQLError) {
      return new GraphQLError(gql.message, {
        nodes: gql.nodes,
        path: gql.path,
        extensions: { ...gql.extensions, code: 'INVALID_INPUT' },
      });
    }
    const errorId = randomUUID();
    logger.error(`[${errorId}] unexpected error`, (gql?.originalError ?? error) as Error);
    return new GraphQLError(`${message} (error id ${errorId})`, {
      nodes: gql?.nodes,
      path: gql?.path,
      extensions: { code: 'INTERNAL', errorId },
    });
  };
}
