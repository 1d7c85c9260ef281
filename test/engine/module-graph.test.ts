/**
 * What the engine's and the Worker's module graphs pull in (issue 13.5: the engine's module load
 * <= 50 ms, the Worker's import <= 100 ms; every byte of the bundle is parsed when an isolate starts).
 * The engine is pure and needs no schema library: the brief's zod schema (src/schema/brief.ts) is for
 * the API and the tests, and importing it would build every schema and load zod's 700 KB.
 */
import { build, type Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  WRANGLER_LIKE_BUILD,
  wranglerAliasPlugin,
  wranglerAliases,
  wranglerMinify,
} from '../../scripts/wrangler-alias';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The bundle's metafile for `entry`, bundled as wrangler would (conditions, aliases, externals). */
async function metafile(entry: string, plugins: Plugin[] = []) {
  const result = await build({
    entryPoints: [`${ROOT}${entry}`],
    ...WRANGLER_LIKE_BUILD,
    external: ['cloudflare:workers', ...WRANGLER_LIKE_BUILD.external],
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins,
  });
  return result.metafile;
}

describe('engine module graph', () => {
  it('does not load zod, hono or the brief schema', async () => {
    const inputs = Object.keys((await metafile('src/engine/index.ts')).inputs);
    expect(inputs.some((f) => f.endsWith('src/engine/index.ts'))).toBe(true);
    expect(inputs.filter((f) => /node_modules\/(zod|hono|@hono)\/|src\/schema\/brief\.ts$/.test(f))).toEqual([]);
  });
});

describe('Worker bundle', () => {
  it("leaves out zod's locales but English, and the alias doing it replaces nothing but zod's import", async () => {
    const aliases = wranglerAliases(ROOT);
    const { inputs } = await metafile('src/index.ts', [wranglerAliasPlugin(ROOT, aliases)]);
    const locales = Object.keys(inputs).filter((f) => /node_modules\/zod\/v4\/locales\//.test(f));
    expect(locales.map((f) => f.replace(/.*\/locales\//, ''))).toEqual(['en.js']);
    const importers = Object.entries(inputs)
      .filter(([, input]) => input.imports.some((i) => i.original !== undefined && i.original in aliases))
      .map(([file]) => file);
    expect(importers.length).toBeGreaterThan(0);
    expect(importers.filter((file) => !/node_modules\/zod\//.test(file))).toEqual([]);
  });
});

describe('the deployed script', () => {
  // One character past ASCII makes the whole script a two-byte string that every isolate decodes
  // and parses at twice the size. esbuild escapes strings but leaves regular expression literals
  // and String.raw templates as written, so those spell curly quotes and dashes as \u escapes.
  it('is ASCII only, as wrangler bundles it', async () => {
    const result = await build({
      entryPoints: [`${ROOT}src/index.ts`],
      ...WRANGLER_LIKE_BUILD,
      external: ['cloudflare:workers', ...WRANGLER_LIKE_BUILD.external],
      minify: wranglerMinify(ROOT),
      write: false,
      logLevel: 'silent',
      plugins: [wranglerAliasPlugin(ROOT)],
    });
    const script = result.outputFiles[0].text;
    const beyond = [...script.matchAll(/[^\t\n\r\x20-\x7e]/g)].map((m) => script.slice(m.index - 30, m.index + 5));
    expect(beyond).toEqual([]);
  });
});
