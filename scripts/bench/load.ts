/**
 * Load benchmark: `npm run bench:load [-- --port 8840 --seconds 5 --connections 200]`.
 *
 * Starts the real Worker with `npm start` (test/e2e/server.ts: loopback only, fresh local KV,
 * killed as a process group at the end), then:
 * 1. Bursts: 200 concurrent POST /v1/briefs of distinct articles, each must be answered, none 5xx;
 *    then 200 concurrent without a token from one address, which the rate limit must shed (429).
 * 2. Throughput with autocannon at 200 connections for a few seconds each: a bare Hono JSON route
 *    (GET /healthz), cache hits (the same article, X-Cache: HIT) and cache misses (a new article
 *    each request: hash, engine, KV write).
 * Prints a table and exits 1 if any request failed, timed out or answered 5xx.
 *
 * The API runs with an API_TOKEN and the requests carry it, so the per-IP rate limit (which only
 * applies to unauthenticated callers) does not turn the benchmark into a 429 benchmark.
 * Numbers are for one local workerd on a shared machine: compare the rows with each other, not
 * with production, where Cloudflare runs many isolates.
 */
import autocannon from 'autocannon';
import { startServer } from '../../test/e2e/server';
import { WIRE } from '../../test/fixtures/articles';

const TOKEN = 'bench-load-token';

function argNumber(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const n = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(n) && n > 0 ? n : fallback;
}

const port = argNumber('--port', 8840);
const seconds = argNumber('--seconds', 5);
const connections = argNumber('--connections', 200);

interface Row {
  scenario: string;
  requests: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  note: string;
}

// Our own wire fixture (test/fixtures/articles.ts): the bench runs in a clone with no shared data.
const article = WIRE;
const headers = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };

async function burst(url: string): Promise<Row> {
  const started = performance.now();
  const results = await Promise.allSettled(
    Array.from({ length: connections }, (_, i) =>
      fetch(`${url}/v1/briefs`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ text: `${article}\n\nBurst ${i} ${Date.now()}.` }),
        signal: AbortSignal.timeout(60_000),
      }).then(async (res) => {
        await res.arrayBuffer();
        return res.status;
      }),
    ),
  );
  const ms = performance.now() - started;
  const statuses = results.map((r) => (r.status === 'fulfilled' ? r.value : 0));
  return {
    scenario: `burst: ${connections} concurrent misses`,
    requests: statuses.filter((s) => s > 0).length,
    reqPerSec: (connections / ms) * 1000,
    p50: NaN,
    p99: NaN,
    non2xx: statuses.filter((s) => s >= 300).length,
    errors: statuses.filter((s) => s === 0).length,
    timeouts: 0,
    note: `all answered in ${(ms / 1000).toFixed(1)} s; 5xx: ${statuses.filter((s) => s >= 500).length}`,
  };
}

/** 200 concurrent requests without a token from one address: the limiter must shed them with 429, never 5xx. */
async function abuse(url: string): Promise<Row> {
  const started = performance.now();
  const statuses = await Promise.all(
    Array.from({ length: connections }, () =>
      fetch(`${url}/v1/briefs`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
        signal: AbortSignal.timeout(60_000),
      })
        .then(async (res) => (await res.arrayBuffer(), res.status))
        .catch(() => 0),
    ),
  );
  const ms = performance.now() - started;
  const count = (test: (s: number) => boolean) => statuses.filter(test).length;
  return {
    scenario: `burst: ${connections} without a token`,
    requests: count((s) => s > 0),
    reqPerSec: (connections / ms) * 1000,
    p50: NaN,
    p99: NaN,
    non2xx: count((s) => s >= 300),
    errors: count((s) => s === 0),
    timeouts: 0,
    note: `401: ${count((s) => s === 401)}, 429: ${count((s) => s === 429)}; 5xx: ${count((s) => s >= 500)}`,
  };
}

async function cannon(scenario: string, opts: autocannon.Options, note: string): Promise<Row> {
  const result = await autocannon({ connections, duration: seconds, timeout: 30, ...opts });
  return {
    scenario,
    requests: result.requests.total,
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    note,
  };
}

async function main(): Promise<void> {
  console.log(`starting npm start on 127.0.0.1:${port} ...`);
  const server = await startServer({ port, vars: { API_TOKEN: TOKEN } });
  const rows: Row[] = [];
  let fivexx = 0;
  try {
    const { url } = server;
    rows.push(await burst(url));
    rows.push(await abuse(url));
    for (const row of rows) fivexx += row.errors + Number(/5xx: (\d+)/.exec(row.note)?.[1] ?? 0);

    rows.push(await cannon('bare Hono JSON: GET /healthz', { url: `${url}/healthz` }, 'no KV, no engine'));

    const hitBody = JSON.stringify({ text: article });
    const warm = await fetch(`${url}/v1/briefs`, { method: 'POST', headers, body: hitBody });
    await warm.arrayBuffer();
    const check = await fetch(`${url}/v1/briefs`, { method: 'POST', headers, body: hitBody });
    await check.arrayBuffer();
    rows.push(
      await cannon(
        'cache hits: POST /v1/briefs',
        { url: `${url}/v1/briefs`, method: 'POST', headers, body: hitBody },
        `X-Cache ${check.headers.get('x-cache')}: hash + KV read`,
      ),
    );

    // idReplacement puts a fresh random id in place of [<id>] in every request: each one a new article.
    rows.push(
      await cannon(
        'cache misses: POST /v1/briefs',
        {
          url: `${url}/v1/briefs`,
          method: 'POST',
          headers,
          idReplacement: true,
          body: JSON.stringify({ text: `${article}\n\nMiss [<id>].` }),
        },
        `${article.length} chars: hash + engine + KV write`,
      ),
    );
  } finally {
    await server.stop();
  }

  const fmt = (v: number, digits = 0) => (Number.isFinite(v) ? v.toFixed(digits) : '-');
  const table = [
    ['scenario', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors', 'timeouts', 'note'],
    ...rows.map((r) => [
      r.scenario,
      String(r.requests),
      fmt(r.reqPerSec, 1),
      fmt(r.p50),
      fmt(r.p99),
      String(r.non2xx),
      String(r.errors),
      String(r.timeouts),
      r.note,
    ]),
  ];
  const widths = table[0].map((_, c) => Math.max(...table.map((row) => row[c].length)));
  console.log(
    `\nnpm run bench:load: ${connections} connections, ${seconds} s per throughput run, one local workerd (wrangler dev), loopback\n`,
  );
  for (const row of table)
    console.log(
      row.map((cell, c) => (c >= 1 && c <= 7 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  '),
    );
  // The bursts are judged by their 5xx and errors (the abuse burst is meant to be refused); the throughput runs must be all 2xx.
  const failed =
    fivexx +
    rows.filter((r) => !r.scenario.startsWith('burst')).reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx, 0);
  if (failed > 0) {
    console.log(`\nFAILED: ${failed} requests errored, timed out or were not 2xx`);
    process.exitCode = 1;
  } else {
    console.log('\nevery request answered, none 5xx');
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
