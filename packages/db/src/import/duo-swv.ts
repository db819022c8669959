import { BASE_YEAR, categoryByCode, defaultCatalogue, rescaleBaseYearDemand } from '@dekkend/domain';
import type { ColumnParser } from './columns.ts';
import { duoCount, DUO_SMALL_COUNT, peiljaar } from './duo-columns.ts';
import { reprojectDemand } from '../demand-projection.ts';
import type { ImportSpec, Tx } from './spec.ts';
import type { Provider } from '../config.ts';

const SCHOOL_TYPES = {
  BAO: ['BAO', 'BO', 'BASISONDERWIJS', 'REGULIER BASISONDERWIJS'],
  SBO: ['SBO', 'SBAO', 'SPECIAAL BASISONDERWIJS'],
  SO: ['SO', 'SPECIAAL ONDERWIJS'],
} as const;
type SchoolType = keyof typeof SCHOOL_TYPES;

/** DUO's SWV number as PO3106, whatever its spacing ("PO 31-06", "PO31.06", "3106"). */
const swvNumber: ColumnParser<string> = (raw) => {
  const v = raw
    .trim()
    .toUpperCase()
    .replace(/[\s.\-_]/g, '');
  const code = /^\d{4}$/.test(v) ? `PO${v}` : v;
  return /^PO\d{4}$/.test(code)
    ? { ok: true, value: code }
    : { ok: false, reason: `must be a PO samenwerkingsverband number like PO 31-06 (got '${raw}')` };
};

const schoolType: ColumnParser<SchoolType> = (raw) => {
  const v = raw.trim().toUpperCase().replace(/\s+/g, ' ');
  for (const [type, names] of Object.entries(SCHOOL_TYPES))
    if ((names as readonly string[]).includes(v)) return { ok: true, value: type as SchoolType };
  return {
    ok: false,
    reason: `must be BAO, SBO or SO (basisonderwijs, speciaal basisonderwijs, speciaal onderwijs) (got '${raw}')`,
  };
};

type SwvRow = {
  SAMENWERKINGSVERBANDNUMMER: string;
  TYPE_PO: SchoolType;
  PEILJAAR: number;
  AANTAL_LEERLINGEN: { pupils: number; suppressed: boolean };
};
type SwvCount = { regionId: number; schoolType: SchoolType; peiljaar: number; pupils: number; source: string };

/** The counted setting an SWV's pupils of a school type calibrate: SBO → rung 3, SO → rung 4 (PO). */
const settingOf = (type: SchoolType, region: string) =>
  type === 'SBO' ? `3|PO|${region}` : type === 'SO' ? `4|PO|${region}` : null;

const FILE = 'DUO leerlingen po per samenwerkingsverband';

/**
 * DUO's *Leerlingen po per samenwerkingsverband* (SAMENWERKINGSVERBANDNUMMER, TYPE_PO, PEILJAAR,
 * AANTAL_LEERLINGEN; other columns ignored): the pupils of each PO SWV per school type, stored as
 * `RegionPupilCount` (counted). The latest PEILJAAR of a region's SBO and SO rows calibrates its
 * base-year demand to its counted pupils: the setting's factor becomes counted ÷ estimated
 * (`SettingCalibration`), and every estimated base-year PO demand row of the region is rescaled on
 * that rung only (`rescaleBaseYearDemand`); counted demand rows stay; later years are re-projected.
 * BAO rows are stored (the denominator of SBO participation) and calibrate nothing. DUO's "<5" is
 * taken as 2 (assumption, said in the source).
 */
