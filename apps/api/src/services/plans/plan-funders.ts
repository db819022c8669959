/**
 * A plan's cost per funder (board / SWV / gemeente): each action with a funder split (an opened
 * arrangement: the scenario's split, else the cost table's default, seed 003 with equal shares an
 * assumption) shares its one-off cost and its running cost of every year in force; the rest of the
 * plan's cost is `unassigned` (no split given). Derived, indicative.
 */
import type { PrismaClient } from '@dekkend/db';

export interface CostByFunder {
  board: number;
  swv: number;
  gemeente: number;
  unassigned: number;
}

/** Euro per funder over the plan's years; `total` is the plan's cost (one-off + running). */
export async function planCostByFunder(prisma: PrismaClient, planId: number, total: number): Promise<CostByFunder> {
  const [actions, years] = await Promise.all([
    prisma.planAction.findMany({
      where: { planId, funderSource: { not: null } },
      select: {
        year: true,
        cost: true,
        runningCostPerYear: true,
        funderBoard: true,
        funderSwv: true,
        funderGemeente: true,
      },
    }),
    prisma.planYear.findMany({ where: { planId }, select: { year: true } }),
  ]);
  const planYears = [...new Set(years.map((y) => y.year))];
  const out = { board: 0, swv: 0, gemeente: 0 };
  for (const a of actions) {
    const inForce = planYears.filter((y) => y >= a.year).length;
    const euro = a.cost + a.runningCostPerYear * inForce;
    out.board += euro * (a.funderBoard ?? 0);
    out.swv += euro * (a.funderSwv ?? 0);
    out.gemeente += euro * (a.funderGemeente ?? 0);
  }
  return { ...out, unassigned: total - out.board - out.swv - out.gemeente };
}
