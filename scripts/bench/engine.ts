/**
 * `npm run bench:engine`: how fast the engine is, against two JavaScript NLP libraries, on the
 * same articles (the 371 PTC train articles in shared/eval/), plus adversarial inputs, the
 * engine module's cold load time and the Worker's gzipped bundle size.
 *
 *   brief()     the full brief (segmentation, quotes, names, actors, claims, sources, caveats, summary),
 *               called as the Worker calls it: the id is hashed beforehand with Web Crypto (native, as
 *               the Worker does to look its cache up before analysing), so the engine's pure-JS
 *               SHA-256 fallback for callers without an id (about a fifth of the time) is not timed
 *   compromise  nlp(text) + people(), organizations(), places()
 *   wink-nlp    readDoc(text) + sentences() + entities() (wink-eng-lite-web-model)
 *
 * Each contender is timed on its own, as a Worker isolate runs the engine alone: a full garbage
 * collection, one warm-up pass over every article, then --runs timed passes (default 3) over every
 * article, each article's best pass kept (the machine is shared: the best is the run least
 * disturbed by others, and passes spread a burst of noise over different articles); the table gives the median and p99 ms per article, the median ms per 1,000 words, and
 * brief()'s ratio to each. Adversarial inputs are timed the same way (best of --runs). Targets (issue 3): median <= 2 ms per 1,000 words, p99 <= 8 ms per article, >= 10x faster
 * than compromise, faster than wink-nlp, each 400 KB adversarial input < 200 ms, module load <=
 * 50 ms, Worker <= 1 MB gzipped; and the stage budgets the unit tests held before they became
 * growth-ratio tests (test/engine/growth.ts). Exit code 1 when a target is missed. compromise and wink-nlp are
 * devDependencies only; they never reach the Worker.
 *
 *   npm run bench:engine                  # everything
 *   npm run bench:engine -- --limit 50    # fewer articles
 *   npm run bench:engine -- --no-bundle   # skip the wrangler dry-run build
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { brief, briefId } from '../../src/engine';
import { countWords } from '../../src/engine/text/words';
import { findActors } from '../../src/engine/actors';
import { findAttribution } from '../../src/engine/attribution';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';
import { detectTextLanguage } from '../../src/engine/language';
import { findNames } from '../../src/engine/text/names';
import { splitParagraphs } from '../../src/engine/text/paragraphs';
import { findQuotes } from '../../src/engine/text/quotes';
import { readJsonl } from '../eval/shared';
import { WRANGLER_LIKE_BUILD, wranglerMinify } from '../wrangler-alias';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    runs: { type: 'string', default: '3' },
    'no-bundle': { type: 'boolean', default: false },
  },
});
const RUNS = Math.max(1, Number(values.runs));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const articles = readJsonl<{ text: string }>('eval/ptc-semeval2020-task11/train.jsonl')
  .map((a) => a.text)
  .slice(0, values.limit ? Number(values.limit) : undefined);
const words = articles.map((t) => countWords(t));
const totalWords = words.reduce((a, b) => a + b, 0);

const ids = new Map<string, string>();
async function idOf(text: string): Promise<string> {
  if (!ids.has(text)) ids.set(text, await briefId({ text }));
  return ids.get(text)!;
}
for (const text of articles) await idOf(text);

const wink = winkNLP(model);
const its = wink.its;

const contenders: Record<string, (text: string) => unknown> = {
  'brief()': (text) => brief({ text }, { id: ids.get(text) }),
  compromise: (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.organizations().out('array'), doc.places().out('array')];
  },
  'wink-nlp': (text) => {
    const doc = wink.readDoc(text);
    return [doc.sentences().out(), doc.entities().out(its.detail)];
  },
};

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

interface Timing {
  median: number;
  p99: number;
  perKWords: number;
  aggregatePerKWords: number;
}

/** Best of RUNS timings of one call, in ms. */
function best(run: () => unknown): number {
  let min = Infinity;
  for (let r = 0; r < RUNS; r++) {
    const started = performance.now();
    run();
    min = Math.min(min, performance.now() - started);
  }
  return min;
}

/**
 * Every contender on every article, one contender at a time: warmed up on all articles, then each
 * article timed in RUNS passes (its best pass kept), with a full garbage collection before each
 * contender's turn. A Worker isolate runs our code alone, so each contender is timed alone too:
 * interleaved article by article, compromise's garbage and cache traffic were billed to whichever
 * contender ran next.
 */
