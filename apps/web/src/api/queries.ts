/**
 * Every GraphQL document the client sends, and the mapping of the API's
 * answers onto the view models (model.ts). Each document is a `graphql(…)` literal whose answer
 * and variables types GraphQL Code Generator writes to src/generated from apps/api/schema.graphql
 * (`npm run codegen -w apps/web`; the web build runs it, and src/api/generated.test.ts fails when
 * the files are stale).
 */
import { useMemo } from 'react';
import { request, typed } from './client.ts';
import { graphql } from '../generated/gql.ts';
import type {
  CategoriesQuery,
  ComparePlansQuery,
  CreateHousingMutation,
  NationalOverviewQuery,
  PlanCoverageQuery,
  PlanQuery,
  PlanUtilisationQuery,
  RegionAdoptionsQuery,
  RegionProvisionsQuery,
  RegionSchoolsQuery,
  PlanSummaryFieldsFragment,
  ScenarioFieldsFragment,
  UserFieldsFragment,
} from '../generated/graphql.ts';
import { useAsync, useQuery, type QueryState } from './hooks.ts';
import { isFinished } from '../lib/planStatus.ts';
import type {
  Area,
  Category,
  HousingProject,
  GemeenteShape,
  Coverage,
  Plan,
  PlanFigures,
  PlanSummary,
  Provision,
  RegionData,
  Scenario,
  School,
  SpecialistPool,
  Viewer,
} from './model.ts';
import type { CountInput } from '../lib/suppression.ts';
import { fromChangePayload } from './scenario-changes.ts';

// ---------------------------------------------------------------- helpers

interface Connection<T> {
  edges: { node: T }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
  totalCount?: number;
}

export function nodes<T>(c: Connection<T> | T[] | null | undefined): T[] {
  if (!c) return [];
  if (Array.isArray(c)) return c;
  return c.edges.map((e) => e.node);
}

/** A GeoJSON geometry the API sends in its `JSON` scalar (boundaries, region shapes). */
const geometryOf = (value: unknown): GeoJSON.Geometry | null => (value ?? null) as GeoJSON.Geometry | null;

const TIER: Record<string, string> = {
  BASIS: 'basis',
  EXTRA: 'extra',
  REGIONAL_SPECIALIST: 'regional-specialist',
  NATIONAL_SPECIALIST: 'national-specialist',
};

// ---------------------------------------------------------------- session

type ApiUser = UserFieldsFragment;

graphql(`
  fragment UserFields on User {
    id
    email
    name
    role
    gemeente {
      code
      name
    }
    regions {
      code
      name
    }
  }
`);

export const LOGIN = typed(
  graphql(`
    mutation Login($email: String!, $password: String!) {
      login(email: $email, password: $password) {
        token
        expiresAt
        user {
          ...UserFields
        }
      }
    }
  `),
);

export const ME = typed(
  graphql(`
    query Me {
      me {
        ...UserFields
      }
    }
  `),
);

export function toViewer(u: ApiUser): Viewer {
  return {
    id: String(u.id),
    email: u.email,
    name: u.name,
    role: u.role,
    regionCodes: u.regions.map((r) => r.code),
    gemeenteCode: u.gemeente?.code ?? null,
    gemeenteName: u.gemeente?.name ?? null,
  };
}

// ---------------------------------------------------------------- catalogue

type ApiCategory = CategoriesQuery['needCategories'][number];

export const CATEGORIES = typed(
  graphql(`
    query Categories {
      needCategories {
        code
        nameNl
        nameEn
        tier
        allowedSettings
        source
      }
    }
  `),
);

export function toCategory(c: ApiCategory): Category {
  const tier = TIER[c.tier] ?? c.tier.toLowerCase();
  return {
    code: c.code,
    name: { nl: c.nameNl, en: c.nameEn },
    tier,
    allocated: tier !== 'basis',
    allowedSettings: c.allowedSettings,
    source: c.source,
  };
}

export function useCategories(): QueryState<Category[]> {
  const q = useQuery(CATEGORIES, {});
  const data = useMemo(() => q.data?.needCategories.map(toCategory), [q.data]);
  return { ...q, data };
}

// ---------------------------------------------------------------- region

type ApiSchool = NonNullable<RegionSchoolsQuery['region']>['schools']['edges'][number]['node'];

export function toSchool(s: ApiSchool): School {
  return {
    code: s.vestigingscode,
    name: s.name,
    type: s.type,
    sector: s.sector,
    lat: s.lat,
    lon: s.lon,
    pupils: s.pupils,
    accessible: s.accessible,
    place: s.place,
    gemeenteCode: s.gemeente?.code ?? null,
    profile: (s.supportProfiles ?? []).map((p) => ({ category: p.category.code, level: p.level })),
  };
}

