/**
 * The one place where errors become GraphQL errors. An `AppError` keeps its
 * message and carries `extensions.code` and `extensions.issues` (field paths);
 * anything else is masked as INTERNAL with an id that is also logged.
 */
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import { AppError } from '@dekkend/domain';
import { isDatabaseUnavailable } from '@dekkend/db';

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

/** HTTP status for the codes where the transport can say more than 200 (yoga strips `extensions.http`). */
const HTTP_STATUS: Partial<Record<AppError['code'], number>> = { TOO_MANY_REQUESTS: 429, UNAVAILABLE: 503 };

export const databaseUnavailable = () =>
  new AppError('UNAVAILABLE', 'Database unavailable, try again in a moment. Nothing was changed.', [], 5);

/** The AppError an error stands for: itself, a wrapped one, or UNAVAILABLE for a lost database. */
export function appErrorOf(error: unknown): AppError | null {
  return findAppError(error) ?? (isDatabaseUnavailable(error) ? databaseUnavailable() : null);
}

function httpExtension(app: AppError) {
  const status = HTTP_STATUS[app.code];
  if (!status) return {};
  const headers = app.retryAfterSeconds ? { 'Retry-After': String(app.retryAfterSeconds) } : undefined;
  return { http: { status, headers } };
}

/**
 * By name, not instanceof: GraphQL's own errors may come from the other build of the
 * graphql package (CommonJS under yoga, ESM under a bundler), and a variable of the wrong
 * type must still read as the client's error, not as INTERNAL.
 */
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

export function createMaskError(logger: ErrorLogger) {
  return (error: unknown, message: string): Error => {
    const app = appErrorOf(error);
    const gql = isGraphQLError(error) ? error : null;
    if (app) {
      return new GraphQLError(app.message, {
        nodes: gql?.nodes,
        path: gql?.path,
        extensions: {
          code: app.code,
          issues: app.issues,
          ...(app.retryAfterSeconds ? { retryAfterSeconds: app.retryAfterSeconds } : {}),
          ...httpExtension(app),
        },
      });
    }
    // GraphQL's own errors (syntax, validation, variables, unknown field) are the client's, not secrets.
    let inner: unknown = gql;
    while (isGraphQLError(inner) && inner.originalError) inner = inner.originalError;
    if (gql && isGraphQLError(inner)) {
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
