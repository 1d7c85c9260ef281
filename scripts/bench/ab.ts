/**
 * `npm run bench:ab -- BASE`: is the working tree's engine faster or slower than BASE's, both timed
 * in the same processes so the noise of a shared machine falls on both alike.
 *
 * BASE (any commit) is checked out in a temporary git worktree and the working tree's src/ copied
 * beside it. Two processes load both engines (one each way round: the engine loaded second runs a
 * few per cent slower) and brief the PTC train articles in alternating rounds; each article keeps
 * its best time per side. The report gives the total and median-article ratio (working tree /
 * BASE, below 1 is faster). Two identical trees have read 0.94-1.07 on this shared machine, so
 * trust only a change well outside that. Compare the briefs with `npm run golden -- diff BASE`.
 *
 *   npm run bench:ab -- main               # the working tree against main
 *   npm run bench:ab -- HEAD~3 --rounds 8  # more rounds, steadier ratios
 */
import { execFileSync } from 'node:child_process';
import { cpSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArticleInput } from '../../src/engine';
import { hasSharedData, readJsonl } from '../eval/shared';

type BriefFn = (input: ArticleInput, options?: { id?: string }) => unknown;

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string', default: '6' },
    limit: { type: 'string' },
    child: { type: 'string' }, // internal: `base-first` or `tree-first`, with the two engine folders as positionals
  },
});
const base = positionals[0];
if (!base && !values.child) throw new Error('usage: npm run bench:ab -- BASE [--rounds N] [--limit N]');
if (!hasSharedData()) {
  console.log('bench:ab: the shared data folder is not beside the repository; nothing to time.');
  process.exit(0);
}

const texts = readJsonl<{ text: string }>('eval/ptc-semeval2020-task11/train.jsonl')
  .map((a) => a.text)
  .slice(0, values.limit ? Number(values.limit) : undefined);

const load = async (root: string) =>
  ((await import(pathToFileURL(join(root, 'src/engine/index.ts')).href)) as { brief: BriefFn }).brief;

/** Each article's best time, per engine folder, in this process (the folder loaded first first). */
async function timeInProcess(dirs: string[]): Promise<number[][]> {
  const sides: BriefFn[] = [];
  for (const d of dirs) sides.push(await load(d));
  const best = sides.map(() => texts.map(() => Infinity));
  const pass = (side: number) => {
    globalThis.gc?.();
    const fn = sides[side];
    for (let i = 0; i < texts.length; i++) {
      const t0 = performance.now();
      fn({ text: texts[i] }, { id: 'ab' });
      const ms = performance.now() - t0;
      if (ms < best[side][i]) best[side][i] = ms;
    }
  };
  pass(0);
  pass(1); // warm-up: both sides compiled and their tables built before timing counts
  for (const side of [0, 1]) best[side].fill(Infinity);
  const rounds = Math.max(1, Number(values.rounds));
  for (let r = 0; r < rounds; r++) for (const side of r % 2 ? [1, 0] : [0, 1]) pass(side);
  return best;
}

if (values.child) {
  process.stdout.write(JSON.stringify(await timeInProcess(positionals)));
  process.exit(0);
}

const sha = execFileSync('git', ['rev-parse', '--verify', `${base}^{commit}`], { cwd: ROOT, encoding: 'utf8' }).trim();
const dir = join(tmpdir(), `edge-brief-ab-${sha.slice(0, 12)}-${process.pid}`);
const copy = `${dir}-tree`;
execFileSync('git', ['worktree', 'add', '--detach', dir, sha], { cwd: ROOT, stdio: 'ignore' });
try {
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  // The working tree's engine runs from a copy beside BASE's: the same code loaded from the
  // repository timed 2-9% slower than from a temporary folder.
  cpSync(join(ROOT, 'src'), join(copy, 'src'), { recursive: true });
  for (const f of ['package.json', 'tsconfig.json', 'tsconfig.base.json']) cpSync(join(ROOT, f), join(copy, f));
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
  // Whichever engine is loaded second runs 2-5% slower in the same process, so two processes load
  // them in either order and each article keeps its best time per side.
  const script = fileURLToPath(import.meta.url);
  const run = (order: string, dirs: string[]) =>
    JSON.parse(
      execFileSync(
        process.execPath,
        [
          '--expose-gc',
          '--import',
          'tsx',
          script,
          '--child',
          order,
          '--rounds',
          values.rounds!,
          ...(values.limit ? ['--limit', values.limit] : []),
          ...dirs,
        ],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 },
      ),
    ) as number[][];
  const [b1, t1] = run('base-first', [dir, copy]);
  const [t2, b2] = run('tree-first', [copy, dir]);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  console.log(
    `  per process (working tree / base): base loaded first ${(sum(t1) / sum(b1)).toFixed(3)}, working tree loaded first ${(sum(t2) / sum(b2)).toFixed(3)}`,
  );
  const best = [b1.map((v, i) => Math.min(v, b2[i])), t1.map((v, i) => Math.min(v, t2[i]))];

  const total = (side: number) => best[side].reduce((a, b) => a + b, 0);
  const ratios = texts.map((_, i) => best[1][i] / best[0][i]).sort((a, b) => a - b);
  console.log(
    `bench:ab  ${texts.length} articles, ${values.rounds} rounds in each of two processes, best time per article per side`,
  );
  console.log(`  ${base} (${sha.slice(0, 9)}): ${total(0).toFixed(1)} ms in all`);
  console.log(`  working tree: ${total(1).toFixed(1)} ms in all`);
  console.log(
    `  ratio (working tree / base): total ${(total(1) / total(0)).toFixed(3)}, median article ${ratios[ratios.length >> 1].toFixed(3)}`,
  );
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
  rmSync(copy, { recursive: true, force: true });
}
