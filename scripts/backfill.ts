/**
 * Backfill a local archive through the batch API: read it, send it in chunks to `POST /v1/batches`,
 * follow every batch to the end with a progress bar, and print a summary.
 *
 *   npm run backfill -- ./archive.jsonl                 # one JSON article per line
 *   npm run backfill -- ./articles/                     # a folder of .txt / .html files (recursive)
 *   npm run backfill -- ./archive.jsonl --url https://edge-brief.example.workers.dev --token "$API_TOKEN"
 *
 * Options: --url (default http://localhost:8787), --token (default $API_TOKEN), --source (default
 * `batch`), --chunk (articles per request, default 500, at most 1000), --max-bytes (request body
 * budget, default 900000, under the Worker's 1 MB limit), --poll (ms between progress checks,
 * default 1000), --timeout (s to wait for completion, default 900), --no-wait (send and stop),
 * --json (the summary as JSON on stdout).
 *
 * A JSONL line is `{ id, text | html, title?, url? }`; other fields are ignored and a numeric id
 * becomes a string. A file's id is its path inside the folder without the extension. Nothing is
 * dropped silently: unreadable lines, articles too big for one request and items the server
 * rejects are all counted and listed. Throttling (429) and outages (503, network errors) are
 * retried with the server's Retry-After or a backoff; a 413 splits the chunk in two.
 *
 * Exit status: 0 when every article was briefed, 1 when some were rejected or failed (or the wait
 * timed out), 2 on a usage error or when the server cannot be used at all.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface ArchiveItem {
  id: string;
  text?: string;
  html?: string;
  title?: string;
  url?: string;
}

/** Where an item came from, for messages: `archive.jsonl:12` or `folder/a.html`. */
interface Located {
  item: ArchiveItem;
  origin: string;
}

interface Problem {
  origin: string;
  id: string | null;
  reason: string;
}

export interface Options {
  path: string;
  url: string;
  token?: string;
  source: string;
  chunk: number;
  maxBytes: number;
  pollMs: number;
  timeoutS: number;
  wait: boolean;
  json: boolean;
}

export interface Summary {
  read: number;
  accepted: number;
  rejected: Problem[];
  done: number;
  failed: Problem[];
  pending: number;
  batches: string[];
  seconds: number;
  articlesPerSecond: number;
  /** Where one briefed article can be read, as a URL that answers (ids keep their slashes). */
  example: string | null;
}

/** `/v1/articles/{source}/{id}` with each path segment of the id encoded and its slashes kept. */
export function articleUrl(base: string, source: string, id: string): string {
  return `${base}/v1/articles/${encodeURIComponent(source)}/${id.split('/').map(encodeURIComponent).join('/')}`;
}

class UsageError extends Error {}
class FatalError extends Error {}

// ---------------------------------------------------------------- reading the archive

