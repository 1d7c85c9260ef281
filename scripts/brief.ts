/**
 * The command line, `npx edge-brief` (bin/edge-brief.js): briefs articles with the very same
 * engine as the Worker. One article prints its brief (JSON or Markdown); several files, or a
 * folder, print one JSON line per article (JSON Lines), with a progress line on stderr.
 *
 * Standard output carries only the result, so it can be piped (`npx edge-brief a.txt | jq .id`);
 * a reader that closes the pipe early (`| head`) ends the command quietly with status 0. Exit
 * status: 0 all briefed, 1 an article could not be read or was blank, 2 a usage mistake.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { brief, type TracedBrief } from '../src/engine';
import { briefToMarkdown } from '../src/engine/markdown';

const HELP = `edge-brief: who said what, on whose word, and where the author opines, for a news article

Usage:
  npx edge-brief <article.txt>                 the brief as JSON
  npx edge-brief <article.txt> --format md     a readable Markdown brief
  npx edge-brief <file|folder>... [--jsonl]    several articles: one JSON line each
  cat article.txt | npx edge-brief -           read standard input

Options:
  -f, --format json|md   output format (default json)
      --jsonl            one compact JSON line per article, each with its "file" (the default for several)
      --title TITLE      the article's title (one article only; else the first line, if it is a heading)
      --url URL          the article's URL (one article only)
      --include-text     put the analysed text in the brief as "text"
      --trace            list the rules that made each claim, source and caveat: the "trace"
                         field in JSON, a "Rule trace" section in Markdown (for tuning rules)
  -q, --quiet            no progress line on stderr
  -h, --help             this help

A folder is read recursively for .txt and .md files (other files are skipped).

Examples:
  npx edge-brief story.txt | jq '.claims[] | {speaker: .speaker.name, text}'
  npx edge-brief story.txt --format md > story-brief.md
  npx edge-brief archive/ > briefs.jsonl
  npx edge-brief a.txt b.txt --jsonl | jq -r .id
  npx edge-brief story.txt --trace | jq '.trace[] | select(.kind == "claim") | .rules'

Exit status: 0 every article briefed, 1 an article could not be read or was blank, 2 usage.`;

/** Article files read from a folder. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.md']);
/** At most one progress line this often (ms) when stderr is not a terminal. */
const PROGRESS_LOG_EVERY_MS = 2_000;

interface Options {
  format: 'json' | 'md';
  jsonl: boolean;
  title?: string;
  url?: string;
  includeText: boolean;
  trace: boolean;
  quiet: boolean;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', short: 'f', default: 'json' },
        jsonl: { type: 'boolean', default: false },
        title: { type: 'string' },
        url: { type: 'string' },
        'include-text': { type: 'boolean', default: false },
        trace: { type: 'boolean', default: false },
        quiet: { type: 'boolean', short: 'q', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return usage((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    await write(`${HELP}\n`);
    return 0;
  }
  if (positionals.length === 0) return usage('name an article file, a folder, or - for standard input');
  if (values.format !== 'json' && values.format !== 'md') return usage(`unknown format "${values.format}"`);
  const options: Options = {
    format: values.format,
    jsonl: values.jsonl,
    title: values.title,
    url: values.url,
    includeText: values['include-text'],
    trace: values.trace,
    quiet: values.quiet,
  };

  let files: string[];
  try {
    files = positionals.flatMap(expand);
  } catch (error) {
    if (error instanceof UsageError) return usage(error.message);
    throw error;
  }
  const single = files.length === 1 && !statIsDirectory(positionals[0]) && !options.jsonl;
  if (!single && (options.title !== undefined || options.url !== undefined)) {
    return usage('--title and --url apply to one article only');
  }
  if (single) return briefOne(files[0], options);
  return briefMany(files, options);
}

async function briefOne(file: string, options: Options): Promise<number> {
  const text = readArticle(file);
  if (text === null) return 1;
  const result = brief(
    { text, title: options.title, url: options.url },
    { includeText: options.includeText, trace: options.trace },
  );
  await write(options.format === 'md' ? markdownOf(result, text) : `${JSON.stringify(result, null, 2)}\n`);
  return 0;
}

async function briefMany(files: string[], options: Options): Promise<number> {
  const progress = new Progress(files.length, options.quiet || files.length < 2);
  let failed = 0;
  for (const [i, file] of files.entries()) {
    const text = readArticle(file);
    if (text === null) {
      failed++;
    } else {
      const result = brief({ text }, { includeText: options.includeText, trace: options.trace });
      if (options.format === 'md') await write(`${i > 0 ? '\n---\n\n' : ''}${markdownOf(result, text)}`);
      else await write(`${JSON.stringify({ file, ...result })}\n`);
    }
    progress.update(i + 1, failed);
  }
  progress.done(failed);
  return failed > 0 ? 1 : 0;
}

/** The Markdown brief, with the rule trace after it when there is one: each item's text and the rules that made it. */
function markdownOf(result: TracedBrief, text: string): string {
  const md = briefToMarkdown(result);
  if (!result.trace) return md;
  const lines = result.trace.map(
    (e) =>
      `- ${e.kind} ${e.start}-${e.end} "${text.slice(e.start, e.end).replace(/\s+/g, ' ')}": ${e.rules.join(', ')}`,
  );
  return `${md}\n## Rule trace\n\n${lines.join('\n')}\n`;
}

/** A positional as article files: `-` (standard input), a file, or a folder's article files in name order. */
function expand(path: string): string[] {
  if (path === '-') return ['-'];
  if (!statIsDirectory(path)) return [path];
  const found = readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  if (found.length === 0) throw new UsageError(`${path}: no .txt or .md files in this folder`);
  return found.map((file) => (path === '.' ? relative('.', file) : file));
}

function statIsDirectory(path: string): boolean {
  try {
    return path !== '-' && statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** The article's text, or null after saying on stderr why it cannot be briefed. */
function readArticle(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    console.error(
      `edge-brief: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
    );
    return null;
  }
  if (text.trim() === '') {
    console.error(`edge-brief: ${file === '-' ? 'standard input' : file}: the article is blank`);
    return null;
  }
  return text;
}

/** Progress on stderr: redrawn in place on a terminal, an occasional line in a log. */
class Progress {
  private readonly started = performance.now();
  private lastLine = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  constructor(
    private readonly total: number,
    private readonly silent: boolean,
  ) {}

  update(done: number, failed: number): void {
    if (this.silent) return;
    const now = performance.now();
    if (this.tty) process.stderr.write(`\r${this.line(done, failed)}`);
    else if (now - this.lastLine >= PROGRESS_LOG_EVERY_MS && done < this.total) {
      this.lastLine = now;
      process.stderr.write(`${this.line(done, failed)}\n`);
    }
  }

  done(failed: number): void {
    if (this.silent) return;
    process.stderr.write(`${this.tty ? '\r' : ''}${this.line(this.total, failed)}\n`);
  }

  private line(done: number, failed: number): string {
    const seconds = (performance.now() - this.started) / 1000;
    return `edge-brief: ${done}/${this.total} articles${failed ? `, ${failed} failed` : ''} in ${seconds.toFixed(1)} s`;
  }
}

function usage(message: string): number {
  console.error(
    `edge-brief: ${message}\nusage: npx edge-brief <article.txt | folder | -> [--format json|md] [--jsonl] (--help for more)`,
  );
  return 2;
}

/** Write to stdout, waiting when the pipe is full, so a long JSON Lines run holds no more than a chunk in memory. */
function write(chunk: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(chunk)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

// A reader that stops early (`| head`, `| jq -e ... | head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`edge-brief: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
