/** One error type for the whole product; the transport maps `code` once. */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'INFEASIBLE',
  /** Too many attempts (failed sign-ins, queued solves): try again later. */
  'TOO_MANY_REQUESTS',
  /** A dependency (the database) is down: nothing was changed, try again. */
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A problem with one field of one item: "provisions[3].capacity: must be ≥ 0". */
export interface FieldIssue {
  /** Dotted path to the offending field, e.g. `categories[2].allowedSettings`. */
  path: string;
  reason: string;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    /** For TOO_MANY_REQUESTS / UNAVAILABLE: when trying again makes sense. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static invalid(issues: FieldIssue[], what = 'input'): AppError {
    const head = issues
      .slice(0, 20)
      .map((i) => `${i.path}: ${i.reason}`)
      .join('; ');
    const more = issues.length > 20 ? ` (and ${issues.length - 20} more)` : '';
    return new AppError('INVALID_INPUT', `Invalid ${what}: ${head}${more}`, issues);
  }
}
