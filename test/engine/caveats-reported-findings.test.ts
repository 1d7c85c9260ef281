/**
 * A hedge or a guess in what a hearing heard or a record confirmed is the finding reported, not
 * the author's doubt (caveats/clauses.ts reportedBefore, data/caveat-words.ts REPORTED_VERBS).
 * Made-up sentences; the author's own guess stays flagged.
 */
import { describe, expect, it } from 'vitest';
import { findCaveats } from '../../src/engine/caveats';
import { analyse } from '../../src/engine/document';

const doubts = (text: string): string[] =>
  findCaveats(analyse(text), { claims: [], sources: [] })
    .filter((k) => k.voice === 'author' && (k.kind === 'hedge' || k.kind === 'speculation'))
    .map((k) => k.text);

describe('hedges and guesses in a reported finding', () => {
  it('leaves what a hearing heard or a record confirmed to them', () => {
    expect(doubts('The tribunal heard that the foreman seemed anxious before the collapse.')).toEqual([]);
    expect(doubts('The ferry operator confirmed that the crossing was probably cancelled because of fog.')).toEqual([]);
    expect(doubts('The panel heard that the merger would likely cost 400 jobs.')).toEqual([]);
  });

  it('keeps the author’s own guess', () => {
    expect(doubts('The foreman seemed anxious before the collapse.')).not.toEqual([]);
    expect(doubts('The crossing was probably cancelled because of fog.')).not.toEqual([]);
    // "heard of" is no hearing's record, and an adjective "alleged" reports nothing.
    expect(
      findCaveats(analyse('By now, we have all heard of the harbour ghost.'), { claims: [], sources: [] }).filter(
        (k) => k.voice === 'author',
      ),
    ).not.toEqual([]);
  });
});

describe('a hearing’s closing tag', () => {
  it('keeps the charged words before "..., the court heard." as the witnesses’', () => {
    expect(
      findCaveats(analyse('The pupils were victims of horrific neglect, the tribunal heard.'), {
        claims: [],
        sources: [],
      }).filter((k) => k.voice === 'author'),
    ).toEqual([]);
  });

  it('takes no passive for a tag: the charged words before "must be heard," stay the author’s', () => {
    expect(
      findCaveats(
        analyse(
          'Pundits repeat smug virtue-signaling about how grim it is, how victims “must be heard,” and how no one may doubt them.',
        ),
        {
          claims: [],
          sources: [],
        },
      ).some((k) => k.voice === 'author' && k.kind === 'loaded-language'),
    ).toBe(true);
  });
});
