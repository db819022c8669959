/**
 * Scenario changes between the client's `{ kind, payload }` (the shape the form builds and the
 * views summarise, as the API stores it) and the API's typed GraphQL: the `@oneOf`
 * `ScenarioChangeInput` (`{ capacity: { … } }`) and the `ScenarioChangePayload` union.
 * Records (category → places, rung → weight) travel as `{ key, value }` entry lists.
 */
import { graphql } from '../generated/gql.ts';
import type { ScenarioChangeInput } from '../generated/graphql.ts';

/** The field of `ScenarioChangeInput` that carries a kind: CAPACITY → capacity, NEW_PROVISION → newProvision. */
export const inputFieldOf = (kind: string): string =>
  kind.toLowerCase().replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** Payload fields that are records in the stored shape and entry lists in GraphQL. */
const RECORD_FIELDS = new Set(['capacityByCategory', 'rung']);

export interface ChangeLike {
  kind: string;
  payload: Record<string, unknown>;
}

/** A `{ kind, payload }` change as the typed `ScenarioChangeInput` the API takes. */
export function toChangeInput(change: ChangeLike): ScenarioChangeInput {
  const value = Object.fromEntries(
    Object.entries(change.payload)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) =>
        RECORD_FIELDS.has(k) && v && typeof v === 'object' && !Array.isArray(v)
          ? [k, Object.entries(v).map(([key, value]) => ({ key, value }))]
          : [k, v],
      ),
  );
  // Built from the kind at run time; the API checks it against ScenarioChangeInput.
  return { [inputFieldOf(change.kind)]: value } as unknown as ScenarioChangeInput;
}

type Entry = { key: string; value: unknown };

function fromOutput(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((v) => fromOutput(v));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (k === '__typename' || v === null) continue;
      out[k] =
        RECORD_FIELDS.has(k) && Array.isArray(v)
          ? Object.fromEntries((v as Entry[]).map((e) => [e.key, fromOutput(e.value)]))
          : fromOutput(v);
    }
    return out;
  }
  return value;
}

/**
 * A typed `ScenarioChangePayload` answer in the stored payload shape: absent fields (null in
 * GraphQL) left out, entry lists as records; BUDGET's `total: null` stays (it means no limit).
 */
export function fromChangePayload(kind: string, payload: unknown): Record<string, unknown> {
  const out = (fromOutput(payload) ?? {}) as Record<string, unknown>;
  if (Array.isArray(out.rungWeights)) {
    out.rung = Object.fromEntries((out.rungWeights as Entry[]).map((e) => [e.key, e.value]));
    delete out.rungWeights;
  }
  if (kind === 'BUDGET' && payload && typeof payload === 'object' && 'total' in payload)
    out.total = (payload as { total: unknown }).total;
  return out;
}

/**
 * The selection of a change's typed payload: every field of every kind. WEIGHTS' `rung` is
 * aliased `rungWeights`: GraphQL refuses two same-named fields of different types
 * (NEW_PROVISION's `rung: Int!`) in one selection; `fromChangePayload` names it `rung` again.
 */
graphql(`
  fragment ChangePayloadFields on ScenarioChange {
    payload {
      __typename
      ... on CapacityChange {
        provisionCode
        places
        allowGroups {
          maxGroups
          costPerGroup
        }
      }
      ... on NewProvisionChange {
        code
        name
        rung
        lat
        lon
        sectors
        gemeenteCode
        hostSchoolCode
        categories
        totalCapacity
        capacityByCategory {
          key
          value
        }
        accessible
        openingCost
        minViableSize
        earliestYear
        forceOpen
        groupSize
        costPerPlace
        stay {
          years
          returnShare
          onwardShare
          followUpYears
        }
        funders {
          board
          swv
          gemeente
        }
      }
      ... on SpecialistFteChange {
        poolCode
        addFte
        maxExtraFte
        costPerFte
      }
      ... on DemandShiftChange {
        categoryCode
        share
        toRung
        byYear
        shareOf
      }
      ... on WeightsChange {
        unmet
        rungWeights: rung {
          key
          value
        }
        travelPerKm
        perEuro
      }
      ... on BudgetChange {
        total
      }
      ... on GrowthChange {
        categoryCode
        share
        byYear
      }
    }
  }
`);