export type ApiProvision = NonNullable<RegionProvisionsQuery['region']>['provisions']['edges'][number]['node'];

export function toProvision(p: ApiProvision): Provision {
  const capacity = Object.fromEntries(p.capacities.map((c) => [c.category.code, c.places]));
  return {
    code: p.code,
    name: p.name,
    rung: p.rung,
    scope: p.scope,
    lat: p.lat,
    lon: p.lon,
    accessible: p.accessible,
    synthetic: p.synthetic,
    isCandidate: p.isCandidate,
    groupSize: p.groupSize,
    costPerPlace: p.costPerPlace,
    hostSchoolCode: p.hostSchool?.vestigingscode ?? null,
    capacity,
    derivedCapacity: Object.fromEntries(
      p.capacities.filter((c) => c.derived).map((c) => [c.category.code, c.source ?? '']),
    ),
    totalPlaces: Object.values(capacity).reduce((s, v) => s + v, 0),
    waiting: (p.waitingList ?? []).map((w) => ({
      category: w.category.code,
      sinceMonth: w.sinceMonth,
      pupils: w.pupils,
    })),
  };
}

const REGION_BASE = typed(
  graphql(`
    query RegionBase($code: String!) {
      region(code: $code) {
        code
        name
        sector
        gemeenten {
          code
          name
          boundary
          areas {
            pc4
            lat
            lon
          }
        }
        specialistPools {
          code
          kind
          fte
          synthetic
        }
        waitingList {
          value
          suppressed
        }
      }
    }
  `),
);

const REGION_SCHOOLS = typed(
  graphql(`
    query RegionSchools($code: String!, $after: String) {
      region(code: $code) {
        schools(first: 500, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              vestigingscode
              name
              type
              sector
              lat
              lon
              pupils
              accessible
              place
              gemeente {
                code
              }
              supportProfiles {
                level
                category {
                  code
                }
              }
            }
          }
        }
      }
    }
  `),
);

const REGION_PROVISIONS = typed(
  graphql(`
    query RegionProvisions($code: String!, $after: String) {
      region(code: $code) {
        provisions(first: 500, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              code
              name
              rung
              scope
              lat
              lon
              accessible
              synthetic
              isCandidate
              groupSize
              costPerPlace
              hostSchool {
                vestigingscode
              }
              capacities {
                places
                derived
                source
                category {
                  code
                }
              }
              waitingList {
                sinceMonth
                pupils {
                  value
                  suppressed
                }
                category {
                  code
                }
              }
            }
          }
        }
      }
    }
  `),
);

/** Follows a connection's pages to the end. */
async function allPages<T>(
  fetchPage: (after: string | null) => Promise<Connection<T> | null | undefined>,
  signal?: AbortSignal,
): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    if (signal?.aborted) break;
    const page: Connection<T> | null | undefined = await fetchPage(after);
    if (!page) break;
    out.push(...nodes(page));
    if (!page.pageInfo?.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return out;
}

export async function loadRegion(code: string, signal?: AbortSignal): Promise<RegionData | null> {
  const [base, schools, provisions] = await Promise.all([
    request(REGION_BASE, { code }, { signal }),
    allPages(async (after) => (await request(REGION_SCHOOLS, { code, after }, { signal })).region?.schools, signal),
    allPages(
      async (after) => (await request(REGION_PROVISIONS, { code, after }, { signal })).region?.provisions,
      signal,
    ),
  ]);
  const r = base.region;
  if (!r) return null;
  const gemeenten: GemeenteShape[] = r.gemeenten.map((g) => ({
    code: g.code,
    name: g.name,
    boundary: geometryOf(g.boundary),
  }));
  const areas: Area[] = r.gemeenten.flatMap((g) =>
    (g.areas ?? [])
      .filter((a) => a.lat != null && a.lon != null)
      .map((a) => ({ pc4: a.pc4, lat: a.lat!, lon: a.lon!, gemeenteCode: g.code })),
  );
  const pools: SpecialistPool[] = r.specialistPools.map((p) => ({
    code: p.code,
    kind: p.kind,
    fte: p.fte,
    synthetic: p.synthetic,
  }));
  return {
    code: r.code,
    name: r.name,
    sector: r.sector,
    gemeenten,
    schools: schools.map(toSchool),
    provisions: provisions.map(toProvision),
    pools,
    areas,
    // Value null and not suppressed: no waiting list was ever imported ("no data", not 0).
    waitingListImported: r.waitingList.value !== null || r.waitingList.suppressed,
  };
}

