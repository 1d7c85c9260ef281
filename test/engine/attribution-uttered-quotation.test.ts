/**
 * Rule cue/uttered-quotation: a verb of utterance ("chanted", "muttered", "shouted") with a
 * quotation right after it, no comma between, reports the quotation, and only the quotation; alone
 * such a verb reports nothing. Issue 16, chanted and shouted quotations among the PolNeAR dev
 * misses; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: a quotation uttered right after its verb', () => {
  it('is a claim of the subject, the quotation alone', () => {
    expect(claimsOf('Harbor\n\nThe ferry captain muttered "go away" and left the pier.')).toEqual([
      ['The ferry captain', '"go away"'],
    ]);
    expect(claimsOf('Harbor\n\nThe dock workers chanted “no more cuts” outside the port office.')).toEqual([
      ['The dock workers', '“no more cuts”'],
    ]);
  });

  it('leaves the verb alone without a quotation', () => {
    expect(claimsOf('Harbor\n\nThe ferry captain muttered and left the pier.')).toEqual([]);
  });
});
