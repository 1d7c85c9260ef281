/**
 * A cue whose whole object is a demonstrative and a noun of saying ("echoed this concern",
 * "repeated that claim") points back to something said before: no new claim. A clause after
 * the same words is still content. Made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { claimsOf } from './claims';

describe('claims: a cue that points back ("echoed this concern")', () => {
  it('makes no claim of "this concern" / "that claim" alone', () => {
    for (const s of [
      'Harbour master Ines Kaur echoed this concern on Monday.',
      'Later the governor repeated that claim.',
      'The union shared these views.',
    ])
      expect(claimsOf(s).map((c) => c.text)).toEqual([]);
  });

  it('keeps a clause that opens with the same words', () => {
    expect(claimsOf('She said this claim was false.').map((c) => c.text)).toEqual(['this claim was false']);
    expect(claimsOf('The mayor echoed this concern: the budget is too small.')).toHaveLength(1);
  });
});
