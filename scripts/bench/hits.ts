/**
 * `npm run bench:hits`: requests per second of a cache hit against a bare Hono echo.
 *
 * Starts the real Worker (`npm start`, test/e2e/server.ts) and a bare Hono Worker that answers a
 * JSON body of the same size (scripts/bench/bare-worker/), both under the same wrangler on
 * loopback, stores one brief, then alternates autocannon runs: `GET /v1/briefs/{id}` with the API
 * token (a KV hit behind security headers, CORS and the token check) and `GET /echo?bytes=<size of
 * that brief>`. Each round runs both, back to back (in turns: hit first, then echo first, so a
 * change in the machine's load falls on both alike), and gives two ratios: requests per second, and
 * CPU per request, the CPU each server's whole process group (npm, wrangler, workerd) spent per
 * request, read from /proc. The headline is the median of the rounds' CPU ratios: on a shared
 * machine requests per second follow whatever else runs (one round's ratio swings by 0.1 and more),
 * CPU per request much less. The median request-per-second ratio is printed beside it.
 * Target (issue 13.5): hits >= 0.8x the bare echo.
 *
 *   npm run bench:hits [-- --seconds 3 --connections 50 --rounds 6 --port 8850]
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from '../../test/e2e/server';
import { groupCpuMs } from './process-cpu';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    connections: { type: 'string', default: '50' },
    rounds: { type: 'string', default: '6' },
    port: { type: 'string', default: '8850' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const rounds = Math.max(1, Number(values.rounds));
const port = Number(values.port);
const barePort = port + 1;
const TOKEN = 'bench-hits-token';
const TARGET = 0.8;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

const ARTICLE = [
  'A storm hit the coast on Monday, cutting power to more than 4,000 homes, officials said.',
  '"We are ready for the worst," Mayor Jane Smith told reporters at City Hall.',
  'According to the National Weather Service, the storm could bring another 20 cm of rain.',
  'Critics say the city was slow to act. "The warnings came days ago," said Tom Reyes, a local councillor.',
].join('\n\n');

interface Rate {
  rps: number;
  /** CPU milliseconds the server (npm, wrangler, workerd) spent per request, or null without /proc. */
  cpuPerRequest: number | null;
  non2xx: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The least and greatest of `values`, as `0.71-0.83x`. */
function spread(values: number[]): string {
  return `${Math.min(...values).toFixed(2)}-${Math.max(...values).toFixed(2)}x`;
}

async function rate(url: string, group: number, headers: Record<string, string> = {}): Promise<Rate> {
  const before = groupCpuMs(group);
  const r = await autocannon({ url, headers, connections, duration: seconds, timeout: 30 });
  const after = groupCpuMs(group);
  const cpuPerRequest =
    before === null || after === null || !r.requests.total ? null : (after - before) / r.requests.total;
  return { rps: r.requests.average, cpuPerRequest, non2xx: r.non2xx + r.errors + r.timeouts };
}

async function startBare(): Promise<{ stop: () => void; group: number }> {
  const child = spawn(
    'npx',
    [
      'wrangler',
      'dev',
      '-c',
      'scripts/bench/bare-worker/wrangler.toml',
      '--port',
      String(barePort),
      '--ip',
      '127.0.0.1',
    ],
    {
      cwd: ROOT,
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
    },
  );
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${barePort}/echo?bytes=16`)).ok) return { stop, group: child.pid! };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  stop();
  throw new Error('the bare Hono worker did not start');
}

const server = await startServer({ port, vars: { API_TOKEN: TOKEN } });
const bare = await startBare();
try {
  const auth = { authorization: `Bearer ${TOKEN}` };
  const made = await fetch(`${server.url}/v1/briefs`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Storm hits coast', text: ARTICLE }),
  });
  const { id } = (await made.json()) as { id: string };
  const hitUrl = `${server.url}/v1/briefs/${id}`;
  const hit = await fetch(hitUrl, { headers: auth });
  const bytes = (await hit.arrayBuffer()).byteLength;
  const echoUrl = `http://127.0.0.1:${barePort}/echo?bytes=${bytes}`;
  const echoBytes = (await (await fetch(echoUrl)).arrayBuffer()).byteLength;
  console.log(
    `hit: ${bytes} bytes (status ${hit.status}); echo: ${echoBytes} bytes; ${connections} connections, ${seconds} s a run`,
  );

  const rpsRatios: number[] = [];
  const cpuRatios: number[] = [];
  let failures = 0;
  const ms = (cpu: number | null) => (cpu === null ? 'n/a' : `${cpu.toFixed(2)} ms`);
  for (let round = 0; round < rounds; round++) {
    const hitFirst = round % 2 === 0;
    const first = await (hitFirst ? rate(hitUrl, server.processGroup, auth) : rate(echoUrl, bare.group));
    const second = await (hitFirst ? rate(echoUrl, bare.group) : rate(hitUrl, server.processGroup, auth));
    const [h, e] = hitFirst ? [first, second] : [second, first];
    failures += h.non2xx + e.non2xx;
    rpsRatios.push(h.rps / e.rps);
    if (h.cpuPerRequest !== null && e.cpuPerRequest !== null) cpuRatios.push(e.cpuPerRequest / h.cpuPerRequest);
    console.log(
      `  round ${round + 1}: cache hit ${h.rps.toFixed(0)} req/s (CPU ${ms(h.cpuPerRequest)} a request), bare echo ${e.rps.toFixed(0)} req/s (CPU ${ms(e.cpuPerRequest)}): ${(h.rps / e.rps).toFixed(2)}x by req/s`,
    );
  }
  const rpsRatio = median(rpsRatios);
  console.log(`cache hit / bare echo by req/s: median ${rpsRatio.toFixed(2)}x (rounds ${spread(rpsRatios)})`);
  // Requests per second follow whatever else the machine runs; CPU per request much less.
  const cpuRatio = cpuRatios.length ? median(cpuRatios) : null;
  if (cpuRatio !== null)
    console.log(
      `cache hit / bare echo by CPU per request (echo ms / hit ms): median ${cpuRatio.toFixed(2)}x (rounds ${spread(cpuRatios)})`,
    );
  const ratio = cpuRatio ?? rpsRatio;
  console.log(
    `headline ${ratio.toFixed(2)}x (${cpuRatio === null ? 'req/s' : 'CPU per request'}); target >= ${TARGET}x: ${ratio >= TARGET ? 'met' : 'MISSED'}`,
  );
  if (failures) console.log(`${failures} requests failed or were not 2xx`);
  process.exitCode = ratio >= TARGET && !failures ? 0 : 1;
} finally {
  bare.stop();
  await server.stop();
}
