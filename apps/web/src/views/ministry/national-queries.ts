/** The GraphQL documents of the national scenarios panel (NationalScenarios.tsx). */
import { gql } from '../../api/client.ts';

export interface ShownFigure {
  value: number | null;
  suppressed: boolean;
}

export interface NationalFigure {
  scenario: ShownFigure;
  baseline: ShownFigure | null;
  delta: number | null;
}

export interface NationalRegionRow {
  regionCode: string;
  regionName: string;
  year: number;
  placedNational: NationalFigure;
  unmet: NationalFigure;
  placedRegular: NationalFigure;
  placedSbo: NationalFigure;
}

export interface NationalRun {
  id: number;
  status: string;
  statusReason: string | null;
  years: number[];
  applied: string[];
  perRegion: NationalRegionRow[];
}

const FIGURE = `{ scenario { value suppressed } baseline { value suppressed } delta }`;

export const NATIONAL_SCENARIOS = gql<{ nationalScenarios: { id: number; name: string }[] }>(
  `query NationalScenarios { nationalScenarios { id name } }`,
);

export const NATIONAL_SCENARIO = gql<
  { nationalScenario: { id: number; name: string; runs: NationalRun[] } | null },
  { id: number }
>(
  `query NationalScenario($id: Int!) { nationalScenario(id: $id) { id name runs { id status statusReason years applied
    perRegion { regionCode regionName year placedNational ${FIGURE} unmet ${FIGURE} placedRegular ${FIGURE} placedSbo ${FIGURE} } } } }`,
);

export const CREATE_NATIONAL_SCENARIO = gql<
  { createNationalScenario: { id: number } },
  { input: { name: string; changes: { kind: string; payload: unknown }[] } }
>(
  `mutation CreateNationalScenario($input: CreateNationalScenarioInput!) { createNationalScenario(input: $input) { id } }`,
);

export const SOLVE_NATIONAL_SCENARIO = gql<{ solveNationalScenario: { id: number; status: string } }, { id: number }>(
  `mutation SolveNationalScenario($id: Int!) { solveNationalScenario(id: $id) { id status } }`,
);

export const CANCEL_NATIONAL_RUN = gql<{ cancelNationalScenarioRun: { id: number; status: string } }, { id: number }>(
  `mutation CancelNationalRun($id: Int!) { cancelNationalScenarioRun(runId: $id) { id status } }`,
);
