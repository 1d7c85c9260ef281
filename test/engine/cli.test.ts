import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { Brief } from '../../src/schema/brief';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STORY =
  'Storm Hits the Coast\n\nA storm hit the coast on Monday, officials said. “We are ready,” Mayor Ann Lee said.';

/** `npx edge-brief ...args` as a user runs it (the package's bin), with optional stdin. */
function cli(args: string[], input?: string, shell?: string) {
  const result = shell
    ? spawnSync('bash', ['-c', shell], { cwd: ROOT, encoding: 'utf8' })
    : spawnSync(process.execPath, ['bin/edge-brief.js', ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The folders the tests wrote, removed when the file's tests are done. */
const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function articles(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'edge-brief-cli-'));
  made.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('npx edge-brief (the command line)', () => {
  it('prints the same brief as the engine, as JSON, and nothing else on stdout', () => {
    const dir = articles({ 'story.txt': STORY });
    const { status, stdout } = cli([join(dir, 'story.txt')]);
    expect(status).toBe(0);
    expect(Brief.parse(JSON.parse(stdout))).toEqual(brief({ text: STORY }));
  });

  it('prints the rule trace with the brief with --trace (JSON: the trace field; Markdown: a Rule trace section)', () => {
    const { status, stdout } = cli(['-', '--trace'], STORY);
    expect(status).toBe(0);
    const { trace, ...rest } = JSON.parse(stdout);
    expect(rest).toEqual(JSON.parse(JSON.stringify(brief({ text: STORY }))));
    const quote = STORY.indexOf('“We are ready,”');
    expect(trace).toContainEqual({
      kind: 'claim',
      start: quote,
      end: quote + '“We are ready,”'.length,
      rules: ['quotation/cue-after', 'resolve/named-actor'],
    });
    const md = cli(['-', '--trace', '--format', 'md'], STORY).stdout;
    expect(md).toContain('## Rule trace');
    expect(md).toContain('"“We are ready,”": quotation/cue-after');
  });

  it('prints a readable Markdown brief with --format md, and reads standard input with -', () => {
    const { status, stdout } = cli(['-', '--format', 'md', '--title', 'Storm'], STORY);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Brief: Storm\n/);
    expect(stdout).toContain('## Claims');
  });

  it('briefs a folder and several files as JSON Lines, one article a line with its file, progress on stderr', () => {
    const dir = articles({ 'a.txt': STORY, 'sub/b.md': 'Rain fell on Tuesday, the mayor said.', 'notes.pdf': 'x' });
    const { status, stdout, stderr } = cli([dir]);
    expect(status).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Brief & { file: string });
    expect(lines.map((b) => b.file)).toEqual([join(dir, 'a.txt'), join(dir, 'sub/b.md')]);
    expect(lines[0].id).toBe(brief({ text: STORY }).id);
    expect(stderr).toMatch(/2\/2 articles/);
    const two = cli([join(dir, 'a.txt'), join(dir, 'sub/b.md'), '--quiet']);
    expect(two.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(two.stderr).toBe('');
  });

  it('ends quietly with status 0 when the reader closes the pipe early', () => {
    const dir = articles(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`a${i}.txt`, STORY.repeat(200)])));
    const { status, stderr } = cli(
      [],
      undefined,
      `set -o pipefail; node bin/edge-brief.js ${dir} --quiet | head -c 10 > /dev/null`,
    );
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('shows help with examples, and says what is wrong with exit 2 for a usage mistake and 1 for a file it cannot read', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('npx edge-brief story.txt | jq');
    const usage = cli(['story.txt', '--format', 'pdf']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage:');
    expect(cli([]).status).toBe(2);
    const missing = cli(['/nonexistent/article.txt']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('cannot read');
    const blank = cli(['-'], '   \n');
    expect(blank.status).toBe(1);
    expect(blank.stderr).toContain('blank');
  });
});
