import { builder } from '../builder.ts';

builder.prismaObject('DemandTrend', {
  description:
    "A need category's yearly demand trend (0.01 = +1 %/year) from DUO's pupil history per school type; PROJECTED demand rows continue the latest counted or estimated year with it (an assumption: the trend continues).",
  fields: (t) => ({
    yearlyGrowth: t.exposeFloat('yearlyGrowth'),
    fromYear: t.exposeInt('fromYear'),
    toYear: t.exposeInt('toYear'),
    source: t.exposeString('source'),
  }),
});
