/**
 * Recognises errors that mean "the database is not there right now" (connection
 * refused or closed, server restarting, SQLite file gone, read-only or corrupt), as
 * opposed to a bad query. Callers turn them into "database unavailable, try again"
 * instead of an opaque internal error. Prisma wraps driver errors a few levels deep
 * (cause, meta.driverAdapterError), so the whole chain is searched.
 */
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'DatabaseDoesNotExist',
  'TlsConnectionError',
]);
const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_PATTERN =
  /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|connection (is )?closed|terminating connection|the database system is (starting up|shutting down)|Can't reach database|SQLITE_(READONLY|CANTOPEN|IOERR|CORRUPT|NOTADB|FULL)|attempt to write a readonly database|disk image is malformed|file is not a database|unable to open database|Cannot open database/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 20) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e)) continue;
    seen.add(e);
    const o = e as Record<string, unknown>;
    if (typeof o.kind === 'string' && UNAVAILABLE_KINDS.has(o.kind)) return true;
    if (typeof o.code === 'string' && (UNAVAILABLE_PRISMA_CODES.has(o.code) || UNAVAILABLE_PATTERN.test(o.code)))
      return true;
    if (typeof o.message === 'string' && UNAVAILABLE_PATTERN.test(o.message)) return true;
    if (o.name === 'PrismaClientInitializationError') return true;
    const meta = o.meta as Record<string, unknown> | undefined;
    queue.push(o.cause, o.originalError, meta?.driverAdapterError, meta?.cause);
  }
  return false;
}
