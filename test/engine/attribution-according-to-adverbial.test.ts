/**
 * Rule cue/according-to-after-adverbial: "At the same time, according to court filings, the
 * company might close two plants." A fronted time or place, or one sentence adverb, before a
 * set-off "according to X" is not what X said: the clause after the aside is. Issue 16 (speakers
 * and sources), seen reading an unseen PTC train article (two sentences of one wire report had
 * reported only "At the same time" and "Currently"); made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: "<adverbial>, according to X, <clause>"', () => {
  it('reports the clause after the aside, not the fronted phrase', () => {
    expect(claimsOf('At the same time, according to court filings, the company might close two plants.')).toEqual([
      ['court filings', 'the company might close two plants'],
    ]);
    expect(claimsOf('In March, according to two officials, the agency stopped paying its contractors.')).toEqual([
      ['two officials', 'the agency stopped paying its contractors'],
    ]);
  });

  it('reads one sentence adverb the same way (it had given no claim at all)', () => {
    for (const adverb of ['Meanwhile', 'Currently', 'Finally'])
      expect(claimsOf(`${adverb}, according to the mayor, the bridge will reopen.`)).toEqual([
        ['the mayor', 'the bridge will reopen'],
      ]);
  });

  it('keeps a clause before the aside as what was said', () => {
    expect(claimsOf('The plant closed, according to the filings, in March.')).toEqual([
      ['the filings', 'The plant closed'],
    ]);
  });
});
