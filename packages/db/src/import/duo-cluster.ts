import { CLUSTER_CATEGORIES, splitPlaces, type Cluster } from '@dekkend/domain';
import { text } from './columns.ts';
import { brin, cluster, duoCount, DUO_SMALL_COUNT, peiljaar, vestiging } from './duo-columns.ts';
import type { ImportSpec, Tx } from './spec.ts';

type ClusterRow = {
  INSTELLINGSCODE: string;
  VESTIGINGSCODE: string;
  TYPE_PO: string | null;
  PEILJAAR: number;
  CLUSTER: Cluster;
  AANTAL_LEERLINGEN: { pupils: number; suppressed: boolean };
};
type ClusterCount = {
  provisionId: number;
  vestiging: string;
  peiljaar: number;
  cluster: Cluster;
  pupils: number;
  suppressed: boolean;
};

/** The vestiging a row names: the full code, or the BRIN followed by the two-digit number. */
function vestigingOf(r: ClusterRow): string | { reason: string } {
  if (r.VESTIGINGSCODE.length === 2) return `${r.INSTELLINGSCODE}${r.VESTIGINGSCODE}`;
  return r.VESTIGINGSCODE.startsWith(r.INSTELLINGSCODE)
    ? r.VESTIGINGSCODE
    : { reason: `vestiging ${r.VESTIGINGSCODE} does not belong to instelling ${r.INSTELLINGSCODE}` };
}

/**
 * DUO's *Aantal leerlingen per cluster per schoolvestiging* (`brin6_cluster.csv`: INSTELLINGSCODE,
 * VESTIGINGSCODE, TYPE_PO, PEILJAAR, CLUSTER, AANTAL_LEERLINGEN; other columns ignored). Replaces the
 * seed's derived per-category split of a (V)SO location's places (rung 4, or a national provision)
 * with its counted pupils per cluster, for the latest PEILJAAR the file has for that location (its
 * SO and VSO rows added up):
 *
 * - a cluster with one need category (1 visueel, 4 gedrag) becomes that category's places, counted
 *   (`derived = false`);
 * - a cluster with several (2, 3) is counted as a whole and split over its categories the location
 *   already has, in proportion to their earlier places (or, if it has none of them, to the catalogue's
 *   prevalence among those its rung allows): the total is counted, the split stays derived and says so;
 * - a category of the location in no counted cluster is removed (the file counts all its pupils);
 * - DUO's "<5" is taken as 2 (assumption), said in the row's source.
 */
export const duoClusterCounts: ImportSpec<ClusterRow, ClusterCount> = {
  kind: 'brin6_cluster',
  description:
    'DUO open data: Aantal leerlingen per cluster per schoolvestiging (brin6_cluster.csv); replaces the derived per-category split of (V)SO places',
  columns: {
    INSTELLINGSCODE: brin,
    VESTIGINGSCODE: vestiging,
    TYPE_PO: text({ max: 20 }),
    PEILJAAR: peiljaar,
    CLUSTER: cluster,
    AANTAL_LEERLINGEN: duoCount,
  },
  key: ['INSTELLINGSCODE', 'VESTIGINGSCODE', 'TYPE_PO', 'PEILJAAR', 'CLUSTER'],
  async resolve(tx, rows) {
    const codes = rows.map(vestigingOf).filter((v): v is string => typeof v === 'string');
    const provisions = new Map(
      (
        await tx.provision.findMany({
          where: { code: { in: [...new Set(codes)].map((c) => `V-${c}`) } },
          select: { id: true, code: true, rung: true },
        })
      ).map((p) => [p.code, p]),
    );
    return rows.map((r) => {
      const code = vestigingOf(r);
      if (typeof code !== 'string') return { ok: false, column: 'VESTIGINGSCODE', reason: code.reason };
      const p = provisions.get(`V-${code}`);
      if (!p) return { ok: false, column: 'VESTIGINGSCODE', reason: `no provision for vestiging ${code}` };
      if (p.rung < 4)
        return {
          ok: false,
          column: 'VESTIGINGSCODE',
          reason: `vestiging ${code} is not a (V)SO location (provision ${p.code} is rung ${p.rung})`,
        };
      return {
        ok: true,
        value: {
          provisionId: p.id,
          vestiging: code,
          peiljaar: r.PEILJAAR,
          cluster: r.CLUSTER,
          pupils: r.AANTAL_LEERLINGEN.pupils,
          suppressed: r.AANTAL_LEERLINGEN.suppressed,
        },
      };
    });
  },
  writeAll: writeClusterCounts,
};

