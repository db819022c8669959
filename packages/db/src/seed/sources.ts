import { pupilTotalsOf, type PupilTotals } from '@dekkend/domain';
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { REPO_ROOT } from '../config.ts';
import { readCsvObjects } from '../csv.ts';

/**
 * The real open data the seed reads (see shared/data/README.md for
 * provenance and licences). DEKKEND_DATA_DIR overrides the location.
 */
export function dataDir(): string {
  const dir = process.env.DEKKEND_DATA_DIR ?? resolve(REPO_ROOT, '../shared/data');
  if (!existsSync(join(dir, 'scholen_po_so_vo_2024.csv'))) {
    throw new Error(
      `Dekkend's source data not found in ${dir}: set DEKKEND_DATA_DIR to the folder holding scholen_po_so_vo_2024.csv`,
    );
  }
  return dir;
}

export interface SchoolRow {
  vestigingscode: string;
  brin: string;
  naam: string;
  type: string;
  postcode: string;
  pc4: string;
  plaats: string;
  lat: string;
  lon: string;
  leerlingen: string;
  gemeente_code_2022: string;
  swv_po_2015: string;
  swv_vo_2015: string;
}

export interface AreaRow {
  pc4: string;
  inwoners_2022: string;
  inwoners_0_14_2022: string;
  inwoners_15_24_2022: string;
  lat: string;
  lon: string;
  gemeente_code_2022: string;
  swv_po_2015: string;
  swv_vo_2015: string;
}

export interface GemeenteFeature {
  properties: { statcode: string; statnaam: string };
  geometry: unknown;
}

export interface SourceData {
  schools: SchoolRow[];
  areas: AreaRow[];
  regionCodes: { po: string[]; vo: string[] };
  gemeenten: GemeenteFeature[];
  /** vestigingscode → bevoegd gezag number, from DUO's PO history file. */
  boards: Map<string, string>;
  /** National pupils per DUO school type and year (1996–2025), from the same history file. */
  pupilTotals: PupilTotals;
}

const read = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8');

export function readSources(dir = dataDir()): SourceData {
  const schools = readCsvObjects(read(dir, 'scholen_po_so_vo_2024.csv')) as unknown as SchoolRow[];
  const areas = readCsvObjects(read(dir, 'pc4_demand_base.csv')) as unknown as AreaRow[];
  const swv = readCsvObjects(read(dir, 'swv_pc4_2015.csv'));
  const isCode = (c: string | undefined): c is string => !!c && /^(PO|VO)\d{4}$/.test(c);
  const regionCodes = {
    po: [...new Set(swv.map((r) => r.swv_po).filter(isCode))].sort(),
    vo: [...new Set(swv.map((r) => r.swv_vo).filter(isCode))].sort(),
  };
  const geo = JSON.parse(read(dir, 'raw/cbs/gemeente_gegeneraliseerd_2022.geojson')) as { features: GemeenteFeature[] };
  const history = gunzipSync(
    readFileSync(join(dir, 'raw/duo/06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv.gz')),
  ).toString('utf8');
  const boards = new Map<string, string>();
  const historyRows = readCsvObjects(history, ';');
  for (const row of historyRows) {
    if (row.VESTIGINGSCODE && row.BEVOEGD_GEZAG_NUMMER) boards.set(row.VESTIGINGSCODE, row.BEVOEGD_GEZAG_NUMMER);
  }
  return { schools, areas, regionCodes, gemeenten: geo.features, boards, pupilTotals: pupilTotalsOf(historyRows) };
}