function timeAll(): Record<string, Timing> {
  const names = Object.keys(contenders);
  const ms: Record<string, number[]> = {};
  for (const name of names) {
    collectGarbage();
    process.stderr.write(`timing ${name}...\n`);
    for (const t of articles) contenders[name](t);
    // RUNS passes over all the articles, each article's best kept: a burst of noise from the shared
    // machine then spoils one pass of a few articles, not every run of the same ones.
    const times = articles.map(() => Infinity);
    for (let r = 0; r < RUNS; r++) {
      articles.forEach((t, i) => {
        const started = performance.now();
        contenders[name](t);
        times[i] = Math.min(times[i], performance.now() - started);
      });
    }
    ms[name] = times;
  }
  return Object.fromEntries(
    names.map((name) => {
      const list = ms[name];
      const perK = list.map((x, i) => (x / Math.max(1, words[i])) * 1000).sort((a, b) => a - b);
      const total = list.reduce((a, b) => a + b, 0);
      const sorted = [...list].sort((a, b) => a - b);
      return [
        name,
        {
          median: quantile(sorted, 0.5),
          p99: quantile(sorted, 0.99),
          perKWords: quantile(perK, 0.5),
          aggregatePerKWords: (total / totalWords) * 1000,
        },
      ];
    }),
  );
}

