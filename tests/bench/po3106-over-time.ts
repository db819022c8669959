/**
 * PO3106 (Parkstad) over 2026–2035 as a plan over time: the base plan, and the same with the
 * startklas of seed 003 at Bs Meander (06CK00, Brunssum) forced open from 2027. Prints the
 * checkpoint figures and Brunssum's (GM0899) pupils in SBO/SO (rungs 3–4) per year.
 * `npx tsx tests/bench/po3106-over-time.ts` (reads the open-data CSVs; no database needed).
 */
import { STARTKLAS_STAY } from '@dekkend/domain';
import { problemFromRegionData, shutdownWorkers, solve, type Plan, type Scenario } from '@dekkend/engine';
import { csvRegionData } from './csv-region-data.ts';

const YEARS = [2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035];
const BRUNSSUM = 'GM0899';

const data = csvRegionData({ regionCodes: ['PO3106'], years: YEARS });
const startklas: Scenario['candidates'] = [
  {
    id: 'SK-06CK00',
    name: 'Startklas Bs Meander',
    lat: 50.949797,
    lon: 5.982699,
    rung: 2,
    sectors: ['PO'],
    regionCode: 'PO3106',
    gemeenteCode: BRUNSSUM,
    hostSchool: '06CK00',
    categories: ['gedrag', 'leren', 'taal_spraak'],
    totalCapacity: 12,
    groupSize: 12,
    accessible: true,
    openingCost: 60_000,
    minViableSize: 8,
    earliestYear: 2027,
    forceOpen: true,
    stay: STARTKLAS_STAY,
  },
];

function brunssumSpecial(plan: Plan, year: number): number {
  return plan
    .timeline!.gemeenteStock.filter((g) => g.gemeente === BRUNSSUM && g.year === year && (g.rung === 3 || g.rung === 4))
    .reduce((s, g) => s + g.pupils, 0);
}

function show(label: string, plan: Plan): void {
  console.log(`\n${label}: ${plan.status}, ${plan.model.columns} columns, ${Math.round(plan.timings.totalMs)} ms`);
  for (const y of plan.timeline!.years)
    console.log(
      `${y.year}${plan.checkpointYears.includes(y.year) ? '*' : ' '} entrants ${y.entrants.toFixed(1)} ` +
        `inSetting r1..5 ${[1, 2, 3, 4, 5].map((r) => y.inSettingByRung[r as 1].toFixed(1)).join('/')} ` +
        `returned ${y.returned.toFixed(1)} followUp ${y.followUpHoursPerWeek.toFixed(1)} h/wk waiting ${y.waiting.toFixed(1)} ` +
        `Brunssum SBO/SO ${brunssumSpecial(plan, y.year).toFixed(1)}`,
    );
  const sk = plan.timeline!.returns.filter((r) => r.gemeente === BRUNSSUM);
  console.log(
    `returns to Brunssum schools: ${sk.reduce((s, r) => s + r.pupils, 0).toFixed(1)} pupils, ${sk.reduce((s, r) => s + r.followUpHoursPerWeek, 0).toFixed(1)} h/wk in total`,
  );
}

const base = await solve(problemFromRegionData(data, { years: YEARS, overTime: true, name: 'base' }));
show('base plan', base);
const withStartklas = await solve(
  problemFromRegionData(data, { years: YEARS, overTime: true, name: 'Meander startklas', candidates: startklas }),
);
show('with the Meander startklas', withStartklas);
console.log(
  `\nBrunssum pupils in SBO/SO in 2029: base ${brunssumSpecial(base, 2029).toFixed(1)}, with startklas ${brunssumSpecial(withStartklas, 2029).toFixed(1)}`,
);
await shutdownWorkers();
