/**
 * Suites that read the shared data folder (worked examples, public eval sets) run in full where it
 * is and skip, with one line saying so, where it is not (a lone clone). `.ci/run` fails when the
 * folder is there and a suite skipped anyway (EDGE_BRIEF_REQUIRE_DATA=1).
 */
import { fileURLToPath } from 'node:url';
import { SHARED, hasSharedData } from '../scripts/eval/shared';

const announced = new Set<string>();

/** True when `suite` must skip; prints one line naming it and why. */
export function skipWithoutSharedData(suite: string): boolean {
  if (hasSharedData()) return false;
  if (process.env.EDGE_BRIEF_REQUIRE_DATA === '1') {
    throw new Error(`${suite}: EDGE_BRIEF_REQUIRE_DATA=1 but there is no shared data at ${fileURLToPath(SHARED)}`);
  }
  if (!announced.has(suite)) {
    announced.add(suite);
    console.warn(`skipped: ${suite} (no shared data at ${fileURLToPath(SHARED)}; set EDGE_BRIEF_DATA to run it)`);
  }
  return true;
}