/** A full collection, so one contender's garbage is not collected on another's time. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

const f = (x: number, d = 2) => x.toFixed(d);
const misses: string[] = [];
const check = (ok: boolean, what: string) => {
  if (!ok) misses.push(what);
  return ok ? 'met' : 'MISS';
};

console.log(
  `${articles.length} PTC articles, best of ${RUNS} passes, ${totalWords} words (median ${quantile(
    [...words].sort((a, b) => a - b),
    0.5,
  )} per article)\n`,
);
const results = timeAll();
const ours = results['brief()'];
const rows = [
  ['contender', 'median ms/article', 'p99 ms/article', 'median ms/1k words', 'all ms/1k words', 'brief() is'],
];
for (const [name, r] of Object.entries(results)) {
  rows.push([
    name,
    f(r.median),
    f(r.p99),
    f(r.perKWords),
    f(r.aggregatePerKWords),
    name === 'brief()' ? '' : `${f(r.perKWords / ours.perKWords, 1)}x faster`,
  ]);
}
printTable(rows);

console.log('\nTargets');
console.log(
  `  median ${f(ours.perKWords)} ms/1k words <= 2: ${check(ours.perKWords <= 2, 'median ms per 1,000 words')}`,
);
console.log(`  p99 ${f(ours.p99)} ms/article <= 8: ${check(ours.p99 <= 8, 'p99 per article')}`);
console.log(
  `  vs compromise ${f(results.compromise.perKWords / ours.perKWords, 1)}x >= 10x: ${check(results.compromise.perKWords / ours.perKWords >= 10, '10x compromise')}`,
);
console.log(
  `  vs wink-nlp ${f(results['wink-nlp'].perKWords / ours.perKWords, 1)}x > 1x: ${check(results['wink-nlp'].perKWords > ours.perKWords, 'beat wink-nlp')}`,
);

// Adversarial inputs of about 400 KB: time brief() on each (warm engine, one run each).
console.log(`\nAdversarial inputs (400 KB each), brief() < 200 ms, best of ${RUNS}`);
const adversarial: Record<string, string> = {
  'one word repeated': 'word '.repeat(80_000),
  'only quote marks': '"“”‘’\'«»'.repeat(50_000),
  '20k He said "x."': 'He said "x." '.repeat(20_000).padEnd(400_000, 'He said "x." '),
  'one unclosed quote, no punctuation': `“${'some who saw it clearly surely highly word '.repeat(9_400)}`,
  'capitalised words, no punctuation': 'Alpha Beta Gamma Delta '.repeat(17_500),
  // The inputs of the hardening tests (test/worker/hardening.test.ts), which no longer time themselves.
  'one 400 KB word': 'a'.repeat(400_000),
  '"a," he said, "b c d" run-on': '"a," he said, "b c d" '.repeat(18_000),
  'run-on sentence full of cues': 'officials said the plan, sources said, would work, he said, and '.repeat(6_000),
  'nested quotations': `${'\u201cHe said \u2018'.repeat(5_000)}x${'\u2019 she said.\u201d'.repeat(5_000)}`,
  // Stance predicates among claims (attribution/stance-predicate.ts checks each against the claims made).
  'stance words among claims': 'Ana Ruiz is critical of the levy. She said "no." '.repeat(8_000),
  // Pronoun speakers in one run-on sentence among capitalised words that name nobody (antecedent-names.ts).
  'pronoun speakers among names of nobody': 'Asked if he said x he said x '.repeat(14_000),
};
for (const [name, text] of Object.entries(adversarial)) {
  const id = await idOf(text);
  // Each input on a clean heap, as each contender is: not paying for the previous input's garbage.
  collectGarbage();
  const elapsed = best(() => brief({ text }, { id }));
  console.log(
    `  ${name.padEnd(36)} ${(text.length / 1000).toFixed(0)} KB  ${f(elapsed, 1)} ms  ${check(elapsed < 200, `adversarial: ${name}`)}`,
  );
}

// Stage budgets: the absolute limits the unit tests held until they became growth-ratio tests
// (test/engine/growth.ts). Each stage alone on its test's input, best of --runs.
console.log(`\nStage budgets (were test assertions), best of ${RUNS}`);
{
  const stage = (name: string, budget: number, fn: () => unknown) => {
    collectGarbage();
    const elapsed = best(fn);
    console.log(`  ${name.padEnd(52)} ${f(elapsed, 1)} ms <= ${budget}: ${check(elapsed <= budget, `stage: ${name}`)}`);
  };
  const caveatDoc = analyse(('\u201csome who saw \u2018it clearly surely highly ' + 'word '.repeat(50)).repeat(1500));
  stage('caveats, 400 KB of unclosed quotes', 400, () => findCaveats(caveatDoc, { claims: [], sources: [] }));
  const dense = analyse('He said "x." '.repeat(20_000).padEnd(400_000, 'He said "x." '));
  const denseActors = findActors(dense);
  stage('attribution, 400 KB of He said "x." (30,769 claims)', 1_500, () => findAttribution(dense, denseActors));
  for (const [unit, times] of [
    ['"a," he said, "b c d" ', 14_000],
    ['according to X ', 6_700],
    ['officials said the plan, sources said, would work, he said, and ', 6_000],
  ] as const) {
    const doc = analyse(unit.repeat(times));
    const actors = findActors(doc);
    stage(`attribution, ${JSON.stringify(unit.trim()).slice(0, 30)} x ${times}`, 2_000, () =>
      findAttribution(doc, actors),
    );
  }
  const german =
    'Die Beh\u00f6rden sagten, dass die Stadt vorbereitet ist und dass die Reparaturen eine Woche dauern werden. ';
  const longGerman = german.repeat(20_000);
  stage('language detection, 2 MB of German', 500, () => detectTextLanguage(longGerman));
  const marks = '"\u201c\u201d\u2018\u2019\''.repeat(70_000);
  stage('quotations, 420 KB of quote marks', 1_500, () => findQuotes(marks, splitParagraphs(marks)));
  const caps = 'Alpha Beta Gamma Delta '.repeat(17_500);
  stage('names, 400 KB of capitalised words', 1_500, () => findNames(caps));
}

// Module load: bundle the engine as the Worker would get it, import it in a fresh Node process.
console.log('\nEngine module load (fresh process, the engine bundled as wrangler.toml bundles the Worker)');
{
  const dir = mkdtempSync(join(tmpdir(), 'engine-load-'));
  try {
    const { build } = await import('esbuild');
    const out = join(dir, 'engine.mjs');
    await build({
      entryPoints: [join(ROOT, 'src/engine/index.ts')],
      ...WRANGLER_LIKE_BUILD,
      minify: wranglerMinify(ROOT),
      outfile: out,
      logLevel: 'silent',
    });
    const probe = join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `const t = performance.now(); await import(${JSON.stringify(out)}); console.log(performance.now() - t);\n`,
    );
    const loads = [0, 1, 2, 3, 4]
      .map(() => Number(execFileSync(process.execPath, [probe], { encoding: 'utf8' }).trim()))
      .sort((a, b) => a - b);
    console.log(
      `  median of 5: ${f(loads[2])} ms (min ${f(loads[0])}, max ${f(loads[4])}) <= 50: ${check(loads[2] <= 50, 'module load')}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (!values['no-bundle']) {
  console.log('\nWorker bundle (wrangler deploy --dry-run, via scripts/bundle-size.ts)');
  try {
    const json = execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/bundle-size.ts'), '--json'],
      { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const size = JSON.parse(json.trim().split('\n').pop()!) as { raw: number; gzip: number; limit: number };
    console.log(
      `  ${f(size.raw / 1024, 0)} KiB raw, ${f(size.gzip / 1024, 0)} KiB gzipped <= ${f(size.limit / 1000, 0)} KB: ${check(size.gzip <= size.limit, 'bundle size')}`,
    );
  } catch (err) {
    console.log(`  could not build: ${(err as Error).message.split('\n')[0]}`);
    misses.push('bundle size (build failed)');
  }
}

console.log(misses.length ? `\nMissed: ${misses.join('; ')}` : '\nAll targets met.');
process.exitCode = misses.length ? 1 : 0;

function printTable(table: string[][]): void {
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  for (const r of table)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  '));
}
