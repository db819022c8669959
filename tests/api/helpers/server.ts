import { createTestDatabase, type TestDatabase } from '../../support/test-database.ts';
import { createServer, type DekkendServer, type ServerOptions } from '../../../apps/api/src/server.ts';
import type { Provider } from '@dekkend/db';
import { seedFixture, type Fixture } from './fixture.ts';

export interface TestApi {
  db: TestDatabase;
  server: DekkendServer;
  fixture: Fixture;
  close(): Promise<void>;
}

export const quietLogger = {
  error: (m: string, d?: unknown) => {
    if (process.env.API_TEST_DEBUG) console.error(m, d);
  },
  info: () => {},
};

/** Fresh database of the provider, the fixture, and a server on it (in-process queue unless given). */
export async function startTestApi(
  provider: Provider,
  options: Partial<ServerOptions> & { schoolsPerRegion?: number } = {},
): Promise<TestApi> {
  const db = await createTestDatabase(provider);
  const fixture = await seedFixture(db.prisma, { schoolsPerRegion: options.schoolsPerRegion });
  const server = createServer({
    db,
    redisUrl: null,
    authSecret: 'test-secret-0123456789',
    logger: quietLogger,
    ...options,
  });
  return {
    db,
    server,
    fixture,
    async close() {
      await server.close();
      await db.drop();
    },
  };
}
