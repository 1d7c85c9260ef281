/**
 * An elliptical clause after a cue says nothing (issue 16, precision of the recall rules): "as rich
 * as he says he is", "just as the board said it would", "the chief said he did" leave their verb
 * out; a pronoun with only auxiliaries after it is no claim.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: no claim of an elliptical clause', () => {
  it('drops a pronoun and its auxiliaries, keeps a clause with its verb', () => {
    const claims = claimsOf(
      'The harbor board met on Tuesday. The pier is not as safe as the owner says it is. Fares rose, just as the board said they would. The chief said he would resign.',
    );
    expect(claims.filter((c) => c.text === 'it is' || c.text === 'they would')).toEqual([]);
    expect(claimWith(claims, 'resign').text).toBe('he would resign');
  });
});
