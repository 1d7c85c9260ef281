/**
 * `npm run golden -- diff` is read while rules are tuned, so it leaves the held-out splits out
 * unless asked: a test item must not be seen before the end of a round.
 */
import { describe, expect, it } from 'vitest';
import { isHeldOut } from '../../scripts/golden/index';

describe('golden diff: held-out splits', () => {
  it('counts PolNeAR test and CheckThat dev_test as held out, and the dev sets not', () => {
    expect(isHeldOut('polnear/test/polnear-test-x')).toBe(true);
    expect(isHeldOut('checkthat/dev_test/abc')).toBe(true);
    expect(isHeldOut('polnear/dev/polnear-dev-x')).toBe(false);
    expect(isHeldOut('checkthat/dev/abc')).toBe(false);
    expect(isHeldOut('ptc/ptc-train-article1')).toBe(false);
  });
});
