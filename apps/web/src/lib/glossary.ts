/**
 * Which glossary entry explains a code of the need catalogue, the setting ladder or an indicator.
 * Pure lookups; the texts live in i18n/glossary.ts. A code without an entry answers null, and the
 * coverage test (components/Glossary.test.tsx) fails for it.
 */
import { GLOSSARY_IDS, type GlossaryId } from '../i18n/glossary.ts';

const known = new Set<string>(GLOSSARY_IDS);
const asId = (id: string): GlossaryId | null => (known.has(id) ? (id as GlossaryId) : null);

/** A need category (catalogue code, e.g. 'zml'). */
export const categoryTerm = (code: string) => asId(`category.${code}`);
/** A tier of the catalogue ('basis', 'extra', 'regional-specialist', 'national-specialist'). */
export const tierTerm = (tier: string) => asId(`tier.${tier}`);
/** A rung of the setting ladder (1–5). */
export const rungTerm = (rung: number) => asId(`rung.${rung}`);

/** A setting as the catalogue names it (per sector where that differs: 'sbo' in PO, 'pro' in VO). */
const SETTING_TERMS: Record<string, GlossaryId> = {
  regulier: 'rung.1',
  arrangement: 'arrangement',
  sbo: 'sbo',
  pro: 'pro',
  regionaal: 'vso',
  landelijk: 'rung.5',
};
export const settingTerm = (code: string): GlossaryId | null => SETTING_TERMS[code] ?? null;

/** A kind of rung-2 arrangement (catalogue arrangementTypes: 'startklas', 'ondersteuningsklas', 'opdc'). */
export const arrangementTerm = (code: string) => asId(code);

/**
 * An indicator: the domain's definitions (packages/domain INDICATORS), the ministry's map indicators
 * (lib/urlState INDICATORS) and a plan's key figures.
 */
const INDICATOR_TERMS: Record<string, GlossaryId> = {
  sboParticipation: 'deelname-sbo',
  vsoParticipation: 'deelname-vso',
  gap: 'niet-geplaatst',
  unmet: 'niet-geplaatst',
  waiting: 'wachtlijst',
  travel: 'reisafstand',
  travelP90: 'p90',
  inclusive: 'aandeel-regulier',
  sbo: 'grens-2-procent',
  taxi: 'leerlingenvervoer',
  cost: 'kosten-uitbreidingen',
};
export const indicatorTerm = (key: string): GlossaryId | null => INDICATOR_TERMS[key] ?? null;

/** Data provenance labels (DemandSource and the like) onto their entries. */
const PROVENANCE_TERMS: Record<string, GlossaryId> = {
  ESTIMATED: 'geschat',
  PROJECTED: 'geprojecteerd',
  COUNTED: 'geteld',
  SYNTHETIC: 'synthetisch',
  DERIVED: 'afgeleid',
};
export const provenanceTerm = (source: string): GlossaryId | null => PROVENANCE_TERMS[source] ?? null;
