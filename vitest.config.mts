import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    projects: [
      {
        // The Worker: routes, KV, webhooks, queues, inside workerd with miniflare bindings from wrangler.toml.
        // The desk's D1 schema (migrations/) is read here in Node and applied in workerd by test/worker/setup.ts.
        plugins: [
          cloudflareTest(async () => ({
            wrangler: { configPath: './wrangler.toml' },
            miniflare: { bindings: { TEST_MIGRATIONS: await readD1Migrations('./migrations') } },
          })),
        ],
        test: {
          name: 'worker',
          include: ['test/worker/**/*.test.ts'],
          // The Worker loads its app and engine on the first request that needs them (src/front.ts), so
          // a file's first brief pays for that inside its test rather than at import: room for a busy machine
          // (a replay test took 20.2 s with the suite sharing two cores with four other sessions).
          testTimeout: 60_000,
          setupFiles: ['test/worker/setup.ts'],
          // runtypes (used by Contentful's request verification) is CommonJS with circular requires,
          // which the pool's module loader cannot resolve unbundled; wrangler's esbuild bundle can.
          deps: { optimizer: { ssr: { enabled: true, include: ['runtypes'] } } },
        },
      },
      {
        // The pure engine, the HTML extractor and the CLI, in Node: the same code the Worker runs, with the shared data on disk.
        // The golden check briefs every shared text (~30 s on a busy machine) and the CLI tests spawn Node:
        // a generous timeout, since speed is held by growth ratios and `npm run bench`, not by the clock here.
        test: {
          name: 'engine',
          include: ['test/engine/**/*.test.ts', 'test/content/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        // End to end: the real `npm start` server over HTTP, and the browser test in Chromium.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
