/**
 * Runs once before every test project: says in one line which suites skip, and why, when the
 * shared data folder is missing (a lone clone). The suites themselves skip silently.
 */
import { fileURLToPath } from 'node:url';
import { SHARED, hasSharedData } from '../scripts/eval/shared';

export default function setup(): void {
  if (hasSharedData()) return;
  if (process.env.EDGE_BRIEF_REQUIRE_DATA === '1') {
    throw new Error(`EDGE_BRIEF_REQUIRE_DATA=1 but there is no shared data at ${fileURLToPath(SHARED)}`);
  }
  console.warn(
    `skipped: the suites that read the shared data (worked examples, golden briefs, the backfill e2e): none at ${fileURLToPath(SHARED)}; set EDGE_BRIEF_DATA to its folder to run them`,
  );
}
