import { builder } from '../builder.ts';
import './scalars.ts';
import './enums.ts';
import './common.ts';
import './health.ts';
import './user.ts';
import './region-shape.ts';
import './region.ts';
import './gemeente.ts';
import './school.ts';
import './provision.ts';
import './housing.ts';
import './scenario.ts';
import './plan.ts';
import './solve-progress.ts';
import './views.ts';
import './finances.ts';

export const schema = builder.toSchema({ sortSchema: false });
