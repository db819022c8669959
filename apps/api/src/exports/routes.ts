/**
 * Download routes for exports (same access rules as GraphQL; token in
 * `Authorization: Bearer …` or `?token=`):
 *   GET /export/plans/:id.csv[?table=flows|…|all]
 *   GET /export/plans/:id.geojson
 *   GET /export/plans/:id/gaps.geojson[?year=2029]
 */
import type { Express, Request, Response } from 'express';
import { AppError } from '@dekkend/domain';
import type { Database } from '@dekkend/db';
import { verifyToken } from '../auth/tokens.ts';
import { loadViewer } from '../auth/viewer.ts';
import { belongsToRegion } from '../auth/access.ts';
import type { Context } from '../context.ts';
import { loadPlanFor } from '../services/plans/load-plan.ts';
import {
  CSV_TABLES,
  gapsGeoJson,
  planCsv,
  planCsvAll,
  planGeoJson,
  storedResult,
} from '../services/plans/plan-views.ts';

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  CONFLICT: 409,
};

export function mountExports(app: Express, deps: { db: Database; secret: string }): void {
  const handle =
    (fn: (req: Request, res: Response, ctx: Context) => Promise<void>) => async (req: Request, res: Response) => {
      try {
        const header = req.get('authorization') ?? '';
        const token =
          /^Bearer\s+(\S+)$/i.exec(header)?.[1] ?? (typeof req.query.token === 'string' ? req.query.token : undefined);
        const payload = token ? verifyToken(token, deps.secret) : null;
        const viewer = payload ? await loadViewer(deps.db.prisma, payload.sub) : null;
        await fn(req, res, { db: deps.db, prisma: deps.db.prisma, viewer } as Context);
      } catch (error) {
        if (error instanceof AppError)
          res
            .status(STATUS[error.code] ?? 400)
            .json({ error: { code: error.code, message: error.message, issues: error.issues } });
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
    const stored = storedResult(plan.result);
    if (!stored) throw new AppError('CONFLICT', `Plan ${id} has no result (${plan.status}).`);
    return { plan, stored, visible: belongsToRegion(ctx.viewer, plan.scenario.regionId) };
  };
  app.get(
    '/export/plans/:id.csv',
    handle(async (req, res, ctx) => {
      const { stored, visible, plan } = await planOf(req, ctx);
      if (!visible) throw new AppError('FORBIDDEN', 'CSV export is for members of the region.');
      const table = typeof req.query.table === 'string' ? req.query.table : 'all';
      if (table !== 'all' && !(CSV_TABLES as readonly string[]).includes(table))
        throw AppError.invalid([{ path: 'table', reason: `must be all or one of ${CSV_TABLES.join(', ')}` }]);
      const text = table === 'all' ? planCsvAll(stored) : planCsv(stored, table)!;
      res.type('text/csv').attachment(`plan-${plan.id}-${table}.csv`).send(text);
    }),
  );
  app.get(
    '/export/plans/:id.geojson',
    handle(async (req, res, ctx) => {
      const { stored, visible, plan } = await planOf(req, ctx);
      res
        .type('application/geo+json')
        .attachment(`plan-${plan.id}.geojson`)
        .send(JSON.stringify(planGeoJson(stored, visible)));
    }),
  );
  app.get(
    '/export/plans/:id/gaps.geojson',
    handle(async (req, res, ctx) => {
      const { stored, visible, plan } = await planOf(req, ctx);
      const year = typeof req.query.year === 'string' ? Number(req.query.year) : undefined;
      if (year !== undefined && !Number.isInteger(year))
        throw AppError.invalid([{ path: 'year', reason: 'must be a year' }]);
      res
        .type('application/geo+json')
        .attachment(`plan-${plan.id}-gaps.geojson`)
        .send(JSON.stringify(gapsGeoJson(stored, year, visible)));
    }),
  );
}
