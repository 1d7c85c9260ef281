/**
 * Words: maximal runs of letters, digits and combining marks with inner apostrophes, hyphens and
 * periods ("U.S.-supplied", "it's", "3.5"), with exact offsets.
 *
 * A hand-written scan over char codes (ASCII decided inline, other code units classified once by
 * `\p{L}\p{N}\p{M}` and cached in a table), so no regex match object is made per word: this runs
 * over every article several times and was a visible share of brief() time in the benchmark.
 * Astral characters (emoji, rare scripts) never belong to a word.
 */
import { lazyRegExp } from './lazy-regexp';

const WORD_CODE = new Uint8Array(65536);
const WORD_CHAR = lazyRegExp(String.raw`[\p{L}\p{N}\p{M}]`, 'u');

/** Is this UTF-16 code unit part of a word (letter, digit, combining mark)? */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let k = WORD_CODE[c];
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? 2 : WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
    WORD_CODE[c] = k;
  }
  return k === 1;
}

/** Inner joiners: ' ’ . - between two word characters keep one word. */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45;
}

/** End of the word starting at `i` (which must be a word character). */
export function wordEnd(text: string, i: number, to = text.length): number {
  i++;
  while (i < to) {
    const d = text.charCodeAt(i);
    if (isWordCode(d)) i++;
    else if (isJoiner(d) && i + 1 < to && isWordCode(text.charCodeAt(i + 1))) i += 2;
    else break;
  }
  return i;
}

export function countWords(text: string): number {
  let n = 0;
  let i = 0;
  const to = text.length;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    i = wordEnd(text, i, to);
    n++;
  }
  return n;
}
