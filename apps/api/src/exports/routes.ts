/**
 * Download routes for exports (same access rules as GraphQL). Credentials: the session
 * token in `Authorization: Bearer …`, or for a plain link `?ticket=` from
 * `issueTicket(purpose: EXPORT, planId)` (60 s, that plan only). A session token in the
 * URL is refused: URLs end up in logs.
 *   GET /export/plans/:id.csv[?table=flows|…|all]
 *   GET /export/plans/:id.geojson
 *   GET /export/plans/:id/gaps.geojson[?year=2029]
 */
import type { Express, Request, Response } from 'express';
import { AppError } from '@dekkend/domain';
import type { Database } from '@dekkend/db';
import { verifyToken } from '../auth/tokens.ts';
import { loadViewer } from '../auth/viewer.ts';
import { appErrorOf } from '../errors.ts';
import { belongsToRegion } from '../auth/access.ts';
import type { Context } from '../context.ts';
import { loadPlanFor } from '../services/plans/load-plan.ts';
import { hasResult } from '../planning/plan-status.ts';
import { archivedResult, CSV_TABLES, gapsGeoJson, planCsv, planGeoJson } from '../services/plans/plan-views.ts';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

/** Bearer session token, or an export ticket for exactly this plan. */
async function downloadViewer(req: Request, deps: { db: Database; secret: string }) {
  const bearer = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
  if (bearer) {
    const session = verifyToken(bearer, deps.secret, 'session');
    return session ? loadViewer(deps.db.prisma, session) : null;
  }
  const ticket = typeof req.query.ticket === 'string' ? verifyToken(req.query.ticket, deps.secret, 'export') : null;
  if (!ticket || ticket.plan !== Number(req.params.id)) return null;
  return loadViewer(deps.db.prisma, ticket);
}

export function mountExports(app: Express, deps: { db: Database; secret: string }): void {
  const handle =
    (fn: (req: Request, res: Response, ctx: Context) => Promise<void>) => async (req: Request, res: Response) => {
      try {
        const viewer = await downloadViewer(req, deps);
        await fn(req, res, { db: deps.db, prisma: deps.db.prisma, viewer } as Context);
      } catch (error) {
        const app = appErrorOf(error);
        if (app)
          res
            .status(STATUS[app.code] ?? 400)
            .json({ error: { code: app.code, message: app.message, issues: app.issues } });
        else {
          console.error('export failed', error);
          res.status(500).json({ error: { code: 'INTERNAL', message: 'export failed' } });
        }
      }
    };
  const planOf = async (req: Request, ctx: Context) => {
    const id = Number(req.params.id);
    if (!Number.isInteger(id)) throw AppError.invalid([{ path: 'id', reason: 'must be a plan id' }]);
    const plan = await loadPlanFor(ctx, id, 'read');
    if (!hasResult(plan.status)) throw new AppError('CONFLICT', `Plan ${id} has no result (${plan.status}).`);
    return { plan, member: belongsToRegion(ctx.viewer, plan.scenario.regionId) };
  };
  app.get(
    '/export/plans/:id.csv',
    handle(async (req, res, ctx) => {
      const { member, plan } = await planOf(req, ctx);
      if (!member) throw new AppError('FORBIDDEN', 'CSV export is for members of the region.');
      const table = typeof req.query.table === 'string' ? req.query.table : 'all';
      if (table !== 'all' && !(CSV_TABLES as readonly string[]).includes(table))
        throw AppError.invalid([{ path: 'table', reason: `must be all or one of ${CSV_TABLES.join(', ')}` }]);
      const row = await ctx.prisma.plan.findUniqueOrThrow({ where: { id: plan.id }, select: { archive: true } });
      const stored = archivedResult(row.archive);
      if (!stored) throw new AppError('CONFLICT', `Plan ${plan.id} has no archived result.`);
      const text = planCsv(stored, table)!;
      res.type('text/csv').attachment(`plan-${plan.id}-${table}.csv`).send(text);
    }),
  );
  app.get(
    '/export/plans/:id.geojson',
    handle(async (req, res, ctx) => {
      const { member, plan } = await planOf(req, ctx);
      res
        .type('application/geo+json')
        .attachment(`plan-${plan.id}.geojson`)
        .send(JSON.stringify(await planGeoJson(ctx.prisma, plan.id, member)));
    }),
  );
  app.get(
    '/export/plans/:id/gaps.geojson',
    handle(async (req, res, ctx) => {
      const { member, plan } = await planOf(req, ctx);
      const year = typeof req.query.year === 'string' ? Number(req.query.year) : undefined;
      if (year !== undefined && !Number.isInteger(year))
        throw AppError.invalid([{ path: 'year', reason: 'must be a year' }]);
      res
        .type('application/geo+json')
        .attachment(`plan-${plan.id}-gaps.geojson`)
        .send(JSON.stringify(await gapsGeoJson(ctx.prisma, plan.id, year, member)));
    }),
  );
}
