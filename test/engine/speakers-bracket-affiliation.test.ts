/**
 * A bracket after a speaker's name, party and state ("Sen. Ann Moss (R-Ohio) said"), is no part
 * of the speaker's name, and it does not hide a trailing "X told Y" clause from the content
 * before it (issue 16, PolNeAR dev: the sentence's first subject took the claim). An acronym in
 * the bracket ("(“OHA”)") and the name after a pronoun ("He (Lara) told") stay. Made-up articles.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';

describe('speakers: a bracketed affiliation after the name', () => {
  it('"Rep. Ann Moss (D-Wis.) said S": the speaker is Ann Moss', () => {
    const claims = claimsOf('Rep. Ann Moss (D-Wis.) said the harbor plan was a mess.');
    expect(claims.find((c) => c.text === 'the harbor plan was a mess')?.speaker?.name).toBe('Ann Moss');
  });

  it('"S, Sen. Mary Fowler (R-Ohio) told the Ledger on Thursday": the trailing clause closes the content', () => {
    const claims = claimsOf(
      'Governor Tom Reed could back the new bridge plan, but only if he can be convinced that it is a good deal, Sen. Mary Fowler (R-Ohio) told the Daily Ledger on Thursday.',
    );
    const outer = claims.find((c) => c.text.startsWith('Governor Tom Reed could back'));
    expect(outer?.speaker?.name).toBe('Mary Fowler');
    expect(claims.find((c) => c.text === 'it is a good deal')?.speaker?.name).not.toBe('Mary Fowler');
  });

  it('keeps an acronym in the bracket as the name the body goes by', () => {
    const claims = claimsOf(
      'The report from the Port Authority’s Office of Harbor Audit (“OHA”) criticized the dredging contracts signed last year.',
    );
    expect(claims.find((c) => c.text.startsWith('the dredging'))?.speaker?.name).toContain('Harbor Audit');
  });

  it('"He (Dale) had told X that S": the bracket names whom the pronoun stands for', () => {
    const claims = claimsOf(
      'Batsman Sam Dale was jeered as he walked off.\nTeam manager Rob Kent has apologised for the row on Tuesday.\nHe (Dale) had told coach Tim Marsh that the keeper was unwelcome in the dressing room.',
    );
    expect(claims.find((c) => c.text.startsWith('the keeper'))?.speaker?.name).toBe('Sam Dale');
  });
});
