/**
 * `npm run golden -- diff BASE` checks BASE out in a temporary git worktree: it must leave none
 * behind (each run used to leave one in the temp folder and in `git worktree list`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { skipWithoutSharedData } from '../shared-data';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const inGitCheckout = existsSync(join(ROOT, '.git'));

function worktrees(): string[] {
  const list = spawnSync('git', ['worktree', 'list', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).stdout;
  return list.split('\n').filter((line) => line.startsWith('worktree ') && line.includes('edge-brief-golden-'));
}

describe.skipIf(!inGitCheckout || skipWithoutSharedData('golden diff'))('npm run golden -- diff', () => {
  it('compares against a commit and removes the worktree it checked the commit out in', () => {
    const cache = mkdtempSync(join(tmpdir(), 'edge-brief-golden-cache-'));
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim();
    const checkouts = () =>
      readdirSync(tmpdir()).filter((name) => name.startsWith(`edge-brief-golden-${head.slice(0, 12)}`));
    try {
      const before = worktrees();
      const leftBefore = checkouts();
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', 'scripts/golden/index.ts', 'diff', 'HEAD', '--only', 'examples'],
        { cwd: ROOT, encoding: 'utf8', env: { ...process.env, EDGE_BRIEF_GOLDEN_CACHE: cache } },
      );
      expect(run.stdout + run.stderr).toMatch(/of \d+ briefs differ/);
      expect(run.status).toBe(0);
      expect(readdirSync(cache)).toHaveLength(1); // HEAD's briefs, cached for the next diff

      expect(worktrees()).toEqual(before);
      expect(checkouts()).toEqual(leftBefore);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});
