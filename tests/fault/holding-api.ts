/**
 * An API process whose solves hold until it is killed (tests/fault/api-kill.test.ts
 * kills it with SIGKILL mid-solve). Same start-up as apps/api/src/main.ts, with the
 * test's solver injected into the in-process queue.
 */
import { openDatabase } from '@dekkend/db';
import { createServer } from '../../apps/api/src/server.ts';
import { InProcessSolveQueue } from '../../apps/api/src/planning/in-process-queue.ts';
import { createProgressBus } from '../../apps/api/src/planning/progress.ts';
import { holdingSolver } from '../support/solvers.ts';

const db = openDatabase();
const progress = createProgressBus();
const queue = new InProcessSolveQueue({ prisma: db.prisma, progress, solver: holdingSolver().solver });
const server = createServer({ db, queue, progress });
server.app.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('holding api ready'));
