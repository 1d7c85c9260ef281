/**
 * `npm run bench:startup`: how long the Worker takes to start, against a bare Hono Worker.
 *
 * Both are bundled by esbuild the way wrangler bundles them (ESM, workerd conditions, wrangler.toml's
 * `[alias]` and `minify`), then each bundle is imported in a fresh Node process (`--runs` times, default 7; the best and the median
 * are kept: the machine is shared, the best is the run least disturbed). `cloudflare:workers` is
 * replaced by a stub with an empty `DurableObject` class, the only thing the Worker takes from it.
 *
 *   import      ms from `import()` of the bundle to its default export (parse, compile, top-level code),
 *               wall clock and CPU (user + system; on a busy shared machine the CPU time is the steadier)
 *   first brief ms of `brief()` on the seed article in that fresh process (the engine's first call:
 *               tables built, code compiled), and the same call warm
 *
 * The article is shared/examples/seed-article.txt (EDGE_BRIEF_DATA, else ../shared), or a line of
 * news-like text without the shared data.
 *
 * Target (issue 13.5): import <= 100 ms. Exit code 1 when it is missed.
 *
 *   npm run bench:startup [-- --runs 7]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { WRANGLER_LIKE_BUILD, wranglerAliasPlugin, wranglerMinify } from '../wrangler-alias';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
const RUNS = Math.max(1, Number(values.runs));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IMPORT_TARGET_MS = 100;
const aliases = wranglerAliasPlugin(ROOT);
const minify = wranglerMinify(ROOT);

const stubCloudflare: Plugin = {
  name: 'stub-cloudflare-workers',
  setup(b) {
    b.onResolve({ filter: /^cloudflare:workers$/ }, () => ({ path: 'cloudflare:workers', namespace: 'stub' }));
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: 'export class DurableObject { constructor(ctx, env) { this.ctx = ctx; this.env = env; } }',
      loader: 'js',
    }));
  },
};

const BARE_HONO = `import { Hono } from 'hono';
const app = new Hono();
app.get('/', (c) => c.json({ ok: true }));
export default { fetch: app.fetch };
`;

/** The engine alone, with a probe the child calls after the import: first brief(), then warm. */
const ENGINE_PROBE = `import { brief } from './src/engine/index.ts';
export default { brief };
`;

async function bundle(dir: string, name: string, entry: { path?: string; contents?: string }): Promise<string> {
  const outfile = join(dir, `${name}.mjs`);
  await build({
    ...(entry.path
      ? { entryPoints: [entry.path] }
      : { stdin: { contents: entry.contents!, resolveDir: ROOT, loader: 'ts', sourcefile: `${name}.ts` } }),
    ...WRANGLER_LIKE_BUILD,
    target: 'es2022',
    minify,
    outfile,
    logLevel: 'error',
    plugins: [stubCloudflare, aliases],
  });
  return outfile;
}

const CHILD = `
const file = process.argv[1];
const article = process.argv[2];
const c0 = process.cpuUsage();
const t0 = performance.now();
const mod = await import(file);
const importMs = performance.now() - t0;
const c1 = process.cpuUsage(c0);
const cpuMs = (c1.user + c1.system) / 1000;
let first = NaN, warm = NaN;
if (article && mod.default.brief) {
  const t1 = performance.now(); mod.default.brief({ text: article }); first = performance.now() - t1;
  warm = Infinity;
  for (let i = 0; i < 5; i++) { const t2 = performance.now(); mod.default.brief({ text: article }); warm = Math.min(warm, performance.now() - t2); }
}
process.stdout.write(JSON.stringify({ importMs, cpuMs, first, warm }));
`;

interface Sample {
  importMs: number;
  cpuMs: number;
  first: number;
  warm: number;
}

function run(file: string, article = ''): Sample {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, file, article], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as Sample;
}

function stats(xs: number[]): { best: number; median: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { best: s[0]!, median: s[Math.floor(s.length / 2)]! };
}

const dir = mkdtempSync(join(tmpdir(), 'edge-brief-startup-'));
try {
  const worker = await bundle(dir, 'worker', { path: join(ROOT, 'src/index.ts') });
  const bare = await bundle(dir, 'bare-hono', { contents: BARE_HONO });
  const engine = await bundle(dir, 'engine', { contents: ENGINE_PROBE });
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  const seed = join(process.env.EDGE_BRIEF_DATA ?? join(ROOT, '../shared'), 'examples/seed-article.txt');
  const article = existsSync(seed)
    ? readFileSync(seed, 'utf8')
    : 'A storm hit the coast on Monday, officials said. "We are ready," Mayor Jane Smith told reporters.';

  const samples = { worker: [] as Sample[], bare: [] as Sample[], engine: [] as Sample[] };
  for (let i = 0; i < RUNS; i++) {
    samples.bare.push(run(bare));
    samples.worker.push(run(worker));
    samples.engine.push(run(engine, article));
  }
  const w = stats(samples.worker.map((s) => s.importMs));
  const b = stats(samples.bare.map((s) => s.importMs));
  const e = stats(samples.engine.map((s) => s.importMs));
  const first = stats(samples.engine.map((s) => s.first));
  const warm = stats(samples.engine.map((s) => s.warm));
  const size = (f: string) => `${Math.round(readFileSync(f).length / 1024)} KB`;
  const row = (name: string, x: { best: number; median: number }, note = '') =>
    `${name.padEnd(28)} ${x.best.toFixed(1).padStart(8)} ${x.median.toFixed(1).padStart(8)}  ${note}`;
  console.log(`startup, ${RUNS} fresh Node processes each (ms)`);
  console.log(`${''.padEnd(28)} ${'best'.padStart(8)} ${'median'.padStart(8)}`);
  console.log(row('import: Worker bundle', w, size(worker)));
  console.log(row('import: bare Hono bundle', b, size(bare)));
  console.log(row('import: engine alone', e, size(engine)));
  const wc = stats(samples.worker.map((s) => s.cpuMs));
  const bc = stats(samples.bare.map((s) => s.cpuMs));
  console.log(row('import CPU: Worker bundle', wc, 'user + system: less disturbed by a busy machine'));
  console.log(row('import CPU: bare Hono bundle', bc));
  console.log(row('first brief() (fresh)', first));
  console.log(row('brief() warm', warm));
  console.log(
    `Worker import / bare Hono import: ${(w.median / b.median).toFixed(1)}x (median); target Worker import <= ${IMPORT_TARGET_MS} ms: ${w.median <= IMPORT_TARGET_MS ? 'met' : 'MISSED'}`,
  );
  if (w.median > IMPORT_TARGET_MS) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
