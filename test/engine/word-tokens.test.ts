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

describe('DocTokens flat stream', () => {
  it('holds each word as offsets, id and normal form, and makes one token per word on demand', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, 'said', 'The'), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        const words = new DocTokens(text);
        const again = new DocTokens(text).all;
        expect(words.count).toBe(again.length);
        for (let k = words.count - 1; k >= 0; k--) {
          // Read from the end first: a token made out of order is the same token.
          expect(words.norm(k)).toBe(again[k].norm);
          const w = words.word(k);
          expect(w).toBe(words.word(k));
          expect(w).toEqual(again[k]);
          expect([words.starts[k], words.ends[k]]).toEqual([w.start, w.end]);
        }
        expect(words.all.every((w, k) => w === words.word(k))).toBe(true);
        expect(words.range(0, text.length)).toEqual(again);
      }),
      { numRuns: 300 },
    );
  });
});
