/**
 * The plan as an Excel workbook: one sheet per table (years and checkpoints, coverage per area,
 * actions, pupil transport, utilisation, and a sheet saying what the figures are). The tables are
 * built here as plain rows (tested without Excel); `workbookBytes` writes them with exceljs, loaded
 * only when a user asks for the file.
 */
import type { Action, PlanFigures } from '../api/model.ts';
import { pc4OfZone, unmetOf } from './planView.ts';

export type Cell = string | number | null;

export interface SheetTable {
  /** Sheet name (Excel: at most 31 characters, no []:*?/\). */
  name: string;
  header: string[];
  rows: Cell[][];
  /** Excel number format per column index (e.g. '0.0' for fractional pupils, '#,##0' for euro). */
  formats?: Record<number, string>;
}

const PUPILS = '0.0';
const EURO = '"€" #,##0';
const SHARE = '0.0%';
const KM = '0.0';

export interface WorkbookContext {
  regionCode: string;
  regionName: string;
  scenarioName: string;
  /** Action in words, as on screen (Dutch). */
  describe(a: Action): string;
  gemeenteName(code: string): string;
  provisionName(code: string): string;
  /** The scenario's changes in words. */
  changes: string[];
  /** Where the demand comes from, in words (provenance). */
  provenance: string[];
  generated: string;
}

export function planTables(plan: PlanFigures, ctx: WorkbookContext): SheetTable[] {
  return [
    yearsSheet(plan),
    coverageSheet(plan, ctx),
    actionsSheet(plan, ctx),
    transportSheet(plan, ctx),
    utilisationSheet(plan, ctx),
    aboutSheet(plan, ctx),
  ];
}

const RUNGS = [1, 2, 3, 4, 5];

/** Per year: demand, placements per rung, unmet, share regular, travel and costs. */
function yearsSheet(plan: PlanFigures): SheetTable {
  return {
    name: 'Jaren',
    header: [
      'jaar',
      'ijkjaar',
      'vraag',
      ...RUNGS.map((r) => `geplaatst_trede_${r}`),
      'niet_geplaatst',
      'aandeel_regulier',
      'reisafstand_gem_km',
      'reisafstand_p90_km',
      'leerlingenvervoer_eur',
      'eenmalig_eur',
      'lopend_eur',
    ],
    rows: [...plan.perYear]
      .sort((a, b) => a.year - b.year)
      .map((y) => [
        y.year,
        y.checkpoint ? 'ja' : '',
        y.demand,
        ...RUNGS.map((r) => y.placedByRung[String(r)] ?? 0),
        y.unmet,
        y.inclusiveShare,
        y.meanKm,
        y.p90Km,
        y.transportCost,
        y.actionCost,
        y.runningCost ?? null,
      ]),
    formats: {
      2: PUPILS,
      3: PUPILS,
      4: PUPILS,
      5: PUPILS,
      6: PUPILS,
      7: PUPILS,
      8: PUPILS,
      9: SHARE,
      10: KM,
      11: KM,
      12: EURO,
      13: EURO,
      14: EURO,
    },
  };
}

/** Per year, postcode area and need: demand, where it was placed and why the rest was not. */
function coverageSheet(plan: PlanFigures, ctx: WorkbookContext): SheetTable {
  return {
    name: 'Dekking',
    header: [
      'jaar',
      'gemeente',
      'pc4',
      'categorie',
      'vraag',
      'geplaatst_regulier',
      'geplaatst_voorziening',
      'tekort',
      'tekort_geen_plaats',
      'tekort_buiten_bereik',
    ],
    rows: [...plan.coverage]
      .sort(
        (x, y) =>
          x.year - y.year || pc4OfZone(x.zone).localeCompare(pc4OfZone(y.zone)) || x.category.localeCompare(y.category),
      )
      .map((c) => [
        c.year,
        ctx.gemeenteName(c.gemeente),
        pc4OfZone(c.zone),
        c.category,
        c.demand,
        c.servedRegular,
        c.servedProvision,
        unmetOf(c),
        c.unmetNoCapacity,
        c.unmetOutOfReach,
      ]),
    formats: { 4: PUPILS, 5: PUPILS, 6: PUPILS, 7: PUPILS, 8: PUPILS, 9: PUPILS },
  };
}