async function writeClusterCounts(tx: Tx, rows: ClusterCount[]) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const categories = await tx.needCategory.findMany({
    select: { id: true, code: true, allowedSettings: true, prevalencePoPer1000: true, prevalenceVoPer1000: true },
  });
  const byProvision = new Map<number, ClusterCount[]>();
  for (const r of rows) byProvision.set(r.provisionId, [...(byProvision.get(r.provisionId) ?? []), r]);
  for (const [provisionId, list] of byProvision) {
    const provision = await tx.provision.findUniqueOrThrow({
      where: { id: provisionId },
      select: { rung: true, capacities: true },
    });
    const year = Math.max(...list.map((r) => r.peiljaar));
    const latest = list.filter((r) => r.peiljaar === year);
    const perCluster = new Map<Cluster, { pupils: number; suppressed: boolean }>();
    for (const r of latest) {
      const c = perCluster.get(r.cluster) ?? { pupils: 0, suppressed: false };
      perCluster.set(r.cluster, { pupils: c.pupils + r.pupils, suppressed: c.suppressed || r.suppressed });
    }
    const before = new Map(provision.capacities.map((c) => [c.categoryId, c]));
    const target = new Map<number, { places: number; derived: boolean; source: string }>();
    for (const [k, { pupils, suppressed }] of perCluster) {
      const members = categories.filter((c) => CLUSTER_CATEGORIES[k].includes(c.code));
      const held = members.filter((c) => before.has(c.id));
      const allowed = members.filter((c) => (c.allowedSettings as number[]).includes(provision.rung));
      const over = held.length > 0 ? held : allowed.length > 0 ? allowed : members;
      const weights = new Map(
        over.map((c) => [
          c.code,
          held.length > 0 ? before.get(c.id)!.places || 1 : c.prevalencePoPer1000 + c.prevalenceVoPer1000,
        ]),
      );
      const split = over.length === 1 ? new Map([[over[0]!.code, pupils]]) : splitPlaces(pupils, weights);
      const small = suppressed ? ` (DUO's <5 taken as ${DUO_SMALL_COUNT}, assumption)` : '';
      for (const c of over) {
        const places = split.get(c.code) ?? 0;
        if (over.length === 1)
          target.set(c.id, {
            places,
            derived: false,
            source: `counted: DUO brin6_cluster ${year}, cluster ${k}${small}`,
          });
        else
          target.set(c.id, {
            places,
            derived: true,
            source: `counted per cluster: DUO brin6_cluster ${year}, cluster ${k} ${pupils} pupils${small}; derived: split over ${over.map((o) => o.code).join(', ')} by ${held.length > 0 ? 'the earlier places' : 'prevalence'}`,
          });
      }
    }
    for (const [categoryId, t] of target) {
      const old = before.get(categoryId);
      if (old && old.places === t.places && old.derived === t.derived && old.source === t.source) {
        counts.unchanged++;
        continue;
      }
      await tx.provisionCapacity.upsert({
        where: { provisionId_categoryId: { provisionId, categoryId } },
        create: { provisionId, categoryId, ...t },
        update: t,
      });
      counts[old ? 'updated' : 'created']++;
    }
    // Categories in no counted cluster: the file counts every pupil of the location, so none there.
    const gone = [...before.keys()].filter((id) => !target.has(id));
    if (gone.length > 0) {
      await tx.provisionCapacity.deleteMany({ where: { provisionId, categoryId: { in: gone } } });
      counts.updated += gone.length;
    }
  }
  return counts;
}