// ---------------------------------------------------------------- demand

export interface DemandRow {
  pc4: string;
  gemeenteCode: string | null;
  pupils: CountInput;
  /** COUNTED, ESTIMATED or PROJECTED (a later year continued with the category's DUO trend). */
  source: DemandSource;
}

export type DemandSource = 'COUNTED' | 'ESTIMATED' | 'PROJECTED';

const DEMAND_PAGE = typed(
  graphql(`
    query Demand($regionCode: String!, $categoryCode: String!, $year: Int!, $after: String) {
      demand(regionCode: $regionCode, categoryCode: $categoryCode, year: $year, first: 500, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            source
            pupils {
              value
              suppressed
            }
            area {
              pc4
              gemeente {
                code
              }
            }
          }
        }
      }
    }
  `),
);

export async function loadDemand(
  regionCode: string,
  categoryCode: string,
  year: number,
  signal?: AbortSignal,
): Promise<DemandRow[]> {
  const rows = await allPages(
    async (after) => (await request(DEMAND_PAGE, { regionCode, categoryCode, year, after }, { signal })).demand,
    signal,
  );
  return rows.map((d) => ({
    pc4: d.area.pc4,
    gemeenteCode: d.area.gemeente?.code ?? null,
    pupils: d.pupils,
    source: d.source,
  }));
}

// ---------------------------------------------------------------- scenarios and plans

graphql(`
  fragment PlanSummaryFields on Plan {
    id
    status
    createdAt
    finishedAt
    scenarioVersion
    error
  }
`);

graphql(`
  fragment ScenarioFields on Scenario {
    id
    name
    description
    version
    region {
      code
    }
    changes {
      id
      position
      kind
      ...ChangePayloadFields
    }
    latestPlan {
      ...PlanSummaryFields
    }
  }
`);

type ApiPlanSummary = PlanSummaryFieldsFragment;
type ApiScenario = ScenarioFieldsFragment;

export function toPlanSummary(p: ApiPlanSummary): PlanSummary {
  return {
    id: String(p.id),
    status: p.status,
    createdAt: p.createdAt,
    finishedAt: p.finishedAt,
    scenarioVersion: p.scenarioVersion,
    error: p.error,
  };
}

export function toScenario(s: ApiScenario): Scenario {
  return {
    id: String(s.id),
    name: s.name,
    description: s.description,
    version: s.version,
    regionCode: s.region?.code ?? null,
    changes: [...s.changes]
      .sort((a, b) => a.position - b.position)
      .map((c) => ({ ...c, id: String(c.id), payload: fromChangePayload(c.kind, c.payload) })),
    latestPlan: s.latestPlan ? toPlanSummary(s.latestPlan) : null,
  };
}

export const SCENARIOS = typed(
  graphql(`
    query Scenarios($regionCode: String!) {
      scenarios(regionCode: $regionCode, first: 200) {
        edges {
          node {
            ...ScenarioFields
          }
        }
      }
    }
  `),
);

export function useScenarios(regionCode: string | null): QueryState<Scenario[]> {
  const q = useQuery(SCENARIOS, { regionCode: regionCode ?? '' }, { skip: !regionCode });
  // Oldest first, so the list reads in the order the planner made them.
  const data = useMemo(
    () =>
      q.data
        ? nodes(q.data.scenarios)
            .map(toScenario)
            .sort((a, b) => Number(a.id) - Number(b.id))
        : undefined,
    [q.data],
  );
  return { ...q, data };
}

graphql(`
  fragment PlanActionFields on PlanAction {
    kind
    year
    target
    category
    quantity
    cost
    runningCostPerYear
    outright
    description
  }
`);

graphql(`
  fragment PlacedByRungValues on PlacedByRung {
    rung1 {
      value
    }
    rung2 {
      value
    }
    rung3 {
      value
    }
    rung4 {
      value
    }
    rung5 {
      value
    }
  }
`);

graphql(`
  fragment PlanMovementFields on PlanYearMovement {
    entrants
    waitingAtStart
    returned
    followUpHoursPerWeek
    onward
    expectedWaitYears
  }
`);

/**
 * A plan as the plan tab, the map and the exports read it, for members of the region and for
 * everyone else alike: the API suppresses what an outsider may not see (counts "<5", movement).
 * Per-area coverage and the provisions' use come in pages (PLAN_COVERAGE, PLAN_UTILISATION).
 */
