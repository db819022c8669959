/* eslint-disable */
import * as types from './graphql.ts';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    gemeente {\n      code\n      name\n    }\n    regions {\n      code\n      name\n    }\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n    mutation Login($email: String!, $password: String!) {\n      login(email: $email, password: $password) {\n        token\n        expiresAt\n        user {\n          ...UserFields\n        }\n      }\n    }\n  ": typeof types.LoginDocument,
    "\n    query Me {\n      me {\n        ...UserFields\n      }\n    }\n  ": typeof types.MeDocument,
    "\n    query Categories {\n      needCategories {\n        code\n        nameNl\n        nameEn\n        tier\n        allowedSettings\n        source\n      }\n    }\n  ": typeof types.CategoriesDocument,
    "\n  fragment PlanSummaryFields on Plan {\n    id\n    status\n    createdAt\n    finishedAt\n    scenarioVersion\n    error\n  }\n": typeof types.PlanSummaryFieldsFragmentDoc,
    "\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    description\n    version\n    region {\n      code\n    }\n    changes {\n      id\n      position\n      kind\n      ...ChangePayloadFields\n    }\n    latestPlan {\n      ...PlanSummaryFields\n    }\n  }\n": typeof types.ScenarioFieldsFragmentDoc,
    "\n    query Scenarios($regionCode: String!) {\n      scenarios(regionCode: $regionCode, first: 200) {\n        edges {\n          node {\n            ...ScenarioFields\n          }\n        }\n      }\n    }\n  ": typeof types.ScenariosDocument,
    "\n    query Plan($id: Int!) {\n      plan(id: $id) {\n        ...PlanSummaryFields\n        statusReason\n        scenario {\n          id\n        }\n        result\n      }\n    }\n  ": typeof types.PlanDocument,
    "\n    query PlanStatus($id: Int!) {\n      plan(id: $id) {\n        status\n        error\n      }\n    }\n  ": typeof types.PlanStatusDocument,
    "\n    mutation CreateScenario($input: CreateScenarioInput!) {\n      createScenario(input: $input) {\n        ...ScenarioFields\n      }\n    }\n  ": typeof types.CreateScenarioDocument,
    "\n    mutation CopyScenario($id: Int!, $name: String) {\n      copyScenario(id: $id, name: $name) {\n        ...ScenarioFields\n      }\n    }\n  ": typeof types.CopyScenarioDocument,
    "\n    mutation DeleteScenario($id: Int!, $expectedVersion: Int!) {\n      deleteScenario(id: $id, expectedVersion: $expectedVersion)\n    }\n  ": typeof types.DeleteScenarioDocument,
    "\n    mutation AddChange($scenarioId: Int!, $expectedVersion: Int!, $change: ScenarioChangeInput!) {\n      addScenarioChange(scenarioId: $scenarioId, expectedVersion: $expectedVersion, change: $change) {\n        ...ScenarioFields\n      }\n    }\n  ": typeof types.AddChangeDocument,
    "\n    mutation RemoveChange($scenarioId: Int!, $expectedVersion: Int!, $changeId: Int!) {\n      removeScenarioChange(scenarioId: $scenarioId, expectedVersion: $expectedVersion, changeId: $changeId) {\n        ...ScenarioFields\n      }\n    }\n  ": typeof types.RemoveChangeDocument,
    "\n    mutation Solve($scenarioId: Int!, $expectedVersion: Int) {\n      solveScenario(scenarioId: $scenarioId, expectedVersion: $expectedVersion) {\n        ...PlanSummaryFields\n      }\n    }\n  ": typeof types.SolveDocument,
    "\n    mutation CancelSolve($planId: Int!) {\n      cancelSolve(planId: $planId) {\n        id\n        status\n      }\n    }\n  ": typeof types.CancelSolveDocument,
    "\n    subscription SolveProgress($planId: Int!) {\n      solveProgress(planId: $planId) {\n        planId\n        phase\n        fraction\n        message\n        status\n      }\n    }\n  ": typeof types.SolveProgressDocument,
    "\n  fragment ChangePayloadFields on ScenarioChange {\n    payload {\n      __typename\n      ... on CapacityChange {\n        provisionCode\n        places\n        allowGroups {\n          maxGroups\n          costPerGroup\n        }\n      }\n      ... on NewProvisionChange {\n        code\n        name\n        rung\n        lat\n        lon\n        sectors\n        gemeenteCode\n        hostSchoolCode\n        categories\n        totalCapacity\n        capacityByCategory {\n          key\n          value\n        }\n        accessible\n        openingCost\n        minViableSize\n        earliestYear\n        forceOpen\n        groupSize\n        costPerPlace\n        stay {\n          years\n          returnShare\n          onwardShare\n          followUpYears\n        }\n        funders {\n          board\n          swv\n          gemeente\n        }\n      }\n      ... on SpecialistFteChange {\n        poolCode\n        addFte\n        maxExtraFte\n        costPerFte\n      }\n      ... on DemandShiftChange {\n        categoryCode\n        share\n        toRung\n        byYear\n        shareOf\n      }\n      ... on WeightsChange {\n        unmet\n        rungWeights: rung {\n          key\n          value\n        }\n        travelPerKm\n        perEuro\n      }\n      ... on BudgetChange {\n        total\n      }\n      ... on GrowthChange {\n        categoryCode\n        share\n        byYear\n      }\n    }\n  }\n": typeof types.ChangePayloadFieldsFragmentDoc,
};
const documents: Documents = {
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    gemeente {\n      code\n      name\n    }\n    regions {\n      code\n      name\n    }\n  }\n": types.UserFieldsFragmentDoc,
    "\n    mutation Login($email: String!, $password: String!) {\n      login(email: $email, password: $password) {\n        token\n        expiresAt\n        user {\n          ...UserFields\n        }\n      }\n    }\n  ": types.LoginDocument,
    "\n    query Me {\n      me {\n        ...UserFields\n      }\n    }\n  ": types.MeDocument,
    "\n    query Categories {\n      needCategories {\n        code\n        nameNl\n        nameEn\n        tier\n        allowedSettings\n        source\n      }\n    }\n  ": types.CategoriesDocument,
    "\n  fragment PlanSummaryFields on Plan {\n    id\n    status\n    createdAt\n    finishedAt\n    scenarioVersion\n    error\n  }\n": types.PlanSummaryFieldsFragmentDoc,
    "\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    description\n    version\n    region {\n      code\n    }\n    changes {\n      id\n      position\n      kind\n      ...ChangePayloadFields\n    }\n    latestPlan {\n      ...PlanSummaryFields\n    }\n  }\n": types.ScenarioFieldsFragmentDoc,
    "\n    query Scenarios($regionCode: String!) {\n      scenarios(regionCode: $regionCode, first: 200) {\n        edges {\n          node {\n            ...ScenarioFields\n          }\n        }\n      }\n    }\n  ": types.ScenariosDocument,
    "\n    query Plan($id: Int!) {\n      plan(id: $id) {\n        ...PlanSummaryFields\n        statusReason\n        scenario {\n          id\n        }\n        result\n      }\n    }\n  ": types.PlanDocument,
    "\n    query PlanStatus($id: Int!) {\n      plan(id: $id) {\n        status\n        error\n      }\n    }\n  ": types.PlanStatusDocument,
    "\n    mutation CreateScenario($input: CreateScenarioInput!) {\n      createScenario(input: $input) {\n        ...ScenarioFields\n      }\n    }\n  ": types.CreateScenarioDocument,
    "\n    mutation CopyScenario($id: Int!, $name: String) {\n      copyScenario(id: $id, name: $name) {\n        ...ScenarioFields\n      }\n    }\n  ": types.CopyScenarioDocument,
    "\n    mutation DeleteScenario($id: Int!, $expectedVersion: Int!) {\n      deleteScenario(id: $id, expectedVersion: $expectedVersion)\n    }\n  ": types.DeleteScenarioDocument,
    "\n    mutation AddChange($scenarioId: Int!, $expectedVersion: Int!, $change: ScenarioChangeInput!) {\n      addScenarioChange(scenarioId: $scenarioId, expectedVersion: $expectedVersion, change: $change) {\n        ...ScenarioFields\n      }\n    }\n  ": types.AddChangeDocument,
    "\n    mutation RemoveChange($scenarioId: Int!, $expectedVersion: Int!, $changeId: Int!) {\n      removeScenarioChange(scenarioId: $scenarioId, expectedVersion: $expectedVersion, changeId: $changeId) {\n        ...ScenarioFields\n      }\n    }\n  ": types.RemoveChangeDocument,
    "\n    mutation Solve($scenarioId: Int!, $expectedVersion: Int) {\n      solveScenario(scenarioId: $scenarioId, expectedVersion: $expectedVersion) {\n        ...PlanSummaryFields\n      }\n    }\n  ": types.SolveDocument,
    "\n    mutation CancelSolve($planId: Int!) {\n      cancelSolve(planId: $planId) {\n        id\n        status\n      }\n    }\n  ": types.CancelSolveDocument,
    "\n    subscription SolveProgress($planId: Int!) {\n      solveProgress(planId: $planId) {\n        planId\n        phase\n        fraction\n        message\n        status\n      }\n    }\n  ": types.SolveProgressDocument,
    "\n  fragment ChangePayloadFields on ScenarioChange {\n    payload {\n      __typename\n      ... on CapacityChange {\n        provisionCode\n        places\n        allowGroups {\n          maxGroups\n          costPerGroup\n        }\n      }\n      ... on NewProvisionChange {\n        code\n        name\n        rung\n        lat\n        lon\n        sectors\n        gemeenteCode\n        hostSchoolCode\n        categories\n        totalCapacity\n        capacityByCategory {\n          key\n          value\n        }\n        accessible\n        openingCost\n        minViableSize\n        earliestYear\n        forceOpen\n        groupSize\n        costPerPlace\n        stay {\n          years\n          returnShare\n          onwardShare\n          followUpYears\n        }\n        funders {\n          board\n          swv\n          gemeente\n        }\n      }\n      ... on SpecialistFteChange {\n        poolCode\n        addFte\n        maxExtraFte\n        costPerFte\n      }\n      ... on DemandShiftChange {\n        categoryCode\n        share\n        toRung\n        byYear\n        shareOf\n      }\n      ... on WeightsChange {\n        unmet\n        rungWeights: rung {\n          key\n          value\n        }\n        travelPerKm\n        perEuro\n      }\n      ... on BudgetChange {\n        total\n      }\n      ... on GrowthChange {\n        categoryCode\n        share\n        byYear\n      }\n    }\n  }\n": types.ChangePayloadFieldsFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    gemeente {\n      code\n      name\n    }\n    regions {\n      code\n      name\n    }\n  }\n"): typeof import('./graphql.ts').UserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Login($email: String!, $password: String!) {\n      login(email: $email, password: $password) {\n        token\n        expiresAt\n        user {\n          ...UserFields\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Me {\n      me {\n        ...UserFields\n      }\n    }\n  "): typeof import('./graphql.ts').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Categories {\n      needCategories {\n        code\n        nameNl\n        nameEn\n        tier\n        allowedSettings\n        source\n      }\n    }\n  "): typeof import('./graphql.ts').CategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanSummaryFields on Plan {\n    id\n    status\n    createdAt\n    finishedAt\n    scenarioVersion\n    error\n  }\n"): typeof import('./graphql.ts').PlanSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ScenarioFields on Scenario {\n    id\n    name\n    description\n    version\n    region {\n      code\n    }\n    changes {\n      id\n      position\n      kind\n      ...ChangePayloadFields\n    }\n    latestPlan {\n      ...PlanSummaryFields\n    }\n  }\n"): typeof import('./graphql.ts').ScenarioFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Scenarios($regionCode: String!) {\n      scenarios(regionCode: $regionCode, first: 200) {\n        edges {\n          node {\n            ...ScenarioFields\n          }\n        }\n      }\n    }\n  "): typeof import('./graphql.ts').ScenariosDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query Plan($id: Int!) {\n      plan(id: $id) {\n        ...PlanSummaryFields\n        statusReason\n        scenario {\n          id\n        }\n        result\n      }\n    }\n  "): typeof import('./graphql.ts').PlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PlanStatus($id: Int!) {\n      plan(id: $id) {\n        status\n        error\n      }\n    }\n  "): typeof import('./graphql.ts').PlanStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CreateScenario($input: CreateScenarioInput!) {\n      createScenario(input: $input) {\n        ...ScenarioFields\n      }\n    }\n  "): typeof import('./graphql.ts').CreateScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CopyScenario($id: Int!, $name: String) {\n      copyScenario(id: $id, name: $name) {\n        ...ScenarioFields\n      }\n    }\n  "): typeof import('./graphql.ts').CopyScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeleteScenario($id: Int!, $expectedVersion: Int!) {\n      deleteScenario(id: $id, expectedVersion: $expectedVersion)\n    }\n  "): typeof import('./graphql.ts').DeleteScenarioDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation AddChange($scenarioId: Int!, $expectedVersion: Int!, $change: ScenarioChangeInput!) {\n      addScenarioChange(scenarioId: $scenarioId, expectedVersion: $expectedVersion, change: $change) {\n        ...ScenarioFields\n      }\n    }\n  "): typeof import('./graphql.ts').AddChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation RemoveChange($scenarioId: Int!, $expectedVersion: Int!, $changeId: Int!) {\n      removeScenarioChange(scenarioId: $scenarioId, expectedVersion: $expectedVersion, changeId: $changeId) {\n        ...ScenarioFields\n      }\n    }\n  "): typeof import('./graphql.ts').RemoveChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation Solve($scenarioId: Int!, $expectedVersion: Int) {\n      solveScenario(scenarioId: $scenarioId, expectedVersion: $expectedVersion) {\n        ...PlanSummaryFields\n      }\n    }\n  "): typeof import('./graphql.ts').SolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CancelSolve($planId: Int!) {\n      cancelSolve(planId: $planId) {\n        id\n        status\n      }\n    }\n  "): typeof import('./graphql.ts').CancelSolveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    subscription SolveProgress($planId: Int!) {\n      solveProgress(planId: $planId) {\n        planId\n        phase\n        fraction\n        message\n        status\n      }\n    }\n  "): typeof import('./graphql.ts').SolveProgressDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangePayloadFields on ScenarioChange {\n    payload {\n      __typename\n      ... on CapacityChange {\n        provisionCode\n        places\n        allowGroups {\n          maxGroups\n          costPerGroup\n        }\n      }\n      ... on NewProvisionChange {\n        code\n        name\n        rung\n        lat\n        lon\n        sectors\n        gemeenteCode\n        hostSchoolCode\n        categories\n        totalCapacity\n        capacityByCategory {\n          key\n          value\n        }\n        accessible\n        openingCost\n        minViableSize\n        earliestYear\n        forceOpen\n        groupSize\n        costPerPlace\n        stay {\n          years\n          returnShare\n          onwardShare\n          followUpYears\n        }\n        funders {\n          board\n          swv\n          gemeente\n        }\n      }\n      ... on SpecialistFteChange {\n        poolCode\n        addFte\n        maxExtraFte\n        costPerFte\n      }\n      ... on DemandShiftChange {\n        categoryCode\n        share\n        toRung\n        byYear\n        shareOf\n      }\n      ... on WeightsChange {\n        unmet\n        rungWeights: rung {\n          key\n          value\n        }\n        travelPerKm\n        perEuro\n      }\n      ... on BudgetChange {\n        total\n      }\n      ... on GrowthChange {\n        categoryCode\n        share\n        byYear\n      }\n    }\n  }\n"): typeof import('./graphql.ts').ChangePayloadFieldsFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
