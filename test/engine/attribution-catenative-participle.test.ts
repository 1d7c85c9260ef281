/**
 * A cue after a catenative participle (issue 16, recall): ", going on to say that ...", ",
 * continuing to insist that ..." report for the claim before them, as ", adding that ..." does.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a catenative participle before a cue (", going on to say that ...")', () => {
  it('continues the speaker of the claim before it, and ends that claim at its comma', () => {
    const claims = claimsOf(
      'The ferry board met on Tuesday. “We will not sell the pier,” Ms. Hale said, going on to say that the repair money had been found. The treasurer said the budget was tight, continuing to insist that no fares would rise.',
    );
    const found = claimWith(claims, 'repair money');
    expect(found.text).toBe('the repair money had been found');
    expect(found.speaker?.name).toBe('Hale');
    expect(claimWith(claims, 'budget was tight').text).toBe('the budget was tight');
    expect(claimWith(claims, 'no fares').speaker?.name).toBe('The treasurer');
  });
});