export const PLAN = typed(
  graphql(`
    query Plan($id: Int!) {
      plan(id: $id) {
        ...PlanSummaryFields
        statusReason
        warnings
        scenario {
          id
        }
        years {
          year
          checkpoint
          demand {
            value
          }
          unmet {
            value
          }
          placedByRung {
            ...PlacedByRungValues
          }
          inclusiveShare
          meanKm
          p90Km
          transportCost
          actionCost
          runningCost
          cumulativeCost
          movement {
            ...PlanMovementFields
          }
        }
        actions {
          ...PlanActionFields
        }
        transport {
          year
          gemeente
          pupils {
            value
          }
          km
          cost
        }
      }
    }
  `),
);

/** Per home area × category, for one year or all (members of the region only: FORBIDDEN for others). */
export const PLAN_COVERAGE = typed(
  graphql(`
    query PlanCoverage($id: Int!, $year: Int, $after: String) {
      plan(id: $id) {
        coverage(year: $year, first: 500, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              zone
              gemeente
              category
              year
              demand {
                value
              }
              unmetNoCapacity {
                value
              }
              unmetOutOfReach {
                value
              }
              placedByRung {
                ...PlacedByRungValues
              }
            }
          }
        }
      }
    }
  `),
);

/** The provisions' use per year (per category for members; `totalsOnly` for everyone else), with dual prices. */
export const PLAN_UTILISATION = typed(
  graphql(`
    query PlanUtilisation($id: Int!, $totalsOnly: Boolean, $after: String) {
      plan(id: $id) {
        utilisation(totalsOnly: $totalsOnly, first: 500, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              provision
              name
              year
              category
              used {
                value
              }
              capacity
              share
              dualUnmetEquivalent
            }
          }
        }
      }
    }
  `),
);

type ApiPlan = NonNullable<PlanQuery['plan']>;
type ApiCoverage = NonNullable<PlanCoverageQuery['plan']>['coverage']['edges'][number]['node'];
type ApiUtilisation = NonNullable<PlanUtilisationQuery['plan']>['utilisation']['edges'][number]['node'];

/** A count the API may suppress: NaN when it does (shown as "–"). */
const nan = (v: number | null | undefined) => (v == null ? Number.NaN : v);

const toCoverage = (c: ApiCoverage): Coverage => {
  const r = c.placedByRung;
  return {
    zone: c.zone,
    gemeente: c.gemeente,
    category: c.category,
    year: c.year,
    demand: nan(c.demand.value),
    servedRegular: nan(r.rung1.value),
    servedProvision: nan(r.rung2.value) + nan(r.rung3.value) + nan(r.rung4.value) + nan(r.rung5.value),
    unmetNoCapacity: nan(c.unmetNoCapacity.value),
    unmetOutOfReach: nan(c.unmetOutOfReach.value),
  };
};

/**
 * The API's plan fields as the views' figures. Utilisation keeps the rows with a capacity (the
 * categories with their own places, or the shared total), and a total row where nothing else has one.
 */
export function toPlanFigures(p: ApiPlan, coverage: ApiCoverage[], utilisation: ApiUtilisation[]): PlanFigures {
  const withCapacity = new Set(
    utilisation.filter((u) => u.category !== null && u.capacity !== null).map((u) => `${u.provision}|${u.year}`),
  );
  return {
    status: p.status.toLowerCase(),
    statusReason: p.statusReason ?? undefined,
    years: p.years.map((y) => y.year),
    checkpointYears: p.years.filter((y) => y.checkpoint).map((y) => y.year),
    perYear: p.years.map((y) => ({
      year: y.year,
      checkpoint: y.checkpoint,
      demand: nan(y.demand.value),
      placedByRung: {
        1: nan(y.placedByRung.rung1.value),
        2: nan(y.placedByRung.rung2.value),
        3: nan(y.placedByRung.rung3.value),
        4: nan(y.placedByRung.rung4.value),
        5: nan(y.placedByRung.rung5.value),
      },
      unmet: nan(y.unmet.value),
      inclusiveShare: nan(y.inclusiveShare),
      meanKm: y.meanKm,
      p90Km: y.p90Km,
      transportCost: nan(y.transportCost),
      actionCost: y.actionCost,
      runningCost: y.runningCost,
      cumulativeCost: y.cumulativeCost,
      movement: y.movement ? withoutTypename(y.movement) : null,
    })),
    coverage: coverage.map(toCoverage),
    utilisation: utilisation
      .filter((u) => u.capacity !== null || (u.category === null && !withCapacity.has(`${u.provision}|${u.year}`)))
      .map((u) => ({
        provision: u.provision,
        name: u.name ?? undefined,
        year: u.year,
        category: u.category,
        used: nan(u.used.value),
        capacity: nan(u.capacity),
        share: nan(u.share),
      })),
    duals: utilisation
      .filter((u) => u.dualUnmetEquivalent !== null)
      .map((u) => ({
        provision: u.provision,
        category: u.category,
        year: u.year,
        unmetPupilEquivalent: u.dualUnmetEquivalent!,
      })),
    actions: p.actions.map(withoutTypename),
    transport: p.transport.map((x) => ({
      year: x.year,
      gemeente: x.gemeente,
      pupils: nan(x.pupils.value),
      km: nan(x.km),
      cost: nan(x.cost),
    })),
    warnings: p.warnings,
  };
}

