/**
 * Suites that read the shared data folder (worked examples, public eval sets) run in full where it
 * is and skip where it is not (a lone clone); test/global-setup.ts says so once for the whole run.
 * With EDGE_BRIEF_REQUIRE_DATA=1 (`.ci/run`, where the data is) a missing folder is an error.
 */
import { hasSharedData } from '../scripts/eval/shared';

/** True when a suite that needs the shared data must skip. `suite` names it in the error under CI. */
export function skipWithoutSharedData(suite: string): boolean {
  if (hasSharedData()) return false;
  if (process.env.EDGE_BRIEF_REQUIRE_DATA === '1')
    throw new Error(`${suite}: EDGE_BRIEF_REQUIRE_DATA=1 but the shared data is missing`);
  return true;
}
