/**
 * Stands in for zod's translated error messages in the Worker bundle (wrangler.toml `[alias]`).
 * zod re-exports its ~40 locales as `z.locales` (390 KB of a 2 MB bundle) although only English is
 * ever used, and zod loads that one itself; every byte of the bundle is parsed when an isolate
 * starts (issue 13.5). Nothing here reads `z.locales`; test/engine/module-graph.test.ts checks that
 * only zod imports what this replaces.
 */
export {};