function withoutTypename<T extends { __typename?: string }>(o: T): Omit<T, '__typename'> {
  const { __typename: _, ...rest } = o;
  return rest;
}

/** Every page of a plan's coverage, for one year or (year null: the exports) all years. */
export async function loadPlanCoverage(id: string, year: number | null, signal?: AbortSignal): Promise<Coverage[]> {
  const rows = await allPages(
    async (after) => (await request(PLAN_COVERAGE, { id: Number(id), year, after }, { signal })).plan?.coverage,
    signal,
  );
  return rows.map(toCoverage);
}

/**
 * A plan with the figures its reader may see, without the per-area coverage (usePlanCoverage,
 * loadPlanCoverage: members of the region only). Members (`member`) read the use of each
 * provision per category; everyone else the totals, with the counts the API suppresses as NaN.
 */
export async function loadPlan(id: string, opts: { member: boolean }, signal?: AbortSignal): Promise<Plan | null> {
  const [head, utilisation] = await Promise.all([
    request(PLAN, { id: Number(id) }, { signal }),
    allPages(
      async (after) =>
        (await request(PLAN_UTILISATION, { id: Number(id), totalsOnly: !opts.member, after }, { signal })).plan
          ?.utilisation,
      signal,
    ),
  ]);
  const p = head.plan;
  if (!p) return null;
  return {
    ...toPlanSummary(p),
    scenarioId: String(p.scenario.id),
    figures: isFinished(p.status) ? toPlanFigures(p, [], utilisation) : null,
  };
}

/** The region's own plan (members); its coverage comes from usePlanCoverage. */
export function usePlan(id: string | null | undefined): QueryState<Plan | null> {
  const q = useAsync(`plan:${id ?? ''}`, (signal) => loadPlan(id!, { member: true }, signal), { skip: !id });
  return { ...q, data: id ? q.data : null };
}

/** The coverage of one plan in one year, saying which: a reload keeps the previous answer until the next. */
export interface PlanCoverageOfYear {
  planId: string;
  year: number;
  rows: Coverage[];
}

/** A plan's per-area coverage in one year (members of the region; FORBIDDEN for anyone else). */
export function usePlanCoverage(id: string | null | undefined, year: number): QueryState<PlanCoverageOfYear> {
  return useAsync(
    `plan-coverage:${id ?? ''}:${year}`,
    async (signal) => ({ planId: id!, year, rows: await loadPlanCoverage(id!, year, signal) }),
    { skip: !id },
  );
}

export const PLAN_STATUS = typed(
  graphql(`
    query PlanStatus($id: Int!) {
      plan(id: $id) {
        status
        error
      }
    }
  `),
);

export const CREATE_SCENARIO = typed(
  graphql(`
    mutation CreateScenario($input: CreateScenarioInput!) {
      createScenario(input: $input) {
        ...ScenarioFields
      }
    }
  `),
);

export const COPY_SCENARIO = typed(
  graphql(`
    mutation CopyScenario($id: Int!, $name: String) {
      copyScenario(id: $id, name: $name) {
        ...ScenarioFields
      }
    }
  `),
);

export const DELETE_SCENARIO = typed(
  graphql(`
    mutation DeleteScenario($id: Int!, $expectedVersion: Int!) {
      deleteScenario(id: $id, expectedVersion: $expectedVersion)
    }
  `),
);

export const ADD_CHANGE = typed(
  graphql(`
    mutation AddChange($scenarioId: Int!, $expectedVersion: Int!, $change: ScenarioChangeInput!) {
      addScenarioChange(scenarioId: $scenarioId, expectedVersion: $expectedVersion, change: $change) {
        ...ScenarioFields
      }
    }
  `),
);

