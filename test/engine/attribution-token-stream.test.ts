/**
 * The attribution token stream: the tokens of any stretch of text, taken from the one stream made
 * per document, are exactly the tokens tokenizing that stretch alone gives (offsets, forms, flags),
 * including stretches that start or end inside a word, an abbreviation or an emoji.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outerQuotes } from '../../src/engine/attribution/drafts';
import { TokenStream } from '../../src/engine/attribution/token-stream';
import { tokenize } from '../../src/engine/attribution/tokens';
import { analyse } from '../../src/engine/document';

const PIECES = [
  'Sen.',
  ' ',
  'Mitch McConnell, R-Ky., ',
  'said',
  ' “',
  '”',
  '"',
  'U.S.-supplied',
  "it's",
  '3.5',
  '\u{1f600}',
  '\n',
  'Überall',
  '—',
  ', ',
  '. ',
  'He',
  'x',
];

describe('TokenStream.range', () => {
  it('gives what tokenizing the stretch alone gives, for any stretch', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, x, y) => {
        const text = parts.join('');
        const outer = outerQuotes(analyse(text).quotes);
        const stream = new TokenStream(text, outer);
        const from = text.length ? x % (text.length + 1) : 0;
        const to = from + (text.length - from ? y % (text.length - from + 1) : 0);
        expect(stream.range(from, to)).toEqual(tokenize(text, from, to, outer));
      }),
      { numRuns: 500 },
    );
  });
});
