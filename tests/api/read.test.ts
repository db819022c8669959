/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON in these tests */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVIDERS } from '../support/test-database.ts';
import { fails, gql, loginAll, ok } from './helpers/client.ts';
import { startTestApi, type TestApi } from './helpers/server.ts';
import type { Who } from './helpers/fixture.ts';

describe.each(PROVIDERS)('reading the data (%s)', (provider) => {
  let api: TestApi;
  let tokens: Record<Who, string>;
  beforeAll(async () => {
    api = await startTestApi(provider);
    tokens = await loginAll(api.server);
  });
  afterAll(() => api?.close());

  it('answers health and reference counts without signing in', async () => {
    const d = await ok(api.server, '{ health { ok database queue } stats { regions gemeenten schools provisions } }');
    expect(d.health).toEqual({ ok: true, database: provider, queue: 'in-process' });
    expect(d.stats).toEqual({ regions: 2, gemeenten: 3, schools: 11, provisions: 4 });
  });

  it('serves /health, the GraphQL endpoint and a page when the web client is not built (express)', async () => {
    const { createServer } = await import('../../apps/api/src/server.ts');
    const s = createServer({
      db: api.db,
      redisUrl: null,
      authSecret: 'test-secret-0123456789',
      webDist: '/nonexistent',
      logger: { error() {}, info() {} },
    });
    const http = s.app.listen(0, '127.0.0.1');
    await new Promise((r) => http.once('listening', r));
    const { port } = http.address() as { port: number };
    try {
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(await health.json()).toMatchObject({
        ok: true,
        status: 'ok',
        database: provider,
        queue: 'in-process',
        problems: [],
      });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(await page.text()).toMatch(/not built/);
      const g = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { regions } }' }),
      });
      expect(await g.json()).toEqual({ data: { stats: { regions: 2 } } });
      const graphiql = await fetch(`http://127.0.0.1:${port}/graphql`, { headers: { accept: 'text/html' } });
      expect(await graphiql.text()).toMatch(/GraphiQL/i);
    } finally {
      http.close();
      await s.close();
    }
  });

  it('refuses everything else without a token, and a wrong password', async () => {
    expect((await fails(api.server, '{ regions { edges { node { code } } } }')).extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const e = await fails(api.server, 'mutation { login(email: "planner@po3106.test", password: "nope") { token } }');
    expect(e.extensions?.code).toBe('UNAUTHENTICATED');
    expect(e.message).toBe('Email or password is wrong.');
    const bad = await fails(api.server, '{ regions { edges { node { code } } } }', {}, 'forged.token');
    expect(bad.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('says who is signed in', async () => {
    const d = await ok(api.server, '{ me { email role regions { code } gemeente { code } } }', {}, tokens.gemeente);
    expect(d.me).toEqual({
      email: 'gemeente@brunssum.test',
      role: 'GEMEENTE',
      regions: [],
      gemeente: { code: 'GM0899' },
    });
  });

  it('lists regions with their gemeenten, schools (filtered, paginated) and pools', async () => {
    const d = await ok(
      api.server,
      `{ regions(sector: PO) { totalCount edges { node { code gemeenten { code } schools(first: 2, type: BAO) { totalCount pageInfo { hasNextPage endCursor } edges { node { vestigingscode supportProfiles { level category { code } } } } } specialistPools { code fte } } } } }`,
      {},
      tokens.ministry,
    );
    expect(d.regions.totalCount).toBe(2);
    const own = d.regions.edges[0].node;
    expect(own.code).toBe('PO3106');
    expect(own.gemeenten.map((g: any) => g.code)).toEqual(['GM0899', 'GM0917']);
    expect(own.schools.totalCount).toBe(4);
    expect(own.schools.edges).toHaveLength(2);
    expect(own.schools.pageInfo.hasNextPage).toBe(true);
    expect(own.schools.edges[0].node.supportProfiles.map((p: any) => p.category.code).sort()).toEqual([
      'gedrag',
      'leren',
    ]);
    const next = await ok(
      api.server,
      `query($after: String) { region(code: "PO3106") { schools(first: 10, after: $after, type: BAO) { edges { node { vestigingscode } } } } }`,
      { after: own.schools.pageInfo.endCursor },
      tokens.ministry,
    );
    expect(next.region.schools.edges).toHaveLength(2);
  });

  it('filters schools by region, gemeente, type and bounding box', async () => {
    const q = `query($a: String, $g: String, $t: SchoolType, $b: BBoxInput) { schools(regionCode: $a, gemeenteCode: $g, type: $t, bbox: $b, first: 100) { edges { node { vestigingscode type gemeente { code } } } } }`;
    const byRegion = await ok(api.server, q, { a: 'PO2701' }, tokens.planner);
    expect(byRegion.schools.edges).toHaveLength(5);
    const byGemeente = await ok(api.server, q, { g: 'GM0899', t: 'SBO' }, tokens.planner);
    expect(byGemeente.schools.edges.map((e: any) => e.node.vestigingscode)).toEqual(['90SB00']);
    const inBox = await ok(api.server, q, { b: { minLat: 52, minLon: 4, maxLat: 53, maxLon: 5.5 } }, tokens.planner);
    expect(inBox.schools.edges.every((e: any) => e.node.gemeente.code === 'GM0363')).toBe(true);
    const badBox = await fails(
      api.server,
      q,
      { b: { minLat: 53, minLon: 4, maxLat: 52, maxLon: 5.5 } },
      tokens.planner,
    );
    expect(badBox.extensions?.code).toBe('INVALID_INPUT');
    expect(badBox.extensions?.issues?.[0]?.path).toBe('bbox.minLat');
  });

  it('serves gemeenten with GeoJSON boundaries, provisions, areas and categories', async () => {
    // As the seed writes its split: the SO's gedrag places derived, its zml places (the fixture's) counted.
    await api.db.prisma.provisionCapacity.updateMany({
      where: { provision: { code: '91SO00' }, category: { code: 'gedrag' } },
      data: { derived: true, source: 'derived: split' },
    });
    const d = await ok(
      api.server,
      `{ gemeente(code: "GM0899") { name boundary poRegion { code } }
         gemeenten(regionCode: "PO3106") { edges { node { code } } }
         provisions(categoryCode: "zml") { edges { node { code rung totalPlaces capacities { places derived source category { code } } hostSchool { vestigingscode } } } }
         national: provisions(scope: NATIONAL) { edges { node { code region { code } } } }
         areas(gemeenteCode: "GM0917") { edges { node { pc4 gemeente { code } demand(categoryCode: "gedrag") { edges { node { year pupils { value suppressed } } } } } } }
         needCategories { code tier allowedSettings } }`,
      {},
      tokens.planner,
    );
    expect(d.gemeente.boundary.type).toBe('Polygon');
    expect(d.gemeente.poRegion.code).toBe('PO3106');
    expect(d.gemeenten.edges.map((e: any) => e.node.code)).toEqual(['GM0899', 'GM0917']);
    expect(d.provisions.edges.map((e: any) => e.node.code)).toEqual(['91SO00']);
    expect(d.provisions.edges[0].node.totalPlaces).toBe(14);
    expect(d.provisions.edges[0].node.capacities).toEqual([
      { places: 4, derived: true, source: 'derived: split', category: { code: 'gedrag' } },
      { places: 10, derived: false, source: null, category: { code: 'zml' } },
    ]);
    expect(d.national.edges).toEqual([{ node: { code: 'LV0001', region: null } }]);
    expect(d.areas.edges[0].node.demand.edges[0].node).toEqual({
      year: 2026,
      pupils: { value: 12, suppressed: false },
    });
    expect(d.needCategories.find((c: any) => c.code === 'zml').allowedSettings).toEqual([2, 4]);
  });

  it("suppresses pupil counts below 5 outside the viewer's own region", async () => {
    const q = `query($r: String) { demand(regionCode: $r, categoryCode: "zml") { edges { node { pupils { value suppressed } } } }
                 waitingLists(regionCode: $r) { edges { node { sinceMonth pupils { value suppressed } } } } }`;
    const own = await ok(api.server, q, { r: 'PO3106' }, tokens.planner);
    expect(own.demand.edges[0].node.pupils).toEqual({ value: 3, suppressed: false });
    expect(own.waitingLists.edges[0].node.pupils).toEqual({ value: 3, suppressed: false });
    const foreign = await ok(api.server, q, { r: 'PO3106' }, tokens.otherPlanner);
    expect(foreign.demand.edges[0].node.pupils).toEqual({ value: null, suppressed: true });
    const ministry = await ok(api.server, q, { r: 'PO2701' }, tokens.ministry);
    expect(ministry.waitingLists.edges.map((e: any) => e.node.pupils)).toEqual([
      { value: null, suppressed: true },
      { value: 7, suppressed: false },
    ]);
    const gemeente = await ok(api.server, q, { r: 'PO3106' }, tokens.gemeente);
    expect(gemeente.demand.edges[0].node.pupils.suppressed).toBe(false);
  });

  it('filters demand by year, sector and gemeente', async () => {
    const d = await ok(
      api.server,
      `{ demand(gemeenteCode: "GM0363", year: 2026, sector: PO) { totalCount: edges { node { category { code } } } } }`,
      {},
      tokens.otherPlanner,
    );
    expect(d.demand.totalCount.map((e: any) => e.node.category.code).sort()).toEqual(['gedrag', 'zml']);
    const none = await ok(api.server, `{ demand(year: 2031) { edges { node { id } } } }`, {}, tokens.otherPlanner);
    expect(none.demand.edges).toEqual([]);
  });

  it('limits query depth and masks unexpected errors', async () => {
    const deep = `{ regions { edges { node { schools { edges { node { gemeente { poRegion { schools { edges { node { gemeente { poRegion { schools { edges { node { name } } } } } } } } } } } } } } } } }`;
    const e = await fails(api.server, deep, {}, tokens.ministry);
    expect(e.extensions?.code).toBe('INVALID_INPUT');
    expect(e.message).toMatch(/too deep|too complex/);
    const bad = await gql(api.server, '{ nope }', {}, tokens.ministry);
    expect(bad.errors?.[0]?.message).toMatch(/Cannot query field/);
  });
});
