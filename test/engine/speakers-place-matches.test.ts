/**
 * placeMatches (speakers/place-matches.ts) finds what the per-claim regular expression of
 * `beforePlace` found, match for match: same starts, same words before the preposition.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { brief } from '../../src/engine';
import { placeMatches } from '../../src/engine/speakers/place-matches';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function byRegex(around: string, name: string, cue: string) {
  const re = new RegExp(`((?:[\\p{L}\\p{N}.'’-]+ ){0,5}?)(?:in|at|on) ${escape(name)},? ${escape(cue)}\\b`, 'gu');
  return [...around.matchAll(re)].map((m) => ({ index: m.index ?? 0, prefix: m[1] }));
}

describe('placeMatches', () => {
  it('finds the matches of the regular expression it replaces', () => {
    const pieces = [
      'in',
      'at',
      'on',
      ' ',
      ' ',
      ',',
      'Kessock',
      'Vale',
      'said',
      'told',
      'saidx',
      'official',
      'an',
      'the',
      '.',
      "'",
      '’',
      '-',
      'é',
      '𝐀',
      '😀',
      '"',
      'x',
      '2',
      '_',
      '\n',
      'inat',
      'in Kessock said',
      'at Vale, told',
      'on Kessock Vale said',
      'in U.S. x',
      'on Vale 𝐀 said',
      'an official ',
      'the 𝐀b ',
      'Kessock said ',
      ' in ',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 60 }),
        fc.constantFrom('Kessock', 'Vale', 'Kessock Vale', 'U.S.', 'Vale 𝐀'),
        fc.constantFrom('said', 'told', 'x'),
        (parts, name, cue) => {
          const around = parts.join('');
          expect(placeMatches(around, name, cue)).toEqual(byRegex(around, name, cue));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('is tested on inputs that match (the property above is not vacuous)', () => {
    const around = 'x an official in Kessock said the 𝐀b in Kessock said, in Kessock Vale said on Vale 𝐀 said';
    for (const [name, cue] of [
      ['Kessock', 'said'],
      ['Kessock Vale', 'said'],
      ['Vale 𝐀', 'said'],
    ])
      expect(placeMatches(around, name, cue)).toEqual(byRegex(around, name, cue));
    expect(byRegex(around, 'Kessock', 'said').length).toBe(2);
  });

  it('matches on text with the place phrase in it', () => {
    const around =
      'The port was shut. A customs officer in Kessock said, and a pilot at Kessock, said again in Kessock said';
    expect(placeMatches(around, 'Kessock', 'said')).toEqual(byRegex(around, 'Kessock', 'said'));
    expect(placeMatches(around, 'Kessock', 'said').length).toBe(3);
  });

  it('keeps the speaker before the place in a brief', () => {
    const b = brief({
      text: 'Fog closed the harbour at Kessock on Tuesday.\n\nA ferry captain in Kessock said the crossing would resume on Friday.',
    });
    expect(b.claims.map((c) => c.speaker?.name)).toEqual(['A ferry captain']);
  });
});
