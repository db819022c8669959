/**
 * Writes apps/web/src/map/place-names.json, the woonplaatsen the map draws as
 * its offline base layer, from the school locations in Dekkend's open data
 * (DEKKEND_DATA_DIR, default ../shared/data next to the repository).
 *
 *   npx tsx apps/web/scripts/place-names.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsvWithHeader } from '../../../packages/db/src/csv.ts';
import { derivePlaces, type SchoolPlaceRow } from '../src/map/placeNames.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const PLACE_NAMES_JSON = join(ROOT, 'apps/web/src/map/place-names.json');

export function schoolsCsvPath(): string {
  const dir = process.env.DEKKEND_DATA_DIR ?? resolve(ROOT, '../shared/data');
  const file = join(dir, 'scholen_po_so_vo_2024.csv');
  if (!existsSync(file)) throw new Error(`${file} not found: set DEKKEND_DATA_DIR to the folder holding it`);
  return file;
}

export function placeNamesJson(csv: string): string {
  const { header, rows } = parseCsvWithHeader(csv);
  for (const name of ['plaats', 'lat', 'lon', 'leerlingen', 'gemeente_code_2022'])
    if (!header.includes(name)) throw new Error(`scholen CSV has no column ${name}`);
  const schools: SchoolPlaceRow[] = rows.map((r) => ({
    plaats: r.get('plaats')?.value ?? '',
    lat: r.get('lat')?.value ?? '',
    lon: r.get('lon')?.value ?? '',
    leerlingen: r.get('leerlingen')?.value ?? '',
    gemeente_code_2022: r.get('gemeente_code_2022')?.value ?? '',
  }));
  return `${JSON.stringify(derivePlaces(schools))}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const json = placeNamesJson(readFileSync(schoolsCsvPath(), 'utf8'));
  writeFileSync(PLACE_NAMES_JSON, json);
  console.log(`wrote ${PLACE_NAMES_JSON} (${(JSON.parse(json) as unknown[]).length} places)`);
}
