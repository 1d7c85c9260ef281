/**
 * The document's words (text/word-tokens.ts) carry the word as written and, through `lowerOf`, its
 * lower case with curly apostrophes kept: the forms the attribution and name tokens take from them
 * instead of slicing and lower-casing each word again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocTokens, lowerOf } from '../../src/engine/text/word-tokens';

const PIECES = [' ', 'Kettle', 'kettle', 'owl’s', 'Owl’s', "owl's", 'É', 'é', 'U.S.', '-', '\u2019', '.', '3', 'ab'];

describe('DocTokens word forms', () => {
  it('keeps the curly apostrophe in the lower case and straightens it in the normal form', () => {
    const [w] = new DocTokens('Owl’s').all;
    expect(w.text).toBe('Owl’s');
    expect(lowerOf(w)).toBe('owl’s');
    expect(w.norm).toBe("owl's");
  });

  it('gives the slice and its toLowerCase for any word', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        for (const w of new DocTokens(text).all) {
          expect(w.text).toBe(text.slice(w.start, w.end));
          expect(lowerOf(w)).toBe(w.text.toLowerCase());
        }
      }),
      { numRuns: 500 },
    );
  });
});