export const REMOVE_CHANGE = typed(
  graphql(`
    mutation RemoveChange($scenarioId: Int!, $expectedVersion: Int!, $changeId: Int!) {
      removeScenarioChange(scenarioId: $scenarioId, expectedVersion: $expectedVersion, changeId: $changeId) {
        ...ScenarioFields
      }
    }
  `),
);

export const START_SOLVE = typed(
  graphql(`
    mutation Solve($scenarioId: Int!, $expectedVersion: Int) {
      solveScenario(scenarioId: $scenarioId, expectedVersion: $expectedVersion) {
        ...PlanSummaryFields
      }
    }
  `),
);

export const CANCEL_SOLVE = typed(
  graphql(`
    mutation CancelSolve($planId: Int!) {
      cancelSolve(planId: $planId) {
        id
        status
      }
    }
  `),
);

export const SOLVE_PROGRESS = typed(
  graphql(`
    subscription SolveProgress($planId: Int!) {
      solveProgress(planId: $planId) {
        planId
        phase
        fraction
        message
        status
      }
    }
  `),
);

// ---------------------------------------------------------------- gemeente

type ApiHousingProject = CreateHousingMutation['createHousingProject'];

export function toHousingProject(p: ApiHousingProject): HousingProject & { schoolName: string | null } {
  return {
    id: String(p.id),
    name: p.name,
    schoolCode: p.school?.vestigingscode ?? null,
    schoolName: p.school?.name ?? null,
    year: p.year,
    kind: p.kind,
    classroomsAdded: p.classroomsAdded,
    areaM2Added: p.areaM2Added,
    accessible: p.accessible,
    version: p.version,
  };
}

export interface GemeenteInfo {
  code: string;
  name: string;
  boundary: GeoJSON.Geometry | null;
  poRegion: { code: string; name: string } | null;
  voRegion: { code: string; name: string } | null;
  projects: ReturnType<typeof toHousingProject>[];
  schools: School[];
  provisions: Provision[];
}

const GEMEENTE = typed(
  graphql(`
    query Gemeente($code: String!) {
      gemeente(code: $code) {
        code
        name
        boundary
        poRegion {
          code
          name
        }
        voRegion {
          code
          name
        }
        housingProjects {
          id
          name
          year
          kind
          classroomsAdded
          areaM2Added
          accessible
          version
          school {
            vestigingscode
            name
          }
        }
      }
      schools(gemeenteCode: $code, first: 500) {
        edges {
          node {
            vestigingscode
            name
            type
            sector
            lat
            lon
            pupils
            accessible
            place
            gemeente {
              code
            }
            supportProfiles {
              level
              category {
                code
              }
            }
          }
        }
      }
      provisions(gemeenteCode: $code, first: 500) {
        edges {
          node {
            code
            name
            rung
            scope
            lat
            lon
            accessible
            synthetic
            isCandidate
            groupSize
            costPerPlace
            hostSchool {
              vestigingscode
            }
            capacities {
              places
              derived
              source
              category {
                code
              }
            }
            waitingList {
              sinceMonth
              pupils {
                value
                suppressed
              }
              category {
                code
              }
            }
          }
        }
      }
    }
  `),
);

export async function loadGemeente(code: string, signal?: AbortSignal): Promise<GemeenteInfo | null> {
  const d = await request(GEMEENTE, { code }, { signal });
  if (!d.gemeente) return null;
  const g = d.gemeente;
  return {
    code: g.code,
    name: g.name,
    boundary: geometryOf(g.boundary),
    poRegion: g.poRegion,
    voRegion: g.voRegion,
    projects: g.housingProjects.map(toHousingProject),
    schools: nodes(d.schools).map(toSchool),
    provisions: nodes(d.provisions).map(toProvision),
  };
}

export interface BuildingNeedYear {
  year: number;
  extraGroups: number;
  openedProvisions: string[];
  classroomsNeeded: number;
  classroomsNeededCumulative: number;
  accessiblePupils: { value: number | null; suppressed: boolean };
  accessibleBuildingNeeded: boolean;
  housingClassrooms: number;
  housingClassroomsCumulative: number;
  accessibleProjectsCumulative: number;
  shortfallClassrooms: number;
}

/** The plan a view shows for a region and why (adopted by the region, or its national baseline). */
export type ShownPlan = NonNullable<Overview['regions'][number]['shownPlan']>;

