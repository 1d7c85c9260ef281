/**
 * `npm start`: apply pending D1 migrations (migrations/) to the local database, then `wrangler dev`
 * with every argument given after `--`. The migrations go to the same place `wrangler dev` keeps
 * its state: `--persist-to <dir>` is passed to both, so a test server with its own state directory
 * gets its own migrated database. Offline and account-free: `--local` never calls Cloudflare.
 */
/* global process, console, URL */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const wrangler = fileURLToPath(new URL('../node_modules/.bin/wrangler', import.meta.url));

const args = process.argv.slice(2);
const persist = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--persist-to' && i + 1 < args.length) persist.push(args[i], args[i + 1]);
  else if (args[i].startsWith('--persist-to=')) persist.push(args[i]);
}
// No metrics, no account lookups; CI=true makes wrangler take the default (yes) at its confirmation prompt.
const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' };

const migrate = spawnSync(wrangler, ['d1', 'migrations', 'apply', 'DESK', '--local', ...persist], {
  stdio: 'inherit',
  env: { ...env, CI: 'true' },
});
if (migrate.status !== 0) {
  console.error(`npm start: applying the desk migrations failed (exit ${migrate.status ?? migrate.signal})`);
  process.exit(migrate.status ?? 1);
}

const dev = spawn(wrangler, ['dev', ...args], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
