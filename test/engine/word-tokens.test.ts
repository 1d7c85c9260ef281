/**
 * The document's words (text/word-tokens.ts) carry the word as written and, through `lowerOf`, its
 * lower case with curly apostrophes kept: the forms the attribution and name tokens take from them
 * instead of slicing and lower-casing each word again.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DocTokens, lowerOf } from '../../src/engine/text/word-tokens';
// The engine's word tables, registered before the first document fixes the vocabulary.
import '../../src/engine/index';

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

  it('gives words of one normal form one vocabulary id, whatever their case or apostrophe', () => {
    // Capitalised ASCII words are looked up by their lower-cased code units, curly and non-ASCII
    // ones by their normal form: every path must reach the same entry.
    const forms = [
      'said',
      'Said',
      'SAID',
      'the',
      'The',
      'THE',
      "it's",
      'It’s',
      'IT’S',
      'according',
      'According',
      'Kettle',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...forms, ...PIECES), { maxLength: 30 }), (parts) => {
        const words = new DocTokens(parts.join(' '));
        const idOf = new Map<string, number>();
        words.all.forEach((w, k) => {
          expect(idOf.get(w.norm) ?? words.ids[k]).toBe(words.ids[k]);
          idOf.set(w.norm, words.ids[k]);
        });
      }),
      { numRuns: 300 },
    );
    const words = new DocTokens('Said said SAID');
    expect(words.ids[0]).not.toBe(0);
    expect(words.all.map((w) => w.norm)).toEqual(['said', 'said', 'said']);
  });
});