export interface GemeenteNeeds {
  gemeenteCode: string;
  gemeenteName: string;
  planIds: number[];
  shownPlans: ShownPlan[];
  years: BuildingNeedYear[];
  mismatches: { year: number; kind: 'CLASSROOMS' | 'ACCESSIBILITY' | 'UNUSED_CAPACITY' | string; message: string }[];
  transport: {
    year: number;
    pupils: { value: number | null; suppressed: boolean };
    km: number | null;
    cost: number | null;
  }[];
}

export const GEMEENTE_NEEDS = typed(
  graphql(`
    query GemeenteNeeds($gemeenteCode: String!, $planIds: [Int!]) {
      gemeenteBuildingNeeds(gemeenteCode: $gemeenteCode, planIds: $planIds) {
        gemeenteCode
        gemeenteName
        planIds
        shownPlans {
          regionCode
          planId
          kind
          adoptedAt
          adoptedBy
          scenarioName
        }
        years {
          year
          extraGroups
          openedProvisions
          classroomsNeeded
          classroomsNeededCumulative
          accessiblePupils {
            value
            suppressed
          }
          accessibleBuildingNeeded
          housingClassrooms
          housingClassroomsCumulative
          accessibleProjectsCumulative
          shortfallClassrooms
        }
        mismatches {
          year
          kind
          message
        }
        transport {
          year
          pupils {
            value
            suppressed
          }
          km
          cost
        }
      }
    }
  `),
);

export interface HousingInput {
  name?: string;
  year?: number;
  kind?: HousingProject['kind'];
  classroomsAdded?: number;
  areaM2Added?: number | null;
  accessible?: boolean;
  schoolVestigingscode?: string | null;
}

export const CREATE_HOUSING = typed(
  graphql(`
    mutation CreateHousing($gemeenteCode: String!, $input: HousingProjectInput!) {
      createHousingProject(gemeenteCode: $gemeenteCode, input: $input) {
        id
        name
        year
        kind
        classroomsAdded
        areaM2Added
        accessible
        version
        school {
          vestigingscode
          name
        }
      }
    }
  `),
);

export const UPDATE_HOUSING = typed(
  graphql(`
    mutation UpdateHousing($id: Int!, $expectedVersion: Int!, $input: HousingProjectInput!) {
      updateHousingProject(id: $id, expectedVersion: $expectedVersion, input: $input) {
        id
        name
        year
        kind
        classroomsAdded
        areaM2Added
        accessible
        version
        school {
          vestigingscode
          name
        }
      }
    }
  `),
);

export const DELETE_HOUSING = typed(
  graphql(`
    mutation DeleteHousing($id: Int!, $expectedVersion: Int!) {
      deleteHousingProject(id: $id, expectedVersion: $expectedVersion)
    }
  `),
);

// ---------------------------------------------------------------- ministry

type Overview = NationalOverviewQuery['nationalOverview'];
export type OverviewYear = Overview['national'][number];
export type RegionOverview = Overview['regions'][number];
export type NationalOverview = Overview;

export const NATIONAL_OVERVIEW = typed(
  graphql(`
    query NationalOverview {
      nationalOverview {
        sboThreshold
        checkpointYears
        regionsWithPlan
        regions {
          regionCode
          regionName
          sector
          planId
          planStatus
          shownPlan {
            regionCode
            planId
            kind
            adoptedAt
            adoptedBy
            scenarioName
          }
          totalPupils
          currentSboShare
          sboAboveThreshold
          waitingList {
            value
            suppressed
          }
          years {
            year
            checkpoint
            demand {
              value
              suppressed
            }
            unmet {
              value
              suppressed
            }
            meanKm
            p90Km
            regularShare
            inclusiveShare
            plannedSboShare
            nationalProvisionPupils {
              value
              suppressed
            }
          }
        }
        national {
          year
          checkpoint
          demand {
            value
            suppressed
          }
          unmet {
            value
            suppressed
          }
          meanKm
          p90Km
          regularShare
          inclusiveShare
          plannedSboShare
          nationalProvisionPupils {
            value
            suppressed
          }
        }
        nationalProvisions {
          code
          name
          capacity
          usedByYear {
            year
            pupils {
              value
              suppressed
            }
            overbooked
            note
          }
        }
      }
    }
  `),
);

/** Gemeente boundaries with their PO and VO region, for the national map. */
const GEMEENTEN_PAGE = typed(
  graphql(`
    query Gemeenten($after: String) {
      gemeenten(first: 500, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            code
            name
            boundary
            poRegion {
              code
            }
            voRegion {
              code
            }
          }
        }
      }
    }
  `),
);

