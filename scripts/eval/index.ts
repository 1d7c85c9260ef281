/**
 * `npm run eval [-- --split dev|test] [--only suite,suite] [--limit N] [--half a|b] [--verbose] [suite ...]`
 * (suites named without `--only`, as in `npm run eval -- devset`, select the same way)
 *
 * Scores the engine on the shared worked examples and public data sets, prints one table and
 * writes eval-results.json (not committed). Work on the dev splits; `--split test` is the final
 * check. Each suite lives in its own module and is listed here.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ENGINE } from '../../src/engine';
import { examplesSuite, type Check } from './examples';
import { checkthatSuite } from './checkthat';
import { ptcSuite } from './ptc';
import { conllSuite } from './conll';
import { polnearSuite } from './polnear';
import { devsetSuite } from './devset';
import { SHARED, hasSharedData, type Row, type Suite } from './shared';
import { fileURLToPath } from 'node:url';

const SUITES: Suite[] = [examplesSuite, devsetSuite, checkthatSuite, ptcSuite, polnearSuite, conllSuite];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    split: { type: 'string', default: 'dev' },
    only: { type: 'string' },
    limit: { type: 'string' },
    // CheckThat only: score one stable half of the sentences (tune on a, check on b).
    half: { type: 'string' },
    // Without --verbose only the failing example items are listed; the table counts all of them.
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});
if (!hasSharedData()) {
  console.error(
    `npm run eval needs the shared data folder (worked examples and public eval sets), and there is none at ${fileURLToPath(SHARED)}.\nPut it beside the repository as ../shared, or set EDGE_BRIEF_DATA=/path/to/shared.`,
  );
  process.exit(2);
}
const split = values.split === 'test' ? 'test' : 'dev';
const named = [...(values.only?.split(',') ?? []), ...positionals];
const only = named.length ? named : undefined;
const limit = values.limit ? Number(values.limit) : undefined;
if (values.half !== undefined && values.half !== 'a' && values.half !== 'b') {
  console.error(`--half takes a or b, not ${values.half}`);
  process.exit(2);
}
const half = values.half;

const rows: Row[] = [];
const details: Record<string, unknown> = {};
for (const suite of SUITES) {
  if (only && !only.includes(suite.name)) continue;
  const started = performance.now();
  const result = suite.run({ split, limit, half });
  rows.push(...result.rows);
  details[suite.name] = result.details;
  console.error(`${suite.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (suite.name === 'devset' && values.verbose) {
    // Every miss and false positive of the dev set, one line each (article id first).
    for (const line of (result.details as { errors: string[] } | undefined)?.errors ?? []) console.log(line);
  }
  if (suite.name === 'examples') {
    // Every item of the worked examples, one by one (failures only with --quiet-examples off? no: all).
    for (const c of result.details as Check[]) {
      if (values.verbose || !c.pass) console.log(`${c.pass ? 'PASS' : 'FAIL'}  ${c.example}  ${c.section}  ${c.item}`);
    }
  }
}

const pct = (x: number) => (Number.isNaN(x) ? 'n/a' : `${(x * 100).toFixed(1)}%`);
const show = (r: Row, x: number) => (r.format === 'count' ? String(x) : pct(x));
const met = (r: Row) => (r.lowerIsBetter ? r.score <= (r.target ?? 0) : r.score >= (r.target ?? 0));
const table = [
  ['suite', 'metric', 'score', 'target', 'detail'],
  ...rows.map((r) => [
    r.suite,
    r.metric,
    show(r, r.score),
    r.target === undefined ? '' : `${met(r) ? 'met' : 'MISS'} ${show(r, r.target)}`,
    r.detail ?? '',
  ]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`\n${ENGINE}, split ${split}`);
for (const row of table)
  console.log(
    row
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  );

writeFileSync('eval-results.json', `${JSON.stringify({ engine: ENGINE, split, rows, details }, null, 2)}\n`);
console.log('\nwrote eval-results.json');