export const duoSwvCounts: ImportSpec<SwvRow, SwvCount & { region: string }> = {
  kind: 'leerlingen-po-swv',
  description:
    "DUO open data: Leerlingen po per samenwerkingsverband; calibrates each region's base-year SBO and SO demand to its counted pupils",
  columns: {
    SAMENWERKINGSVERBANDNUMMER: swvNumber,
    TYPE_PO: schoolType,
    PEILJAAR: peiljaar,
    AANTAL_LEERLINGEN: duoCount,
  },
  key: ['SAMENWERKINGSVERBANDNUMMER', 'TYPE_PO', 'PEILJAAR'],
  async resolve(tx, rows) {
    const codes = [...new Set(rows.map((r) => r.SAMENWERKINGSVERBANDNUMMER))];
    const regions = new Map(
      (await tx.region.findMany({ where: { code: { in: codes } }, select: { id: true, code: true } })).map((r) => [
        r.code,
        r.id,
      ]),
    );
    const calibrations = new Map(
      (
        await tx.settingCalibration.findMany({
          where: { key: { in: codes.flatMap((c) => [`3|PO|${c}`, `4|PO|${c}`]) } },
          select: { key: true, estimated: true },
        })
      ).map((c) => [c.key, c.estimated]),
    );
    return rows.map((r) => {
      const region = r.SAMENWERKINGSVERBANDNUMMER;
      const regionId = regions.get(region);
      if (regionId === undefined)
        return { ok: false, column: 'SAMENWERKINGSVERBANDNUMMER', reason: `unknown samenwerkingsverband '${region}'` };
      const setting = settingOf(r.TYPE_PO, region);
      if (setting && !(calibrations.get(setting)! > 0))
        return {
          ok: false,
          column: 'TYPE_PO',
          reason: `${region} has no estimated ${r.TYPE_PO} demand to calibrate (no seeded calibration ${setting})`,
        };
      const { pupils, suppressed } = r.AANTAL_LEERLINGEN;
      const small = suppressed ? ` (DUO's <5 taken as ${DUO_SMALL_COUNT}, assumption)` : '';
      return {
        ok: true,
        value: {
          region,
          regionId,
          schoolType: r.TYPE_PO,
          peiljaar: r.PEILJAAR,
          pupils,
          source: `counted: ${FILE} ${r.PEILJAAR}${small}`,
        },
      };
    });
  },
  async write(tx, { region: _region, ...r }) {
    const where = {
      regionId_schoolType_peiljaar: { regionId: r.regionId, schoolType: r.schoolType, peiljaar: r.peiljaar },
    };
    const before = await tx.regionPupilCount.findUnique({ where });
    if (before?.pupils === r.pupils && before.source === r.source) return 'unchanged';
    await tx.regionPupilCount.upsert({ where, create: r, update: { pupils: r.pupils, source: r.source } });
    return before ? 'updated' : 'created';
  },
  afterWrite: calibrateRegions,
};

/** Per region: its latest SBO and SO counts set the setting factors; its base-year demand follows. */
async function calibrateRegions(tx: Tx, provider: Provider, rows: (SwvCount & { region: string })[]) {
  const national = new Map(
    (await tx.settingCalibration.findMany({ where: { rung: 5 } })).map((c) => [c.categoryCode, c.factor]),
  );
  const touched: number[] = [];
  for (const regionId of new Set(rows.map((r) => r.regionId))) {
    const counted = rows.filter((r) => r.regionId === regionId && settingOf(r.schoolType, r.region));
    if (counted.length === 0) continue;
    const year = Math.max(...counted.map((r) => r.peiljaar));
    const region = counted[0]!.region;
    const old = new Map<number, number>();
    const next = new Map<number, number>();
    for (const r of counted.filter((c) => c.peiljaar === year)) {
      const key = settingOf(r.schoolType, region)!;
      const setting = await tx.settingCalibration.findUniqueOrThrow({ where: { key } });
      const factor = r.pupils / setting.estimated;
      old.set(setting.rung, setting.factor);
      next.set(setting.rung, factor);
      await tx.settingCalibration.update({ where: { key }, data: { counted: r.pupils, factor, source: r.source } });
    }
    // A rung this file does not count keeps its stored factor.
    for (const rung of [3, 4] as const)
      if (!old.has(rung)) {
        const s = await tx.settingCalibration.findUnique({ where: { key: `${rung}|PO|${region}` } });
        old.set(rung, s?.factor ?? 0);
      }
    const demand = await tx.demand.findMany({
      where: { year: BASE_YEAR, source: 'ESTIMATED', sector: 'PO', area: { poRegionId: regionId } },
      select: { id: true, areaId: true, pupils: true, category: { select: { code: true } } },
    });
    for (const d of demand) {
      const category = categoryByCode(defaultCatalogue, d.category.code);
      if (!category) continue;
      const factorOf = (table: Map<number, number>) => (rung: 3 | 4 | 5) =>
        rung === 5 ? (national.get(d.category.code) ?? 0) : (table.get(rung) ?? old.get(rung)!);
      const pupils = rescaleBaseYearDemand(category, 'PO', d.pupils, factorOf(old), factorOf(next));
      const rounded = Math.round(pupils * 1000) / 1000;
      if (Math.abs(rounded - d.pupils) < 1e-9) continue;
      await tx.demand.update({ where: { id: d.id }, data: { pupils: rounded } });
      touched.push(d.areaId);
    }
  }
  if (touched.length > 0) await reprojectDemand(tx, provider, touched);
}
