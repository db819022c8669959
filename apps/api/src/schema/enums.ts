import {
  AdoptionKind,
  DemandSource,
  HousingKind,
  PlanStatus,
  ProvisionScope,
  Role,
  ScenarioChangeKind,
  SchoolType,
  Sector,
  SupportLevel,
  Tier,
} from '@dekkend/db';
import { builder } from '../builder.ts';

export const SectorEnum = builder.enumType(Sector, { name: 'Sector' });
export const SchoolTypeEnum = builder.enumType(SchoolType, { name: 'SchoolType' });
export const TierEnum = builder.enumType(Tier, { name: 'Tier' });
export const ProvisionScopeEnum = builder.enumType(ProvisionScope, { name: 'ProvisionScope' });
export const DemandSourceEnum = builder.enumType(DemandSource, { name: 'DemandSource' });
export const SupportLevelEnum = builder.enumType(SupportLevel, { name: 'SupportLevel' });
export const HousingKindEnum = builder.enumType(HousingKind, { name: 'HousingKind' });
export const ScenarioChangeKindEnum = builder.enumType(ScenarioChangeKind, { name: 'ScenarioChangeKind' });
export const PlanStatusEnum = builder.enumType(PlanStatus, { name: 'PlanStatus' });
export const RoleEnum = builder.enumType(Role, { name: 'Role' });
export const AdoptionKindEnum = builder.enumType(AdoptionKind, {
  name: 'AdoptionKind',
  description: "ADOPTED: vastgesteld by the region. BASELINE: the region's part of the national base run.",
});
