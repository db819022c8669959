import { getOperationAST, parse } from 'graphql';
import type { PrismaClient } from '@dekkend/db';
import { verifyToken, type TokenPayload } from './tokens.ts';

export type Role = 'REGION_PLANNER' | 'GEMEENTE' | 'MINISTRY';

/** The signed-in user as access checks need it; re-read from the database per request. */
export interface Viewer {
  id: number;
  email: string;
  name: string;
  role: Role;
  /** Region planner: regions it edits. Gemeente: the PO and VO regions of its municipality. */
  regionIds: number[];
  /** Gemeente users only. */
  gemeenteId: number | null;
}

/** The token's user, if it still exists and the token was not revoked (older token version). */
export async function loadViewer(
  prisma: PrismaClient,
  token: Pick<TokenPayload, 'sub' | 'ver'>,
): Promise<Viewer | null> {
  const user = await prisma.user.findUnique({
    where: { id: token.sub },
    include: { regions: true, gemeente: true },
  });
  if (!user || user.tokenVersion !== token.ver) return null;
  let regionIds = user.regions.map((r) => r.regionId);
  if (user.role === 'GEMEENTE' && user.gemeente) {
    regionIds = [user.gemeente.poRegionId, user.gemeente.voRegionId].filter((id): id is number => id != null);
  }
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role as Role,
    regionIds,
    gemeenteId: user.gemeenteId,
  };
}

/**
 * Viewer from an `Authorization: Bearer <session token>` header. A session token in the
 * URL is never accepted (URLs end up in logs); an EventSource, which cannot set
 * headers, passes a short-lived `?ticket=` of purpose `sse` instead (`issueTicket`).
 */
export async function viewerFromRequest(
  request: Request,
  prisma: PrismaClient,
  secret: string,
  operation: { query?: string; operationName?: string | null } = {},
): Promise<Viewer | null> {
  const header = request.headers.get('authorization') ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  if (bearer) {
    const payload = verifyToken(bearer, secret, 'session');
    return payload ? loadViewer(prisma, payload) : null;
  }
  const wantsStream = (request.headers.get('accept') ?? '').includes('text/event-stream');
  const ticket = wantsStream ? new URL(request.url, 'http://localhost').searchParams.get('ticket') : null;
  const payload = ticket ? verifyToken(ticket, secret, 'sse') : null;
  return payload && isSubscription(operation) ? loadViewer(prisma, payload) : null;
}

/** A stream ticket opens subscriptions only, not queries or mutations sent over SSE. */
function isSubscription(operation: { query?: string; operationName?: string | null }): boolean {
  try {
    const document = parse(operation.query ?? '');
    return getOperationAST(document, operation.operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false;
  }
}
