/**
 * `npm run bench:profile`: where brief()'s time goes, by stage, from the V8 sampling profiler.
 *
 * Briefs the PTC train articles (or one adversarial input) once to warm the engine up, then again
 * --runs times under the profiler (started in-process after the warm-up, so module loading and the
 * TypeScript loader are not in the samples). Prints each stage's share (brief()'s direct callees,
 * inclusive, two levels down), the functions with the most self time, and the garbage collector's
 * share. Shares, not milliseconds: the machine is shared, and a share holds steadier than a time.
 * --out keeps the raw profile (open it in Chrome DevTools or speedscope).
 *
 *   npm run bench:profile                         # the PTC articles, stages and top 40 functions
 *   npm run bench:profile -- --article 261 --runs 200   # one PTC article (line index)
 *   npm run bench:profile -- --dense              # 400 KB of He said "x." (the densest adversarial input)
 *   npm run bench:profile -- --repeat 'She said "no." ' --times 20000   # any repeated shape
 *   npm run bench:profile -- --under findAttribution --depth 3   # one stage, three levels down
 *   npm run bench:profile -- --out /tmp/brief.cpuprofile
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { parseArgs } from 'node:util';
import { brief } from '../../src/engine';
import { hasSharedData, readJsonl } from '../eval/shared';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    limit: { type: 'string' },
    article: { type: 'string' }, // one PTC article, by line index (0-based)
    dense: { type: 'boolean', default: false },
    repeat: { type: 'string' },
    times: { type: 'string', default: '8000' },
    under: { type: 'string', default: 'brief' },
    depth: { type: 'string', default: '2' },
    top: { type: 'string', default: '40' },
    interval: { type: 'string', default: '100' }, // microseconds between samples
    out: { type: 'string' },
  },
});

const synthetic = values.dense || values.repeat !== undefined;
if (!synthetic && !hasSharedData()) {
  console.log('bench:profile: the shared data folder is not beside the repository; try --dense.');
  process.exit(0);
}
const texts = values.repeat
  ? [values.repeat.repeat(Number(values.times))]
  : values.dense
    ? ['He said "x." '.repeat(20_000).padEnd(400_000, 'He said "x." ')]
    : readJsonl<{ text: string }>('eval/ptc-semeval2020-task11/train.jsonl')
        .map((a) => a.text)
        .slice(
          values.article ? Number(values.article) : 0,
          values.article ? Number(values.article) + 1 : values.limit ? Number(values.limit) : undefined,
        );
const pass = () => {
  for (const text of texts) brief({ text }, { id: 'profile' });
};

pass(); // warm-up: compiled, word tables built
const session = new Session();
session.connect();
// An in-process session answers at once: the callbacks run before post returns (no await, so no
// time between the samples and the passes is spent waiting on promises).
const post = <T>(method: string, params?: object): T => {
  let answer: T | undefined;
  session.post(method, params, (err, result) => {
    if (err) throw err;
    answer = result as T;
  });
  if (answer === undefined) throw new Error(`inspector: no answer to ${method}`);
  return answer;
};
post('Profiler.enable');
post('Profiler.setSamplingInterval', { interval: Number(values.interval) });
post('Profiler.start');
for (let r = 0; r < Math.max(1, Number(values.runs)); r++) pass();
const { profile } = post<{ profile: Profile }>('Profiler.stop');
session.disconnect();
if (values.out) writeFileSync(values.out, JSON.stringify(profile));

interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}
interface Node {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
const nodes = profile.nodes;
const byId = new Map(nodes.map((n) => [n.id, n]));
const selfTime = new Map<number, number>();
for (let k = 0; k < profile.samples.length; k++) {
  const id = profile.samples[k];
  selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[k] ?? 0));
}
// The samples taken while the profiler stops (node:inspector's post) are not the engine's.
let total = 0;
for (const [id, t] of selfTime) if (byId.get(id)!.callFrame.url !== 'node:inspector') total += t;

/** A function's name and file (src/engine/... or the node internal), the key samples are summed by. */
const keyOf = (n: Node) => {
  const url = n.callFrame.url;
  const at = url.indexOf('/src/');
  const file = at >= 0 ? url.slice(at + 1) : url.split('/').slice(-2).join('/');
  return `${n.callFrame.functionName || '(anonymous)'}  ${file}`.trim();
};
const inclusive = new Map<number, number>();
const inclusiveOf = (n: Node): number => {
  let t = inclusive.get(n.id);
  if (t !== undefined) return t;
  t = selfTime.get(n.id) ?? 0;
  for (const c of n.children ?? []) t += inclusiveOf(byId.get(c)!);
  inclusive.set(n.id, t);
  return t;
};
const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;

// Stages: the callees of `--under` (every call of it, merged by function), `--depth` levels down.
const roots = nodes.filter((n) => n.callFrame.functionName === values.under);
const rootTime = roots.reduce((a, n) => a + inclusiveOf(n), 0);
console.log(
  `bench:profile  ${
    values.repeat
      ? `${JSON.stringify(values.repeat)} x ${values.times} (${Math.round(texts[0].length / 1000)} KB)`
      : values.dense
        ? '400 KB of He said "x."'
        : values.article
          ? `PTC article ${values.article}`
          : `${texts.length} PTC articles`
  }, ${values.runs} runs, ${profile.samples.length} samples`,
);
console.log(`\n${pct(rootTime)}  ${values.under} (inclusive), its callees:`);
const show = (parents: Node[], level: number) => {
  if (level > Number(values.depth)) return;
  const groups = new Map<string, Node[]>();
  for (const p of parents)
    for (const c of p.children ?? []) {
      const n = byId.get(c)!;
      const k = keyOf(n);
      groups.set(k, [...(groups.get(k) ?? []), n]);
    }
  const rows = [...groups].map(([k, ns]) => ({ k, ns, t: ns.reduce((a, n) => a + inclusiveOf(n), 0) }));
  rows.sort((a, b) => b.t - a.t);
  for (const { k, ns, t } of rows) {
    if ((100 * t) / total < 0.5) continue;
    console.log(`${pct(t)}  ${'  '.repeat(level)}${k}`);
    show(ns, level + 1);
  }
};
show(roots, 1);

// Self time by function, everywhere.
const self = new Map<string, number>();
for (const [id, t] of selfTime) {
  if (byId.get(id)!.callFrame.url === 'node:inspector') continue;
  const k = keyOf(byId.get(id)!);
  self.set(k, (self.get(k) ?? 0) + t);
}
console.log(`\nSelf time, top ${values.top} functions:`);
for (const [k, t] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) console.log(`${pct(t)}  ${k}`);
console.log(`\ngarbage collector ${pct(self.get('(garbage collector)') ?? 0).trim()} of the samples`);