export interface CountryShape {
  code: string;
  name: string;
  boundary: GeoJSON.Geometry | null;
  poRegion: string | null;
  voRegion: string | null;
}

export async function loadCountry(signal?: AbortSignal): Promise<CountryShape[]> {
  const rows = await allPages(
    async (after) => (await request(GEMEENTEN_PAGE, { after }, { signal })).gemeenten,
    signal,
  );
  return rows.map((g) => ({
    code: g.code,
    name: g.name,
    boundary: geometryOf(g.boundary),
    poRegion: g.poRegion?.code ?? null,
    voRegion: g.voRegion?.code ?? null,
  }));
}

/** A samenwerkingsverband's outline (derived from gemeente boundaries; `approximate` where one is split). */
export interface RegionOutline {
  code: string;
  name: string;
  geometry: GeoJSON.Geometry;
  approximate: boolean;
}

const REGION_SHAPES = typed(
  graphql(`
    query RegionShapes($sector: Sector, $after: String) {
      regions(sector: $sector, first: 100, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            code
            name
            shape {
              geometry
              approximate
            }
          }
        }
      }
    }
  `),
);

export async function loadRegionOutlines(sector: 'PO' | 'VO', signal?: AbortSignal): Promise<RegionOutline[]> {
  const rows = await allPages(
    async (after) => (await request(REGION_SHAPES, { sector, after }, { signal })).regions,
    signal,
  );
  return rows.flatMap((r) =>
    r.shape
      ? [{ code: r.code, name: r.name, geometry: geometryOf(r.shape.geometry)!, approximate: r.shape.approximate }]
      : [],
  );
}

// ---------------------------------------------------------------- compare

type Comparison = ComparePlansQuery['comparePlans'];
export type YearComparison = Comparison['years'][number];
export type GapDifference = Comparison['gapDifferences'][number];

export const COMPARE_PLANS = typed(
  graphql(`
    query ComparePlans($planA: Int!, $planB: Int!) {
      comparePlans(planA: $planA, planB: $planB) {
        planAId
        planBId
        totalActionCostA
        totalActionCostB
        years(checkpointsOnly: true) {
          year
          checkpoint
          unmetA {
            value
            suppressed
          }
          unmetB {
            value
            suppressed
          }
          unmetDiff
          meanKmA
          meanKmB
          p90KmA
          p90KmB
          regularShareA
          regularShareB
          inclusiveShareA
          inclusiveShareB
          cumulativeActionCostA
          cumulativeActionCostB
          cumulativeCostA
          cumulativeCostB
          transportCostA
          transportCostB
          fteNeededA
          fteNeededB
        }
        gapDifferences {
          zone
          gemeente
          category
          year
          unmetA {
            value
            suppressed
          }
          unmetB {
            value
            suppressed
          }
        }
      }
    }
  `),
);

/** Every school location in the country (for the national map), lean fields only. */
const ALL_SCHOOLS_PAGE = typed(
  graphql(`
    query AllSchools($after: String) {
      schools(first: 500, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            vestigingscode
            name
            type
            lat
            lon
          }
        }
      }
    }
  `),
);

export async function loadAllSchools(signal?: AbortSignal) {
  return allPages(async (after) => (await request(ALL_SCHOOLS_PAGE, { after }, { signal })).schools, signal);
}

// ---------------------------------------------------------------- plan, aggregated (for readers outside the region)

/** A plan read from outside its region: the aggregates (suppressed counts as NaN), no per-area coverage. */
export function usePublicPlan(id: string | null | undefined): QueryState<Plan | null> {
  const q = useAsync(`public-plan:${id ?? ''}`, (signal) => loadPlan(id!, { member: false }, signal), {
    skip: !id,
  });
  return { ...q, data: id ? q.data : null };
}

// ---------------------------------------------------------------- adoption

export type PlanAdoption = NonNullable<RegionAdoptionsQuery['region']>['adoptions'][number];

export const REGION_ADOPTIONS = typed(
  graphql(`
    query RegionAdoptions($code: String!) {
      region(code: $code) {
        adoptions {
          id
          kind
          planId
          scenarioName
          adoptedAt
          adoptedByName
          supersededAt
        }
      }
    }
  `),
);

export const ADOPT_PLAN = typed(
  graphql(`
    mutation AdoptPlan($planId: Int!, $note: String) {
      adoptPlan(planId: $planId, note: $note) {
        id
        kind
        planId
        scenarioName
        adoptedAt
        adoptedByName
        supersededAt
      }
    }
  `),
);
