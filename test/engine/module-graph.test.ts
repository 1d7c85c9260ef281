/**
 * What the engine's module graph pulls in (issue 13.5: module load <= 50 ms). The engine is pure and
 * needs no schema library: the brief's zod schema (src/schema/brief.ts) is for the API and the
 * tests, and importing it would build every schema (and load zod's 700 KB) when an isolate starts.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The files esbuild bundles for `entry`, as the Worker bundle would take them. */
async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [`${ROOT}${entry}`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('engine module graph', () => {
  it('does not load zod, hono or the brief schema', async () => {
    const inputs = await bundledInputs('src/engine/index.ts');
    expect(inputs.some((f) => f.endsWith('src/engine/index.ts'))).toBe(true);
    expect(inputs.filter((f) => /node_modules\/(zod|hono|@hono)\/|src\/schema\/brief\.ts$/.test(f))).toEqual([]);
  });
});
