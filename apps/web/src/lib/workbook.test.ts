import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { planTables, workbookBytes, type WorkbookContext } from './workbook.ts';
import type { PlanFigures, YearSummary } from '../api/model.ts';

const year = (y: number, unmet: number, inclusiveShare: number): YearSummary => ({
  year: y,
  checkpoint: y === 2029,
  demand: 100,
  placedByRung: { '1': 60, '2': 10, '4': 100 - 70 - unmet },
  unmet,
  inclusiveShare,
  meanKm: 4.25,
  p90Km: 11.5,
  transportCost: 12000,
  actionCost: y === 2029 ? 50000 : 0,
  runningCost: 8000,
  cumulativeCost: y === 2029 ? 58000 : 66000,
  movement: null,
});

const plan = {
  status: 'optimal',
  years: [2029, 2030],
  checkpointYears: [2029],
  // Out of order on purpose: the sheet sorts by year.
  perYear: [year(2030, 1.5, 0.62), year(2029, 2.8, 0.6)],
  coverage: [
    {
      zone: 'PO:6441',
      region: 'PO3106',
      gemeente: 'GM0899',
      category: 'gedrag',
      year: 2029,
      demand: 3.3,
      served: 0.5,
      servedRegular: 0.5,
      servedProvision: 0,
      unmetNoCapacity: 2.5,
      unmetOutOfReach: 0.3,
    },
  ],
  utilisation: [{ provision: 'P1', year: 2029, category: null, used: 11, capacity: 12, share: 11 / 12 }],
  actions: [
    { kind: 'open', year: 2029, target: 'P1', category: 'gedrag', quantity: 1, cost: 50000, description: 'open P1' },
  ],
  travel: [],
  transport: [{ year: 2029, gemeente: 'GM0899', pupils: 4.5, km: 80, cost: 12000 }],
} as unknown as PlanFigures;

const ctx: WorkbookContext = {
  regionCode: 'PO3106',
  regionName: 'Parkstad',
  scenarioName: 'Basis',
  describe: (a) => `Openen · Gedrag: ${a.quantity} bij Startklas`,
  gemeenteName: (c) => (c === 'GM0899' ? 'Brunssum' : c),
  provisionName: (c) => (c === 'P1' ? 'Startklas' : c),
  changes: ['Nieuwe voorziening Startklas (trede 2, 12 plaatsen, vanaf 2029)'],
  provenance: ['Vraag 2026: geschat', 'Vraag 2027–2035: geprojecteerd'],
  generated: '2-12-2026',
};

describe('plan workbook', () => {
  it('builds one table per sheet, years in order, names instead of codes', () => {
    const tables = planTables(plan, ctx);
    expect(tables.map((t) => t.name)).toEqual(['Jaren', 'Dekking', 'Acties', 'Vervoer', 'Bezetting', 'Toelichting']);
    const years = tables[0]!;
    expect(years.rows.map((r) => r[0])).toEqual([2029, 2030]);
    // 2029: demand 100, rungs 1–5 = 60, 10, 0, 27.2, 0; unmet 2.8 (fractions kept).
    expect(years.rows[0]!.slice(0, 9)).toEqual([2029, 'ja', 100, 60, 10, 0, 100 - 70 - 2.8, 0, 2.8]);
    expect(tables[1]!.rows[0]).toEqual([2029, 'Brunssum', '6441', 'gedrag', 3.3, 0.5, 0, 2.8, 2.5, 0.3]);
    expect(tables[2]!.rows[0]!.slice(0, 4)).toEqual([2029, 'Openen · Gedrag: 1 bij Startklas', 'open', 'Startklas']);
    expect(tables[4]!.rows[0]!.slice(0, 3)).toEqual([2029, 'Startklas', 'totaal']);
    const about = tables[5]!.rows.map((r) => r.join(' '));
    expect(about).toContain('wijzigingen Nieuwe voorziening Startklas (trede 2, 12 plaatsen, vanaf 2029)');
    expect(about).toContain('herkomst gegevens Vraag 2026: geschat');
  });

  it('writes an .xlsx that reads back with the same sheets, header and numbers', async () => {
    const bytes = await workbookBytes(planTables(plan, ctx));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Jaren',
      'Dekking',
      'Acties',
      'Vervoer',
      'Bezetting',
      'Toelichting',
    ]);
    const jaren = wb.getWorksheet('Jaren')!;
    expect(jaren.getRow(1).getCell(1).value).toBe('jaar');
    expect(jaren.getRow(1).font?.bold).toBe(true);
    expect(jaren.rowCount).toBe(3);
    expect(jaren.getRow(2).getCell(9).value).toBe(2.8); // niet_geplaatst 2029, a number, not text
    expect(jaren.getColumn(10).numFmt).toBe('0.0%');
    expect(wb.getWorksheet('Dekking')!.getRow(2).getCell(2).value).toBe('Brunssum');
  });
});