function actionsSheet(plan: PlanFigures, ctx: WorkbookContext): SheetTable {
  return {
    name: 'Acties',
    header: ['jaar', 'omschrijving', 'soort', 'doel', 'categorie', 'omvang', 'eenmalig_eur', 'lopend_eur_per_jaar'],
    rows: [...plan.actions]
      .sort((a, b) => a.year - b.year || b.cost - a.cost)
      .map((a) => [
        a.year,
        ctx.describe(a),
        a.kind,
        ctx.provisionName(a.target),
        a.category ?? '',
        a.quantity,
        a.cost,
        a.runningCostPerYear ?? null,
      ]),
    formats: { 5: '0.0', 6: EURO, 7: EURO },
  };
}

function transportSheet(plan: PlanFigures, ctx: WorkbookContext): SheetTable {
  return {
    name: 'Vervoer',
    header: ['jaar', 'gemeente', 'leerlingen', 'km_enkele_reis', 'kosten_eur_per_jaar'],
    rows: [...plan.transport]
      .sort((a, b) => a.year - b.year || a.gemeente.localeCompare(b.gemeente))
      .map((x) => [x.year, ctx.gemeenteName(x.gemeente), x.pupils, x.km, x.cost]),
    formats: { 2: PUPILS, 3: KM, 4: EURO },
  };
}

function utilisationSheet(plan: PlanFigures, ctx: WorkbookContext): SheetTable {
  return {
    name: 'Bezetting',
    header: ['jaar', 'voorziening', 'categorie', 'bezet', 'plaatsen', 'aandeel'],
    rows: [...plan.utilisation]
      .sort((a, b) => a.year - b.year || a.provision.localeCompare(b.provision))
      .map((u) => [
        u.year,
        u.name ?? ctx.provisionName(u.provision),
        u.category ?? 'totaal',
        u.used,
        u.capacity,
        u.share,
      ]),
    formats: { 3: PUPILS, 5: SHARE },
  };
}

/** What the workbook is: region, scenario, years, the scenario's changes and where the data come from. */
function aboutSheet(plan: PlanFigures, ctx: WorkbookContext): SheetTable {
  return {
    name: 'Toelichting',
    header: ['onderwerp', 'waarde'],
    rows: [
      ['regio', `${ctx.regionName} (${ctx.regionCode})`],
      ['scenario', ctx.scenarioName],
      ['gemaakt', ctx.generated],
      ['jaren', `${Math.min(...plan.years)}–${Math.max(...plan.years)}`],
      ['ijkjaren', plan.checkpointYears.join(', ')],
      ...ctx.changes.map((c, i) => [i === 0 ? 'wijzigingen' : '', c] as Cell[]),
      ...ctx.provenance.map((p, i) => [i === 0 ? 'herkomst gegevens' : '', p] as Cell[]),
      [
        'leerlingen',
        'Aantallen zijn rekenuitkomsten met breuken (de vraag is geschat of geprojecteerd); op het scherm afgerond op hele leerlingen.',
      ],
      ['leerlingenvervoer', 'Indicatief: een schatting, geen begroting.'],
    ],
  };
}

/** Writes the tables as an .xlsx file (one worksheet each, header row bold and frozen). */
export async function workbookBytes(tables: SheetTable[]): Promise<ArrayBuffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Dekkend';
  for (const table of tables) {
    const ws = wb.addWorksheet(table.name.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.addRow(table.header).font = { bold: true };
    for (const row of table.rows) ws.addRow(row);
    table.header.forEach((h, i) => {
      const col = ws.getColumn(i + 1);
      col.width = Math.max(10, Math.min(60, h.length + 2));
      const fmt = table.formats?.[i];
      if (fmt) col.numFmt = fmt;
    });
  }
  return (await wb.xlsx.writeBuffer()) as ArrayBuffer;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
