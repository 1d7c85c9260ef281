/**
 * Start the real Worker for an end-to-end test exactly as the README says (`npm start -- --port
 * <port> --ip 127.0.0.1 --persist-to <tmpdir>`), wait until `/healthz` answers, and stop it again.
 *
 * The server runs in its own session and process group (Node's `detached: true` is `setsid()`),
 * so `stop()` ends npm, wrangler and workerd together with one signal to the group, and a crashed
 * test run does not leave workerd holding the port (an exit hook kills the group too). KV state
 * lives in a fresh temporary directory, removed on stop, so runs never see each other's briefs.
 *
 * Ports: pass one from your own range; `startServer` refuses a port something already listens on
 * rather than silently testing someone else's server.
 *
 * @example
 * const server = await startServer({ port: 8820 });
 * try {
 *   const res = await fetch(`${server.url}/healthz`);
 * } finally {
 *   await server.stop();
 * }
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StartServerOptions {
  /** TCP port on 127.0.0.1; use one from your own range. */
  port: number;
  /** Extra Worker vars, passed as `--var NAME:value` (e.g. `{ API_TOKEN: 'x' }`). */
  vars?: Record<string, string>;
  /** How long to wait for `/healthz` (default 90 s, under the e2e hook timeout: a cold wrangler on a busy machine is slow). */
  readyTimeoutMs?: number;
}

export interface RunningServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  url: string;
  port: number;
  /** The server's process group (npm, wrangler and workerd), e.g. to read the CPU time it used. */
  processGroup: number;
  /** Where `--persist-to` keeps local KV for this run. */
  stateDir: string;
  /** Everything the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Stop the whole process group and remove the state directory. Safe to call twice. */
  stop(): Promise<void>;
}

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { port, vars = {}, readyTimeoutMs = 90_000 } = options;
  const url = `http://127.0.0.1:${port}`;
  if (!(await portIsFree(port)))
    throw new Error(`startServer: port ${port} is already in use; pick another from your range`);

  const stateDir = await mkdtemp(join(tmpdir(), `edge-brief-e2e-${port}-`));
  const args = ['start', '--', '--port', String(port), '--ip', '127.0.0.1', '--persist-to', stateDir];
  for (const [name, value] of Object.entries(vars)) args.push('--var', `${name}:${value}`);
  const child = spawn('npm', args, {
    cwd: REPO_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    if (output.length > 200_000) output = output.slice(-100_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.once('exit', killOnExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      killGroup(child, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    // workerd may outlive npm by a moment; make sure nothing of the group survives.
    killGroup(child, 'SIGKILL');
    await rm(stateDir, { recursive: true, force: true });
  };

  const deadline = Date.now() + readyTimeoutMs;
  let early: number | null | undefined;
  void exited.then((code) => (early = code));
  while (Date.now() < deadline) {
    if (early !== undefined) {
      await stop();
      throw new Error(`startServer: npm start exited with ${early} before /healthz answered:\n${output}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) {
        await res.body?.cancel();
        return { url, port, processGroup: child.pid!, stateDir, output: () => output, stop };
      }
      await res.body?.cancel();
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`startServer: /healthz did not answer within ${readyTimeoutMs} ms:\n${output}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // the group is already gone
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}
