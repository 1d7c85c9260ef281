/**
 * The speaker check asks whether a word is written in lower case in the article by searching the
 * text (speakers/lower-words.ts) before it builds the set of all such words: both must answer alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LowerWords, lowerCaseWords } from '../../src/engine/speakers/lower-words';
import { DocTokens } from '../../src/engine/text/word-tokens';

const pieces = [
  'a',
  'b',
  'ab',
  'A',
  'Ab',
  ' ',
  '.',
  "'",
  '\u2019',
  '-',
  '\n',
  'é',
  'É',
  '1',
  'said',
  'Said',
  '\u{1F600}',
];
const words = ['a', 'b', 'ab', 'ba', 'é', 'said', 'a.b', "a'b", 'a-b', '1', ''];

describe('LowerWords', () => {
  it('answers as the set of the lower-case words of the text, by search and once the set is built', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join('')),
        fc.array(fc.constantFrom(...words), { minLength: 12, maxLength: 12 }),
        (text, asked) => {
          const set = lowerCaseWords(text);
          const lower = new LowerWords(text, new DocTokens(text));
          // Twelve questions: the first eight by search, the rest from the set.
          for (const w of asked) expect(lower.has(w), JSON.stringify([text, w])).toBe(set.has(w));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
