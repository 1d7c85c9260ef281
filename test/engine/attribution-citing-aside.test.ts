/**
 * Rule cue/citing-aside: "The Times, citing two officials, said ...". A "citing" phrase set off
 * between the subject and its cue names where the report came from; it is no claim of its own, and
 * its "content" must not run on through the sentence's real cue. Issue 16 (speakers and sources),
 * seen reading an unseen PTC train article; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.cue, c.text]);

describe('attribution: a "citing" phrase set off before the cue', () => {
  it('gives the claim to the subject, and none to "citing"', () => {
    expect(claimsOf('The Dover Ledger, citing two officials, said the mayor resigned.')).toEqual([
      ['Dover Ledger', 'said', 'the mayor resigned'],
    ]);
  });

  it('never lets a citing phrase swallow the cue after it', () => {
    const texts = claimsOf('Local reports, citing two officials, said the mayor resigned.').map((c) => c[2]);
    expect(texts.some((c) => /said/.test(String(c)))).toBe(false);
  });

  it('finds the subject of a plain noun before the aside ("The reports, ..., said")', () => {
    expect(claimsOf('The reports, based on leaked memos, said the mayor resigned.')).toEqual([
      ['The reports', 'said', 'the mayor resigned'],
    ]);
    expect(claimsOf('The reports, citing two officials, said the mayor resigned.')).toEqual([
      ['The reports', 'said', 'the mayor resigned'],
    ]);
  });

  it('still reads a trailing "citing" as the subject’s own act', () => {
    expect(claimsOf('The mayor resigned on Friday, citing poor health.')).toEqual([
      ['The mayor', 'citing', 'poor health'],
    ]);
  });
});

describe('attribution: a cue with a colon after it, and only an adverbial before the speaker', () => {
  it('reports no "As for ..." phrase and no "the following" (cue/colon-after-cue)', () => {
    const text =
      'The council met on Monday.\n\nAs for the budget, the Dover Ledger reported the following:\n\n' +
      'The mayor cut the road fund by half.';
    const contents = claimsOf(text).map((c) => c[2]);
    expect(contents).not.toContain('As for the budget');
    expect(contents).not.toContain('the following');
  });

  it('reports no fronted adverb that could also stand before a cue ("First, X reports:")', () => {
    for (const adverb of ['First', 'Then', 'Also', 'Finally']) {
      const text = `The council met on Monday.\n${adverb}, Dover Ledger reports:\nThe mayor cut the road fund.`;
      expect(claimsOf(text).map((c) => c[2])).not.toContain(adverb);
    }
  });

  it('keeps a clause before the speaker as what was reported', () => {
    const text =
      'The council met on Monday.\n\nThe road fund was cut by half, the Dover Ledger reports:\n\n' +
      'The mayor signed the order on Friday.';
    expect(claimsOf(text)[0]).toEqual(['Dover Ledger', 'reports', 'The road fund was cut by half']);
  });
});
