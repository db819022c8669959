import { builder } from '../builder.ts';

const SplitGemeenteRef = builder.objectRef<{ code: string; shareInRegion: number }>('SplitGemeente').implement({
  description: 'A gemeente shared between regions, with the share of its children (0–14) in this one.',
  fields: (t) => ({
    code: t.exposeString('code'),
    shareInRegion: t.exposeFloat('shareInRegion'),
  }),
});

export const RegionShapeRef = builder.prismaObject('RegionShape', {
  description:
    'Outline of a samenwerkingsverband, DERIVED from gemeente boundaries and the PC4 → SWV table ' +
    '(no official boundary file exists in open data); `approximate` where a gemeente is split.',
  fields: (t) => ({
    geometry: t.expose('geometry', { type: 'JSON', description: 'GeoJSON MultiPolygon (WGS84).' }),
    approximate: t.exposeBoolean('approximate'),
    splitGemeenten: t.field({
      type: [SplitGemeenteRef],
      select: { splitGemeenten: true },
      resolve: (s) => s.splitGemeenten as { code: string; shareInRegion: number }[],
    }),
    source: t.exposeString('source', { description: 'How the outline was derived, in words.' }),
  }),
});
