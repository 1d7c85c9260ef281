/**
 * The state-adjective pass finds its candidates ("afraid that") with a stepped scan of the text
 * (attribution/state-adjective.ts `stateAdjectiveStarts`), held here to the pattern it replaced:
 * the starts of `\b(?:ADJECTIVE)\s+that\b` matched case-insensitively over the whole text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stateAdjectiveStarts } from '../../src/engine/attribution/state-adjective';
import { STATE_ADJECTIVES } from '../../src/engine/data/state-adjectives';

function startsPlain(text: string): number[] {
  const re = new RegExp(`\\b(?:${[...STATE_ADJECTIVES].join('|')})\\s+that\\b`, 'gi');
  const out: number[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  return out;
}

describe('stateAdjectiveStarts', () => {
  it('finds what the pattern finds', () => {
    const units = [
      'that',
      'THAT',
      'tHat',
      'thathat',
      'afraid',
      'Afraid',
      'upset',
      'worried',
      ' ',
      '  ',
      '\n',
      '\u00a0',
      '\u2003',
      'x',
      '_',
      "'",
      '\u2019',
      '-',
      '.',
      'é',
      'h',
      'a',
      't',
      'at',
      'ha',
      '1',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(stateAdjectiveStarts(text)).toEqual(startsPlain(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('reads the adjective as the whole word before the white space', () => {
    expect(stateAdjectiveStarts('Residents are afraid  that the bridge will close.')).toEqual([14]);
    expect(stateAdjectiveStarts('un-afraid that')).toEqual([3]);
    expect(stateAdjectiveStarts('unafraid that, x_afraid that, afraid that_, afraidthat')).toEqual([]);
    expect(stateAdjectiveStarts("ANGRY THAT's")).toEqual([0]);
  });
});
