/**
 * The golden check: the brief of every text in the shared folder, kept as one digest per text in
 * test/golden/digests.json, so a change that was meant to change nothing can prove it.
 *
 *   npm run golden                      compare the working tree with the digests (exit 1 on a change)
 *   npm run golden -- --update          write the working tree's digests (say in the commit which changed and why)
 *   npm run golden -- diff BASE [HEAD]  the items that differ between two commits (HEAD: the working tree)
 *                      [--only ptc,polnear] [--max 20] [--held-out]
 *
 * `diff` leaves the held-out splits (PolNeAR test, CheckThat dev_test) out unless `--held-out` is
 * given: rules are tuned on dev only, and a diff read while tuning must not show test items. The
 * digest check and `--update` still cover every text.
 *
 * `diff` checks BASE out in a temporary git worktree and loads its engine beside this one, so any
 * two commits can be compared; briefs of a commit are cached under node_modules/.cache, and the
 * worktree is removed again once they are.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ArticleInput } from '../../src/engine';
import type { Brief } from '../../src/schema/brief';
import { SHARED, hasSharedData } from '../eval/shared';
import { goldenCorpus } from './corpus';
import { comparable, digest } from './digest';
import { describeItems } from './items';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIGESTS_FILE = join(ROOT, 'test/golden/digests.json');

type BriefFn = (input: ArticleInput) => Brief;

/** A text of a held-out split: PolNeAR test and CheckThat dev_test, read only at the end of a round. */
export function isHeldOut(key: string): boolean {
  return key.startsWith('polnear/test/') || key.startsWith('checkthat/dev_test/');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      update: { type: 'boolean', default: false },
      only: { type: 'string' },
      max: { type: 'string', default: '20' },
      'held-out': { type: 'boolean', default: false },
    },
  });
  if (!hasSharedData()) {
    console.error(
      `golden: no shared data at ${fileURLToPath(SHARED)} (set EDGE_BRIEF_DATA to its folder); nothing to check.`,
    );
    return 2;
  }
  const only = values.only?.split(',');
  const corpus = goldenCorpus().filter((t) => !only || only.some((prefix) => t.key.startsWith(prefix)));

  if (positionals[0] === 'diff') {
    const [, base, head] = positionals;
    if (!base) {
      console.error('usage: npm run golden -- diff BASE [HEAD]');
      return 2;
    }
    const shown = values['held-out'] ? corpus : corpus.filter((t) => !isHeldOut(t.key));
    if (shown.length < corpus.length)
      console.log(`golden diff: ${corpus.length - shown.length} held-out briefs left out (--held-out shows them)`);
    const before = await briefsAt(base, shown);
    const after = await briefsAt(head ?? null, shown);
    return printDiff(before, after, Number(values.max));
  }

  const { brief } = (await import('../../src/engine/index.ts')) as { brief: BriefFn };
  const digests: Record<string, string> = {};
  for (const t of corpus) digests[t.key] = digest(brief(t.input));
  if (values.update) {
    const kept = only ? { ...readDigests(), ...digests } : digests;
    writeFileSync(DIGESTS_FILE, `${JSON.stringify(sortKeys(kept), null, 1)}\n`);
    console.log(`golden: wrote ${Object.keys(kept).length} digests to test/golden/digests.json`);
    return 0;
  }
  const changed = compareDigests(readDigests(), digests, !only);
  if (changed.length === 0) {
    console.log(`golden: ${corpus.length} briefs unchanged`);
    return 0;
  }
  for (const line of changed.slice(0, 50)) console.log(line);
  console.log(
    `golden: ${changed.length} of ${corpus.length} briefs differ (npm run golden -- diff HEAD shows the items; --update accepts them)`,
  );
  return 1;
}

export function readDigests(): Record<string, string> {
  return existsSync(DIGESTS_FILE) ? (JSON.parse(readFileSync(DIGESTS_FILE, 'utf8')) as Record<string, string>) : {};
}

