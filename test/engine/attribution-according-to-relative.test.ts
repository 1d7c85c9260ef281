/**
 * "according to which ..." opens a relative clause (a deal's terms), and "according to the means /
 * needs / ability" says "in accordance with": neither names a source, so no claim. "according to
 * that report" still does. Issue 16 (speakers that are not actors or sourcing phrases), found
 * reading briefs of unseen PTC train articles; made-up sentences.
 */
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';

const claimsOf = (text: string) => brief({ text }).claims.map((c) => [c.speaker?.name ?? null, c.text]);

describe('attribution: "according to" that names no source', () => {
  it('gives no claim for a relative clause or an accordance', () => {
    expect(claimsOf('The town signed a deal, according to which the builder would be paid in May.')).toEqual([]);
    expect(claimsOf('The council will act according to the means which seem possible, however strange.')).toEqual([]);
  });

  it('keeps a source after a demonstrative', () => {
    expect(claimsOf('The mayor lied, according to that report.')).toEqual([['that report', 'The mayor lied']]);
  });
});

describe('attribution: "According to X, who ..., content"', () => {
  it('leaves the aside about the source out of what the source said', () => {
    expect(
      claimsOf(
        'Harbor\n\nAccording to Ben Okafor, who sits on the harbor board, the pier “makes no sense.” ' +
          'According to the council, which met on Monday, the toll is too high.',
      ),
    ).toEqual([
      ['Ben Okafor', 'the pier “makes no sense.”'],
      ['the council', 'the toll is too high'],
    ]);
  });
});
