/**
 * A reporting clause opened by "as" (issue 16, recall): ", as X said." and "As X put it, ..."
 * credit the clause they lean on, unless the "as" clause is hypothetical or no report, or the
 * clause it leans on is negated or in the writer's own voice.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf, claimWith } from './claims';

describe('claims: a parenthetical "as" clause (cue/as-parenthetical)', () => {
  it('credits the clause before ", as X said" and keeps the channel out of the content', () => {
    const claims = claimsOf(
      'The ferry board met on Tuesday. The north pier will reopen in June, as the harbor master said in a filing. Boats waited outside.',
    );
    const c = claimWith(claims, 'north pier');
    expect(c.text).toBe('The north pier will reopen in June');
    expect(c.speaker?.name).toBe('the harbor master');
    expect(claims.filter((x) => x.text === 'in a filing')).toEqual([]);
  });

  it('reads "put it" in an "as" clause, before or after its content', () => {
    const claims = claimsOf(
      'The choir sang for an hour. The budget is balanced for the first time in a decade, as the treasurer put it in a letter. As the conductor put it in a letter to members in May, the hall is too small.',
    );
    expect(claimWith(claims, 'budget is balanced').text).toBe('The budget is balanced for the first time in a decade');
    expect(claimWith(claims, 'budget is balanced').speaker?.name).toBe('the treasurer');
    const hall = claimWith(claims, 'hall is too small');
    expect(hall.text).toBe('the hall is too small');
    expect(hall.speaker?.name).toBe('the conductor');
  });

  it('credits nothing for a hypothetical or non-report "as" clause, or a negated or stance-marked clause', () => {
    const claims = claimsOf(
      'The choir sang for an hour. That plan would be absurd, as I am sure the bishop would agree. The storm will not reach the coast, as forecasters said. He kept his dignity, as he had shown with courage in the war. Perhaps the board should resign, as the critic wrote in his column.',
    );
    expect(claims).toEqual([]);
  });

  it('reads a sentence-opening "as" clause after a connective, with a verb that otherwise wants "that"', () => {
    const claims = claimsOf(
      'The choir sang for an hour. Yet, as the bishop has observed, the hall was built for half as many singers.',
    );
    const c = claimWith(claims, 'half as many');
    expect(c.text).toBe('the hall was built for half as many singers');
    expect(c.speaker?.name).toBe('the bishop');
  });
});