/** Lines naming every text whose digest changed, is new, or (when `complete`) is gone. */
export function compareDigests(kept: Record<string, string>, now: Record<string, string>, complete: boolean): string[] {
  const lines: string[] = [];
  for (const [key, value] of Object.entries(now)) {
    if (!(key in kept)) lines.push(`new      ${key}`);
    else if (kept[key] !== value) lines.push(`changed  ${key}`);
  }
  if (complete) for (const key of Object.keys(kept)) if (!(key in now)) lines.push(`missing  ${key}`);
  return lines;
}

function sortKeys(record: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Where the briefs of each commit are cached (`EDGE_BRIEF_GOLDEN_CACHE` overrides, e.g. for a test). */
const CACHE_DIR = process.env.EDGE_BRIEF_GOLDEN_CACHE ?? join(ROOT, 'node_modules/.cache/edge-brief-golden');

/** The briefs of `ref` (a commit; null for the working tree), keyed like the corpus. */
async function briefsAt(
  ref: string | null,
  corpus: { key: string; input: ArticleInput }[],
): Promise<Map<string, unknown>> {
  if (!ref) return briefsOf(ROOT, corpus);
  const sha = execFileSync('git', ['rev-parse', '--verify', `${ref}^{commit}`], {
    cwd: ROOT,
    encoding: 'utf8',
  }).trim();
  const cacheFile = join(CACHE_DIR, `${sha}.json`);
  const cached = existsSync(cacheFile) ? (JSON.parse(readFileSync(cacheFile, 'utf8')) as Record<string, unknown>) : {};
  if (corpus.every((t) => t.key in cached)) return new Map(corpus.map((t) => [t.key, cached[t.key]]));
  // A worktree of this run's own (two runs at once never share one), removed once its briefs are cached.
  const engineDir = join(tmpdir(), `edge-brief-golden-${sha.slice(0, 12)}-${process.pid}`);
  execFileSync('git', ['worktree', 'add', '--detach', engineDir, sha], { cwd: ROOT, stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(engineDir, 'node_modules'));
    const briefs = await briefsOf(engineDir, corpus);
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(cacheFile, JSON.stringify({ ...cached, ...Object.fromEntries(briefs) }));
    return briefs;
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', engineDir], { cwd: ROOT, stdio: 'ignore' });
  }
}

/** The briefs made by the engine checked out at `dir`. */
async function briefsOf(dir: string, corpus: { key: string; input: ArticleInput }[]): Promise<Map<string, unknown>> {
  const { brief } = (await import(pathToFileURL(join(dir, 'src/engine/index.ts')).href)) as { brief: BriefFn };
  return new Map<string, unknown>(corpus.map((t) => [t.key, comparable(brief(t.input))]));
}

function printDiff(before: Map<string, unknown>, after: Map<string, unknown>, max: number): number {
  const tally = new Map<string, { removed: number; added: number }>();
  let changed = 0;
  for (const [key, b] of before) {
    const a = after.get(key);
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    changed++;
    const old = describeItems(b as Brief);
    const now = describeItems(a as Brief);
    const removed = multisetMinus(old, now);
    const added = multisetMinus(now, old);
    for (const [list, field] of [
      [removed, 'removed'],
      [added, 'added'],
    ] as const) {
      for (const item of list) {
        const section = item.slice(0, item.indexOf(' '));
        const t = tally.get(section) ?? { removed: 0, added: 0 };
        t[field]++;
        tally.set(section, t);
      }
    }
    if (changed <= max) {
      console.log(key);
      for (const item of removed) console.log(`  - ${item}`);
      for (const item of added) console.log(`  + ${item}`);
    }
  }
  if (changed > max) console.log(`… and ${changed - max} more (--max N)`);
  console.log(`\n${changed} of ${before.size} briefs differ`);
  for (const [section, t] of [...tally].sort()) console.log(`  ${section.padEnd(9)} -${t.removed} +${t.added}`);
  return 0;
}

function multisetMinus(a: string[], b: string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = counts.get(x) ?? 0;
    if (n > 0) counts.set(x, n - 1);
    return n === 0;
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
