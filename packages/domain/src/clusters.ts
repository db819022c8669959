/**
 * The four clusters of (voortgezet) speciaal onderwijs (Wet op de expertisecentra), as DUO counts
 * (V)SO pupils, and how the catalogue's need categories fall into them. Used to calibrate each
 * specialist category's share of (V)SO (`demand.ts`) and to read DUO's per-cluster counts of a
 * location (import kind `brin6_cluster`).
 */
import type { Sector } from './ladder.ts';

export const CLUSTERS = [1, 2, 3, 4] as const;
export type Cluster = (typeof CLUSTERS)[number];

/** Need categories per cluster (every allocated category that can be in (V)SO belongs to one). */
export const CLUSTER_CATEGORIES: Record<Cluster, readonly string[]> = {
  1: ['visueel'],
  2: ['auditief', 'taal_spraak', 'doofblind'],
  3: ['zml', 'lichamelijk', 'emb'],
  4: ['gedrag'],
};

export const CLUSTER_SOURCE =
  'WEC clusters: 1 visual; 2 deaf, hard of hearing and language development (TOS); 3 physical, intellectual and multiple ' +
  'disabilities (LG, LZK, ZMLK, MG); 4 behaviour and psychiatric (ZMOK). Deafblind pupils are taught by Kentalis (cluster 2).';

export function clusterOf(categoryCode: string): Cluster | null {
  for (const k of CLUSTERS) if (CLUSTER_CATEGORIES[k].includes(categoryCode)) return k;
  return null;
}

/**
 * Today's (V)SO pupils per cluster, as a share of the sector's (V)SO pupils. Each value has its
 * source or says assumption.
 */
export const SPECIAL_SCHOOL_CLUSTER_MIX: Record<Sector, { value: Record<Cluster, number>; source: string }> = {
  PO: {
    // ½ + ⅓ + ⅙ + 1/100 = 1.01, scaled to 1: 0.495, 0.33, 0.165, 0.01.
    value: { 1: 0.01, 2: 0.165, 3: 0.495, 4: 0.33 },
    source:
      'OCW in cijfers, Passend onderwijs – Leerlingaantallen, "Ontwikkeling so per cluster" (DUO, 2021): about half of SO pupils ' +
      'in cluster 3, a third in cluster 4, a sixth in cluster 2, one in a hundred in cluster 1 (scaled to add up to 1)',
  },
  VO: {
    value: { 1: 0.01, 2: 0.1, 3: 0.35, 4: 0.54 },
    source:
      'assumption: no per-cluster VSO count is in the data Dekkend ships; cluster 4 taken as the largest VSO group (about half), ' +
      'cluster 1 as in SO (NJI: 290 VSO pupils in cluster 1 in 2022, under 1 %); an imported brin6_cluster file replaces it per location',
  },
};

/** The cluster mix of all (V)SO pupils, when `poShare` of them are of primary age. */
export function combinedClusterMix(poShare: number): Record<Cluster, number> {
  const mix = {} as Record<Cluster, number>;
  for (const k of CLUSTERS)
    mix[k] = poShare * SPECIAL_SCHOOL_CLUSTER_MIX.PO.value[k] + (1 - poShare) * SPECIAL_SCHOOL_CLUSTER_MIX.VO.value[k];
  return mix;
}
