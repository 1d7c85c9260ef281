/** Every worker test file starts with the desk's D1 schema applied (migrations/, read in vitest.config.mts). */
import { applyD1Migrations, type D1Migration } from 'cloudflare:test';
import { env } from 'cloudflare:workers';

const { TEST_MIGRATIONS } = env as unknown as { TEST_MIGRATIONS: D1Migration[] };
await applyD1Migrations(env.DESK, TEST_MIGRATIONS);
