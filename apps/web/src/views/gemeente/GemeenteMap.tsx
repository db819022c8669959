import { useMemo } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import type { GemeenteInfo } from '../../api/queries.ts';
import { MapView, type MapPoint } from '../../map/MapView.tsx';
import { Legend } from '../../components/Legend.tsx';

/** The gemeente's schools, provisions and housing projects (at their school) on its map, with a legend. */
export function GemeenteMap({ gemeente: g }: { gemeente: GemeenteInfo }) {
  const { t, tx } = useI18n();
  const points: MapPoint[] = useMemo(() => {
    return [
      ...g.schools.map((s) => ({
        id: s.code,
        lat: s.lat,
        lon: s.lon,
        kind: s.type,
        label: `${s.name} (${tx(`type.${s.type}`)})`,
        radius: 4,
      })),
      ...g.provisions.map((p) => ({
        id: p.code,
        lat: p.lat,
        lon: p.lon,
        kind: 'PROVISION',
        label: `${p.name} · ${tx(`rung.${p.rung}`)}`,
        radius: 6,
        ring: true,
        fill: '#000000',
      })),
      // IHP housing projects at their school (a project without a school has no place: listed under the legend).
      ...g.projects.flatMap((p) => {
        const s = g.schools.find((x) => x.code === p.schoolCode);
        if (!s) return [];
        return [
          {
            id: `housing:${p.id}`,
            lat: s.lat,
            lon: s.lon,
            kind: 'HOUSING',
            label: t('gemeente.projectLabel', {
              name: p.name,
              kind: tx(`gemeente.kind.${p.kind}`),
              year: p.year,
              classrooms: p.classroomsAdded,
            }),
            radius: 8,
            ring: true,
            selectable: false,
          },
        ];
      }),
    ];
  }, [g, tx, t]);
  const mapTypes = useMemo(() => {
    const present = new Set(points.map((p) => p.kind));
    return ['BAO', 'SBO', 'SO', 'VSO', 'VSO_COMBINED', 'VO', 'PRO', 'PROVISION', 'HOUSING'].filter((k) =>
      present.has(k),
    );
  }, [points]);
  const offMap = g.projects.filter((p) => !g.schools.some((s) => s.code === p.schoolCode)).length;

  return (
    <div>
      <MapView
        label={t('map.label', { name: g.name })}
        boundaries={
          g.boundary
            ? [{ code: g.code, name: g.name, geometry: g.boundary, fill: '#eef3f8', label: g.name, emphasis: true }]
            : []
        }
        points={points}
        fitKey={g.code}
        height={380}
        testId="gemeente-map"
        listed={false}
      />
      <div data-testid="gemeente-legend">
        <Legend title={t('gemeente.mapLegend')} types={mapTypes} base={['placeNames', 'gemeenteBorders']} />
        {offMap > 0 && <p className="hint">{t('gemeente.projectsOffMap', { count: offMap })}</p>}
      </div>
    </div>
  );
}
