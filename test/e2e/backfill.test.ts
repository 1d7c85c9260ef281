/**
 * End to end: the real `npm start` (workerd, local queue, local Durable Object, local KV) takes 60
 * real PolNeAR articles through the batch API, and every brief is then readable by article id.
 * The archive is written to a temporary folder from the shared eval data (read where it lives,
 * never copied into the repository).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Brief } from '../../src/schema/brief';
import { SHARED } from '../../scripts/eval/shared';
import { skipWithoutSharedData } from '../shared-data';
import { startServer, type RunningServer } from './server';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const POLNEAR_DEV = new URL('eval/polnear/dev.jsonl', SHARED);
const noData = skipWithoutSharedData('the backfill e2e test (60 PolNeAR dev articles)');
const TOKEN = 'e2e-backfill-token';

interface PolnearArticle {
  id: string;
  title: string;
  text: string;
}

const articles: PolnearArticle[] = (noData ? '' : readFileSync(POLNEAR_DEV, 'utf8'))
  .split('\n')
  .filter((line) => line.trim())
  .slice(0, 60)
  .map((line) => {
    const { id, title, text } = JSON.parse(line) as PolnearArticle;
    return { id, title, text };
  });

let server: RunningServer;
let work: string;

beforeAll(async () => {
  if (noData) return;
  // A short stall period: `wrangler dev` reloads when any file changes and drops the local queue's
  // in-flight messages; the batch's Durable Object then re-sends them (src/batch/progress.ts).
  server = await startServer({ port: 8831, vars: { API_TOKEN: TOKEN, BATCH_STALL_SECONDS: '5' } });
  work = mkdtempSync(join(tmpdir(), 'edge-brief-backfill-'));
});

afterAll(async () => {
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

function backfill(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      'npx',
      ['tsx', 'scripts/backfill.ts', ...args],
      { cwd: REPO, env: { ...process.env, API_TOKEN: '' } },
      (error, stdout, stderr) =>
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const auth = { authorization: `Bearer ${TOKEN}` };

describe.skipIf(noData)('backfill through npm start', () => {
  it('briefs 60 PolNeAR articles through the local queue, with exact progress, all readable by id', async () => {
    expect(articles).toHaveLength(60);
    const archive = join(work, 'polnear-60.jsonl');
    writeFileSync(archive, articles.map((a) => JSON.stringify(a)).join('\n'));

    const run = await backfill([
      archive,
      '--url',
      server.url,
      '--token',
      TOKEN,
      '--source',
      'polnear',
      '--chunk',
      '25',
      '--poll',
      '200',
      '--json',
    ]);
    expect(run.code, `${run.stderr}\n${server.output().slice(-3000)}`).toBe(0);
    const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
      accepted: number;
      done: number;
      failed: unknown[];
      rejected: unknown[];
      pending: number;
      batches: string[];
    };
    expect(summary).toMatchObject({ accepted: 60, done: 60, failed: [], rejected: [], pending: 0 });
    expect(summary.batches).toHaveLength(3); // 25 + 25 + 10
    expect(run.stderr).toMatch(/briefed 60, failed 0/);

    // Exact progress: the batches add up to 60 done, not one more or less.
    let done = 0;
    for (const batchId of summary.batches) {
      const progress = (await (await fetch(`${server.url}/v1/batches/${batchId}`, { headers: auth })).json()) as {
        status: string;
        total: number;
        done: number;
        failed: number;
      };
      expect(progress.status).toBe('completed');
      expect(progress.done + progress.failed).toBe(progress.total);
      done += progress.done;
    }
    expect(done).toBe(60);

    // Every article's brief, by the archive's own id.
    for (const a of articles) {
      const res = await fetch(`${server.url}/v1/articles/polnear/${encodeURIComponent(a.id)}`, { headers: auth });
      expect(res.status, a.id).toBe(200);
      const brief = Brief.parse(await res.json());
      expect(brief.title).toBe(a.title);
      expect(brief.stats.characters).toBe(a.text.length);
    }
  });

  it('reports progress that only grows and never passes the total, while consumers run', async () => {
    const batch = articles.slice(0, 40).map((a) => ({ ...a, id: `again-${a.id}`, text: `${a.text}\n\n(Second run.)` }));
    const res = await fetch(`${server.url}/v1/batches`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ source: 'progress', articles: batch }),
    });
    expect(res.status).toBe(202);
    const location = res.headers.get('location')!;
    const seen: number[] = [];
    for (let i = 0; i < 300; i++) {
      const p = (await (await fetch(`${server.url}${location}`, { headers: auth })).json()) as {
        status: string;
        total: number;
        done: number;
        failed: number;
      };
      expect(p.total).toBe(40);
      expect(p.done + p.failed).toBeLessThanOrEqual(40);
      expect(p.status === 'completed').toBe(p.done + p.failed === 40);
      seen.push(p.done);
      if (p.status === 'completed') break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(seen.at(-1)).toBe(40);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });

  it('sends a folder of .txt and .html files, and names what it could not send', async () => {
    const folder = join(work, 'site');
    mkdirSync(join(folder, '2016'), { recursive: true });
    writeFileSync(join(folder, 'storm.txt'), 'Storm hits coast\n\nA storm hit the coast on Monday, officials said.');
    writeFileSync(
      join(folder, '2016', 'vote.html'),
      '<h1>Vote count</h1><p>The count was finished on Tuesday, the election board said.</p>',
    );
    writeFileSync(join(folder, 'blank.txt'), '   \n');
    writeFileSync(join(folder, 'notes.md'), 'ignored: not an article format');

    const run = await backfill([
      folder,
      '--url',
      server.url,
      '--token',
      TOKEN,
      '--source',
      'site',
      '--poll',
      '200',
      '--json',
    ]);
    expect(run.code).toBe(1); // one article was rejected
    const summary = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as {
      accepted: number;
      done: number;
      rejected: { id: string; reason: string }[];
      example: string;
    };
    expect(summary.accepted).toBe(2);
    expect(summary.done).toBe(2);
    expect(summary.rejected).toEqual([
      expect.objectContaining({ id: 'blank', reason: expect.stringMatching(/blank/) }),
    ]);
    // An id with a slash is read as written, and the summary names a URL that answers.
    const vote = await fetch(`${server.url}/v1/articles/site/2016/vote`, { headers: auth });
    expect(vote.status).toBe(200);
    expect(((await vote.json()) as Brief).title).toBe('Vote count');
    expect(summary.example).toMatch(new RegExp(`^${server.url}/v1/articles/site/`));
    expect((await fetch(summary.example, { headers: auth })).status).toBe(200);
  });
});
