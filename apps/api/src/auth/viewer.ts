import type { PrismaClient } from '@dekkend/db';
import { verifyToken } from './tokens.ts';

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

export async function loadViewer(prisma: PrismaClient, userId: number): Promise<Viewer | null> {
  const user = await prisma.user.findUnique({
    where: { id: userId },
    include: { regions: true, gemeente: true },
  });
  if (!user) return null;
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

/** Viewer from an `Authorization: Bearer <token>` header; null when absent or invalid. */
export async function viewerFromRequest(
  request: Request,
  prisma: PrismaClient,
  secret: string,
): Promise<Viewer | null> {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  let token = match?.[1];
  if (!token) {
    // EventSource cannot set headers: subscriptions may pass the token as ?token=
    const url = new URL(request.url, 'http://localhost');
    token = url.searchParams.get('token') ?? undefined;
  }
  if (!token) return null;
  const payload = verifyToken(token, secret);
  return payload ? loadViewer(prisma, payload.sub) : null;
}
