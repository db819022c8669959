/**
 * The plan panel's downloads: coverage and actions as CSV (plain or Dutch Excel), the gaps as
 * GeoJSON and the whole plan as a workbook. Names in the files are Dutch, as the tables on screen
 * in Dutch show them.
 */
import type { Action, Category, PlanFigures, RegionData, Scenario } from '../../../api/model.ts';
import { loadPlanCoverage } from '../../../api/queries.ts';
import { translate } from '../../../i18n/messages.ts';
import { dataProvenance } from '../../../lib/dataProvenance.ts';
import {
  describeAction,
  download,
  exportFileName,
  planActionsCsv,
  planCoverageCsv,
  planGapsGeoJson,
  type CsvDialect,
} from '../../../lib/planView.ts';
import { BASE_YEAR } from '../../../lib/urlState.ts';
import { planTables, workbookBytes, XLSX_TYPE } from '../../../lib/workbook.ts';
import type { PlanNames } from './usePlanNames.ts';

/** The plan on view and what its files are named after. */
export interface PlanExportSource {
  region: RegionData;
  scenario: Scenario;
  result: PlanFigures;
  planId: string | undefined;
  categories: Category[];
  names: PlanNames;
}

const CSV_TYPE = 'text/csv;charset=utf-8';

export async function downloadCoverageCsv(src: PlanExportSource, dialect: CsvDialect): Promise<void> {
  const all = await withAllCoverage(src);
  download(
    fileName(src, 'dekking', src.result.years, 'csv', dialect),
    planCoverageCsv(all, { regionCode: src.region.code, scenarioName: src.scenario.name, dialect }),
    CSV_TYPE,
  );
}

export function downloadActionsCsv(src: PlanExportSource, dialect: CsvDialect): void {
  download(
    fileName(src, 'acties', src.result.years, 'csv', dialect),
    planActionsCsv(src.result, { dialect, describe: dialect === 'nl' ? describeNl(src) : undefined }),
    CSV_TYPE,
  );
}

export function downloadGapsGeoJson(src: PlanExportSource, category: string, year: number): void {
  download(
    fileName(src, `tekort-${category || 'alle'}`, [year], 'geojson'),
    JSON.stringify(planGapsGeoJson(src.result, src.region.areas, category, year), null, 1),
    'application/geo+json',
  );
}

/** `changes`: the scenario's changes in words. */
export async function downloadWorkbook(src: PlanExportSource, changes: string[]): Promise<void> {
  const { region, scenario, result, names } = src;
  const nl = (key: string, params?: Record<string, string | number>) => translate('nl', key, params);
  const bytes = await workbookBytes(
    planTables(await withAllCoverage(src), {
      regionCode: region.code,
      regionName: region.name,
      scenarioName: scenario.name,
      describe: describeNl(src),
      gemeenteName: names.gemeente,
      provisionName: names.target,
      changes,
      provenance: dataProvenance(region, result.years, BASE_YEAR).map(
        (p) => `${nl(`report.kind.${p.kind}`)}: ${nl(p.key, p.params)}`,
      ),
      generated: new Date().toLocaleDateString('nl-NL'),
    }),
  );
  download(fileName(src, 'plan', result.years, 'xlsx'), bytes, XLSX_TYPE);
}

/** The exports hold every year's coverage; the view holds the shown year's only: fetched on demand. */
async function withAllCoverage({ result, planId }: PlanExportSource): Promise<PlanFigures> {
  return { ...result, coverage: planId ? await loadPlanCoverage(planId, null) : result.coverage };
}

function fileName(src: PlanExportSource, what: string, years: number[], ext: string, dialect?: CsvDialect) {
  return exportFileName({ regionCode: src.region.code, scenarioName: src.scenario.name, what, years, ext, dialect });
}

/** The Dutch export describes an action as the table does: kind · need, at which place. */
function describeNl({ categories, names }: PlanExportSource) {
  return (a: Action) =>
    describeAction(a, 'nl', {
      category: (c) => categories.find((x) => x.code === c)?.name.nl ?? c,
      target: names.target,
    });
}
