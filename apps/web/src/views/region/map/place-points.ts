/**
 * The region map's markers: schools, provisions (a school hosting one is drawn as the provision),
 * the provisions the scenario adds and the place just picked for a new one, as dashed candidates.
 */
import type { RegionData, Scenario } from '../../../api/model.ts';
import type { I18n } from '../../../i18n/i18n.tsx';
import type { MapPoint } from '../../../map/MapView.tsx';

/** School types drawn, in legend order. */
const SCHOOL_TYPES = ['BAO', 'SBO', 'SO', 'VSO', 'VSO_COMBINED', 'VO', 'PRO'];

/** Which marker layers the user has switched on. */
export interface ShownLayers {
  schools: boolean;
  provisions: boolean;
  areas: boolean;
}

export interface PlacePointsInput {
  region: RegionData;
  show: Pick<ShownLayers, 'schools' | 'provisions'>;
  category: string;
  categoryName: string;
  scenario?: Scenario | null;
  picked?: { lat: number; lon: number } | null;
}

type Format = Pick<I18n, 't' | 'tx'>;

export function placePoints(input: PlacePointsInput, f: Format): MapPoint[] {
  const { region, show, category, categoryName, scenario, picked } = input;
  return [
    ...(show.schools ? schoolPoints(region, show.provisions, f) : []),
    ...(show.provisions ? provisionPoints(region.provisions, category, categoryName, f) : []),
    ...(show.provisions ? scenarioProvisionPoints(scenario, f) : []),
    ...(picked ? [pickedPoint(picked, f)] : []),
  ];
}

/** The schools; one that hosts a provision is left to the provision's marker while those are shown. */
function schoolPoints(region: RegionData, provisionsShown: boolean, { tx }: Format): MapPoint[] {
  const hosts = new Set(region.provisions.map((p) => p.hostSchoolCode).filter(Boolean));
  return region.schools
    .filter((s) => !(provisionsShown && hosts.has(s.code)))
    .map((s) => ({
      id: s.code,
      lat: s.lat,
      lon: s.lon,
      kind: s.type,
      label: `${s.name} (${tx(`type.${s.type}`)})`,
      radius: 3.5,
    }));
}

/** The provisions, black where they have places for this need, grey where not. */
function provisionPoints(
  provisions: RegionData['provisions'],
  category: string,
  categoryName: string,
  { tx }: Format,
): MapPoint[] {
  return provisions.map((p) => {
    const places = p.capacity[category];
    return {
      id: p.code,
      lat: p.lat,
      lon: p.lon,
      kind: p.isCandidate ? 'CANDIDATE' : 'PROVISION',
      label: `${p.name} · ${tx(`rung.${p.rung}`)}${places != null ? ` · ${places} ${categoryName}` : ''}`,
      radius: 6,
      ring: true,
      dashed: p.isCandidate,
      fill: places ? '#000000' : '#7f7f7f',
    };
  });
}

/** The fields of a NEW_PROVISION change the map reads. */
type NewProvisionPayload = {
  code: string;
  name: string;
  lat: number;
  lon: number;
  rung: number;
  totalCapacity: number;
  earliestYear?: number;
};

/** Arrangements and provisions the scenario adds: dashed rings where they would open. */
function scenarioProvisionPoints(scenario: Scenario | null | undefined, { tx }: Format): MapPoint[] {
  return (scenario?.changes ?? []).flatMap((c) => {
    if (c.kind !== 'NEW_PROVISION') return [];
    const p = c.payload as NewProvisionPayload;
    if (typeof p.lat !== 'number' || typeof p.lon !== 'number') return [];
    const opens = p.earliestYear ? ` ${p.earliestYear}` : '';
    return [
      {
        id: p.code,
        lat: p.lat,
        lon: p.lon,
        kind: 'CANDIDATE',
        label: `${p.name} · ${tx(`rung.${p.rung}`)} · ${p.totalCapacity} · ${tx('type.CANDIDATE')}${opens}`,
        radius: 7,
        ring: true,
        dashed: true,
        selectable: false,
      },
    ];
  });
}

/** The place picked for a new provision, not yet saved. */
function pickedPoint(picked: { lat: number; lon: number }, { t }: Format): MapPoint {
  return {
    id: 'picked',
    lat: picked.lat,
    lon: picked.lon,
    kind: 'CANDIDATE',
    label: t('map.picked'),
    radius: 8,
    ring: true,
    dashed: true,
    selectable: false,
  };
}

/** The marker types the legend names: the school types present, provisions, and candidates if any are drawn. */
export function presentTypes(
  schools: RegionData['schools'],
  scenario: Scenario | null | undefined,
  picked: { lat: number; lon: number } | null | undefined,
): string[] {
  const types = new Set(schools.map((s) => s.type));
  const candidates = Boolean(picked) || (scenario?.changes ?? []).some((c) => c.kind === 'NEW_PROVISION');
  return [...SCHOOL_TYPES.filter((ty) => types.has(ty)), 'PROVISION', ...(candidates ? ['CANDIDATE'] : [])];
}
