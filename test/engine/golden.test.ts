/**
 * The golden check inside `npm test`: every text in the shared folder must brief exactly as
 * test/golden/digests.json says. A change to a brief is made on purpose, with
 * `npm run golden -- --update` and a commit that says which briefs changed and why.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { hasSharedData } from '../../scripts/eval/shared';
import { goldenCorpus } from '../../scripts/golden/corpus';
import { digest } from '../../scripts/golden/digest';
import { compareDigests, readDigests } from '../../scripts/golden';
import { skipWithoutSharedData } from '../shared-data';

describe.skipIf(skipWithoutSharedData('golden briefs'))('golden briefs', () => {
  it('every shared text briefs as its kept digest says (npm run golden -- diff HEAD lists the items)', () => {
    const now: Record<string, string> = {};
    for (const t of goldenCorpus()) now[t.key] = digest(brief(t.input));
    expect(compareDigests(readDigests(), now, true)).toEqual([]);
    expect(hasSharedData()).toBe(true);
  });
});