export function readArchive(path: string): { items: Located[]; unreadable: Problem[] } {
  const items: Located[] = [];
  const unreadable: Problem[] = [];
  if (statSync(path).isDirectory()) {
    for (const file of walk(path)) {
      const ext = extname(file).toLowerCase();
      if (ext !== '.txt' && ext !== '.html' && ext !== '.htm') continue;
      const id = relative(path, file).slice(0, -ext.length).split(sep).join('/');
      const body = readFileSync(file, 'utf8');
      items.push({
        item: ext === '.txt' ? { id, text: body } : { id, html: body },
        origin: relative(process.cwd(), file) || file,
      });
    }
    return { items, unreadable };
  }
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const origin = `${path}:${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        unreadable.push({ origin, id: null, reason: 'not valid JSON' });
        return;
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        unreadable.push({ origin, id: null, reason: 'not a JSON object' });
        return;
      }
      const v = value as Record<string, unknown>;
      const item: ArchiveItem = { id: typeof v.id === 'number' ? String(v.id) : (v.id as string) };
      for (const key of ['text', 'html', 'title', 'url'] as const)
        if (v[key] !== undefined) item[key] = v[key] as string;
      items.push({ item, origin });
    });
  return { items, unreadable };
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
}

/** Chunks of at most `chunk` items whose JSON fits in `maxBytes`; an item that cannot fit alone is refused. */
export function chunkItems(
  items: Located[],
  chunk: number,
  maxBytes: number,
  source: string,
): { chunks: Located[][]; tooBig: Problem[] } {
  const envelope = Buffer.byteLength(JSON.stringify({ source, articles: [] }));
  const chunks: Located[][] = [];
  const tooBig: Problem[] = [];
  let current: Located[] = [];
  let bytes = envelope;
  for (const located of items) {
    const size = Buffer.byteLength(JSON.stringify(located.item)) + 1; // + the comma
    if (envelope + size > maxBytes) {
      tooBig.push({
        origin: located.origin,
        id: located.item.id ?? null,
        reason: `larger than one request (${size} bytes, budget ${maxBytes})`,
      });
      continue;
    }
    if (current.length >= chunk || bytes + size > maxBytes) {
      chunks.push(current);
      current = [];
      bytes = envelope;
    }
    current.push(located);
    bytes += size;
  }
  if (current.length) chunks.push(current);
  return { chunks, tooBig };
}

// ---------------------------------------------------------------- talking to the API

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function retryAfterMs(res: Response, attempt: number): number {
  const header = Number(res.headers.get('retry-after'));
  return Number.isFinite(header) && header > 0 ? header * 1000 : Math.min(1000 * 2 ** attempt, 30_000);
}

/** fetch with retries for throttling, outages and network errors; other answers are returned. */
async function request(
  url: string,
  init: RequestInit,
  token: string | undefined,
  onWait: (why: string) => void,
): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('authorization', `Bearer ${token}`);
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, { ...init, headers });
    } catch (error) {
      if (attempt >= 5) throw new FatalError(`cannot reach ${url}: ${String((error as Error).cause ?? error)}`);
      onWait(`server unreachable, retrying`);
      await sleep(Math.min(1000 * 2 ** attempt, 30_000));
      continue;
    }
    if ((res.status === 429 || res.status === 503) && attempt < 8) {
      await res.body?.cancel();
      onWait(res.status === 429 ? 'throttled (429), waiting' : 'server busy (503), waiting');
      await sleep(retryAfterMs(res, attempt));
      continue;
    }
    if (res.status === 401) throw new FatalError('the server wants an API token: pass --token or set API_TOKEN');
    return res;
  }
}

interface Sent {
  batchId: string;
  /** What was sent, in request order: the server's item indices point into it. */
  chunk: Located[];
  /** Articles the server accepted. */
  total: number;
}

async function sendChunk(
  options: Options,
  chunk: Located[],
  progress: Progress,
  sink: { sent: Sent[]; rejected: Problem[] },
): Promise<void> {
  const body = JSON.stringify({ source: options.source, articles: chunk.map((c) => c.item) });
  const res = await request(
    `${options.url}/v1/batches`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body },
    options.token,
    progress.note,
  );
  const payload = (await res.json().catch(() => null)) as Record<string, unknown> | null;
  if (res.status === 202 && payload) {
    const rejected = (payload.rejected ?? []) as {
      index: number;
      id: string | null;
      errors: { path: string; message: string }[];
    }[];
    for (const r of rejected)
      sink.rejected.push({
        origin: chunk[r.index]?.origin ?? `item ${r.index}`,
        id: r.id,
        reason: r.errors.map((e) => `${e.path}: ${e.message}`).join('; '),
      });
    sink.sent.push({ batchId: payload.batchId as string, chunk, total: payload.total as number });
    progress.sent(chunk.length);
    return;
  }
  if (res.status === 413 && chunk.length > 1) {
    // The server's limit is lower than our budget: halve and try again.
    const half = Math.ceil(chunk.length / 2);
    await sendChunk(options, chunk.slice(0, half), progress, sink);
    await sendChunk(options, chunk.slice(half), progress, sink);
    return;
  }
  if (res.status === 422 && payload) {
    // No valid article in the chunk (or the request itself is wrong): every item is reported.
    const errors = (payload.errors ?? []) as { path: string; message: string }[];
    for (const [index, located] of chunk.entries()) {
      const own = errors
        .filter((e) => e.path.startsWith(`articles.${index}.`))
        .map((e) => `${e.path.split('.').slice(2).join('.')}: ${e.message}`);
      sink.rejected.push({
        origin: located.origin,
        id: located.item.id ?? null,
        reason: own.join('; ') || String(payload.detail ?? 'rejected'),
      });
    }
    progress.sent(chunk.length);
    return;
  }
  throw new FatalError(`POST /v1/batches answered ${res.status}: ${payload?.detail ?? res.statusText}`);
}

interface BatchReport {
  status: string;
  total: number;
  done: number;
  failed: number;
  errors: { index: number; id: string; reason: string }[];
}

// ---------------------------------------------------------------- progress on stderr

class Progress {
  private readonly tty = Boolean(process.stderr.isTTY);
  private readonly started = Date.now();
  private lastLine = 0;
  private sentCount = 0;
  private settled = 0;
  private accepted = 0;
  private failedCount = 0;
  private waiting = '';

  constructor(private readonly total: number) {}

  readonly note = (why: string) => {
    this.waiting = why;
    this.draw(true);
  };

  sent(n: number) {
    this.sentCount += n;
    this.waiting = '';
    this.draw();
  }

  briefing(accepted: number, done: number, failed: number) {
    this.accepted = accepted;
    this.settled = done + failed;
    this.failedCount = failed;
    this.waiting = '';
    this.draw();
  }

  end() {
    if (this.tty) process.stderr.write('\n');
  }

  private draw(force = false) {
    const sending = this.accepted === 0;
    const [n, of] = sending ? [this.sentCount, this.total] : [this.settled, this.accepted];
    const seconds = (Date.now() - this.started) / 1000;
    const width = 30;
    const filled = of ? Math.round((n / of) * width) : width;
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    const label = sending ? 'sent' : 'briefed';
    const line = `${bar} ${n}/${of} ${label}${this.failedCount ? `, ${this.failedCount} failed` : ''}  ${seconds.toFixed(0)}s${this.waiting ? `  (${this.waiting})` : ''}`;
    if (this.tty) {
      process.stderr.write(`\r${line}\x1b[K`);
    } else if (force || n === of || Date.now() - this.lastLine > 5000) {
      // Not a terminal (CI logs, a pipe): a line now and then rather than a redrawn bar.
      process.stderr.write(`${line}\n`);
      this.lastLine = Date.now();
    }
  }
}

// ---------------------------------------------------------------- the run

export async function backfill(options: Options): Promise<Summary> {
  const started = Date.now();
  const { items, unreadable } = readArchive(options.path);
  const { chunks, tooBig } = chunkItems(items, options.chunk, options.maxBytes, options.source);
  const progress = new Progress(items.length);
  const sink = { sent: [] as Sent[], rejected: [...unreadable, ...tooBig] };
  for (const chunk of chunks) await sendChunk(options, chunk, progress, sink);

  const accepted = sink.sent.reduce((n, s) => n + s.total, 0);
  const reports = new Map<string, BatchReport>();
  /** Batches the server no longer knows (past retention, or a wiped local state): their articles stay pending. */
  const lost = new Set<string>();
  const finished = (batchId: string) => lost.has(batchId) || reports.get(batchId)?.status === 'completed';
  if (options.wait) {
    const deadline = Date.now() + options.timeoutS * 1000;
    progress.briefing(accepted, 0, 0);
    for (;;) {
      for (const s of sink.sent) {
        if (finished(s.batchId)) continue;
        const res = await request(`${options.url}/v1/batches/${s.batchId}`, {}, options.token, progress.note);
        if (res.ok) reports.set(s.batchId, (await res.json()) as BatchReport);
        else await res.body?.cancel();
        if (res.status === 404) lost.add(s.batchId);
      }
      const all = [...reports.values()];
      progress.briefing(accepted, sum(all, 'done'), sum(all, 'failed'));
      if (sink.sent.every((s) => finished(s.batchId)) || Date.now() > deadline) break;
      await sleep(options.pollMs);
    }
  }
  progress.end();
  for (const batchId of lost)
    process.stderr.write(
      `backfill: batch ${batchId} is no longer known to the server; its unfinished articles are counted as pending\n`,
    );

  const failed: Problem[] = sink.sent.flatMap((s) =>
    (reports.get(s.batchId)?.errors ?? []).map((e) => ({
      origin: s.chunk[e.index]?.origin ?? `batch ${s.batchId} item ${e.index}`,
      id: e.id,
      reason: e.reason,
    })),
  );
  const done = sum([...reports.values()], 'done');
  const seconds = (Date.now() - started) / 1000;
  return {
    read: items.length + unreadable.length,
    accepted,
    rejected: sink.rejected,
    done,
    failed,
    pending: options.wait ? accepted - done - failed.length : accepted,
    batches: sink.sent.map((s) => s.batchId),
    seconds: Number(seconds.toFixed(2)),
    example: firstBriefed(sink.sent, reports, options),
    articlesPerSecond: Number((done / Math.max(seconds, 0.001)).toFixed(1)),
  };
}

const sum = (reports: BatchReport[], key: 'done' | 'failed') => reports.reduce((n, r) => n + r[key], 0);

/** The first accepted article that did not fail, as the URL its brief is read at. */
function firstBriefed(sent: Sent[], reports: Map<string, BatchReport>, options: Options): string | null {
  for (const s of sent) {
    const failed = new Set((reports.get(s.batchId)?.errors ?? []).map((e) => e.index));
    const index = s.chunk.findIndex((_, i) => !failed.has(i));
    if (index >= 0) return articleUrl(options.url, options.source, String(s.chunk[index].item.id));
  }
  return null;
}

function printSummary(s: Summary, waited: boolean): void {
  const lines = [
    `read ${s.read} articles; ${s.accepted} queued in ${s.batches.length} batch(es), ${s.rejected.length} rejected`,
    waited
      ? `briefed ${s.done}, failed ${s.failed.length}, still pending ${s.pending}  (${s.seconds}s, ${s.articlesPerSecond} articles/s)`
      : `not waiting: follow ${s.batches.map((b) => `/v1/batches/${b}`).join(', ')}`,
  ];
  const list = (title: string, problems: Problem[]) => {
    if (!problems.length) return;
    lines.push(`${title}:`);
    for (const p of problems.slice(0, 20)) lines.push(`  ${p.origin}${p.id ? ` (${p.id})` : ''}: ${p.reason}`);
    if (problems.length > 20) lines.push(`  … and ${problems.length - 20} more (--json lists all)`);
  };
  if (s.example && (!waited || s.done > 0))
    lines.push(`read each brief at /v1/articles/<source>/<id>, e.g. ${s.example}`);
  list('rejected', s.rejected);
  list('failed', s.failed);
  process.stderr.write(`${lines.join('\n')}\n`);
}

export function parseArgs(argv: string[]): Options {
  const options: Options = {
    path: '',
    url: 'http://localhost:8787',
    token: process.env.API_TOKEN || undefined,
    source: 'batch',
    chunk: 500,
    maxBytes: 900_000,
    pollMs: 1000,
    timeoutS: 900,
    wait: true,
    json: false,
  };
  const number = (flag: string, value: string | undefined, min: number, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max)
      throw new UsageError(`${flag} takes a whole number from ${min} to ${max}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const next = () => {
      const value = argv[++i];
      if (value === undefined) throw new UsageError(`${arg} needs a value`);
      return value;
    };
    if (arg === '--url') options.url = next().replace(/\/+$/, '');
    else if (arg === '--token') options.token = next();
    else if (arg === '--source') options.source = next();
    else if (arg === '--chunk') options.chunk = number(arg, next(), 1, 1000);
    else if (arg === '--max-bytes') options.maxBytes = number(arg, next(), 1000, 100_000_000);
    else if (arg === '--poll') options.pollMs = number(arg, next(), 50, 600_000);
    else if (arg === '--timeout') options.timeoutS = number(arg, next(), 1, 86_400);
    else if (arg === '--no-wait') options.wait = false;
    else if (arg === '--json') options.json = true;
    else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (!options.path) options.path = arg;
    else throw new UsageError(`one archive at a time (got ${options.path} and ${arg})`);
  }
  if (!options.path)
    throw new UsageError(
      'usage: npm run backfill -- <archive.jsonl | folder> [--url URL] [--token TOKEN] [--source NAME] [--json]',
    );
  try {
    statSync(options.path);
  } catch {
    throw new UsageError(`no such file or folder: ${options.path}`);
  }
  return options;
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`backfill: ${(error as Error).message}`);
    return 2;
  }
  try {
    const summary = await backfill(options);
    printSummary(summary, options.wait);
    if (options.json) console.log(JSON.stringify(summary));
    return summary.rejected.length || summary.failed.length || (options.wait && summary.pending) ? 1 : 0;
  } catch (error) {
    if (error instanceof FatalError || error instanceof UsageError) {
      console.error(`\nbackfill: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main().then((code) => process.exit(code));
