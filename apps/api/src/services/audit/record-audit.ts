/**
 * The audit trail: one `AuditEvent` row per write (scenario, change, housing project,
 * import, adoption) and per refused or locked sign-in. Written in the same transaction
 * as the write it describes where there is one, so a refused or failed write leaves no
 * event and a committed write always has one.
 */
import type { PrismaClient } from '@dekkend/db';
import type { Viewer } from '../../auth/viewer.ts';

/** A Prisma client or an interactive transaction client: both have `auditEvent`. */
type AuditWriter = Pick<PrismaClient, 'auditEvent'>;

export interface AuditEntry {
  action: string;
  entity: string;
  entityId?: string | number | null;
  regionId?: number | null;
  gemeenteId?: number | null;
  versionBefore?: number | null;
  versionAfter?: number | null;
  /** A short summary; never a password or a token. */
  detail?: Record<string, unknown>;
}

export interface AuditActor {
  viewer: Pick<Viewer, 'id' | 'email'> | null;
  clientAddress?: string | null;
}

const MAX_DETAIL_CHARS = 2000;

export async function recordAudit(db: AuditWriter, actor: AuditActor, entry: AuditEntry): Promise<void> {
  const detail = entry.detail ? JSON.stringify(entry.detail).slice(0, MAX_DETAIL_CHARS) : null;
  await db.auditEvent.create({
    data: {
      userId: actor.viewer?.id ?? null,
      actorEmail: actor.viewer?.email ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId == null ? null : String(entry.entityId),
      regionId: entry.regionId ?? null,
      gemeenteId: entry.gemeenteId ?? null,
      versionBefore: entry.versionBefore ?? null,
      versionAfter: entry.versionAfter ?? null,
      detail,
      clientAddress: actor.clientAddress ?? null,
    },
  });
}

/** Who is acting in this request. */
export const auditActor = (ctx: { viewer: Viewer | null; clientAddress?: string }): AuditActor => ({
  viewer: ctx.viewer,
  clientAddress: ctx.clientAddress ?? null,
});
