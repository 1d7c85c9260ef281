/**
 * `npm run desk:rebuild [-- --persist-to <dir>]`: rebuild the sourcing desk (D1) from the stored
 * briefs and the article index (KV), for when desk writes were lost (D1 down past the queue's
 * retries, a restored or new database). Every article the index knows is written again from its
 * brief and the metadata the index keeps; desk articles the index no longer knows are removed.
 *
 * It works on the local state `npm start` uses (`.wrangler/state`, or `--persist-to` as given to
 * `npm start`), through wrangler's platform proxy: run it with the server stopped or running, the
 * schema migrated (`npm start` does that once). Nothing leaves the machine.
 */
import { getPlatformProxy } from 'wrangler';
import { rebuildDesk } from '../src/desk/sync';
import type { Bindings } from '../src/env';

const i = process.argv.indexOf('--persist-to');
const persistTo = i >= 0 ? process.argv[i + 1] : undefined;

// `wrangler dev --persist-to <dir>` keeps its state in <dir>/v3, which is where the proxy must look.
const proxy = await getPlatformProxy<Bindings>({
  configPath: 'wrangler.toml',
  persist: persistTo ? { path: `${persistTo}/v3` } : true,
  remoteBindings: false,
  envFiles: [],
});
try {
  const started = Date.now();
  const report = await rebuildDesk(proxy.env, (line) => console.warn(`desk:rebuild: ${line}`));
  console.log(
    `desk:rebuild: ${report.recorded} articles recorded, ${report.removed} removed (no longer indexed), ` +
      `${report.missingBriefs} without a stored brief, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await proxy.dispose();
}
