import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { Brief } from '../../src/schema/brief';
import { EXAMPLES_DIR, example, noExamples } from './examples';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = fileURLToPath(new URL('seed-article.txt', EXAMPLES_DIR));

/** `npm run brief -- ...args` as a user runs it (tsx on the CLI script), with optional stdin. */
function cli(args: string[], input?: string) {
  const result = spawnSync(`${ROOT}node_modules/.bin/tsx`, ['scripts/brief.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run brief (the command line)', () => {
  it.skipIf(noExamples)('prints the same brief as the engine, as JSON', () => {
    const { status, stdout } = cli([SEED]);
    expect(status).toBe(0);
    expect(Brief.parse(JSON.parse(stdout))).toEqual(brief({ text: example('seed-article.txt') }));
  });

  it('prints a readable Markdown brief with --format md, and reads standard input with -', () => {
    const { status, stdout } = cli(
      ['-', '--format', 'md', '--title', 'Storm'],
      'A storm hit the coast on Monday, officials said.',
    );
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Brief: Storm\n/);
    expect(stdout).toContain('## Claims');
  });

  it('says what is wrong, with exit 2 for a usage mistake and 1 for a file it cannot read', () => {
    const usage = cli([SEED, '--format', 'pdf']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage:');
    const missing = cli(['/nonexistent/article.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  });
});
