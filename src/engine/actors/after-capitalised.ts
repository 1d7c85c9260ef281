/**
 * The given names that stand right after a capitalised word somewhere in the text: a lone given name
 * found there ends a longer name ("Chief U. Renee Hall"), so it is a surname (actors/merge.ts,
 * rule merge/lone-given-name-gender).
 *
 * A char-code scan that stops only at spaces: the regex it replaces,
 * `(?<=\p{Lu}[\p{L}.'’-]{0,28}[ \u00a0])\p{L}[\p{L}'’-]*` (global, Unicode), tried its look-behind
 * at every position of the text and was a visible share of brief() time. Same words: code points,
 * not code units, are counted and classed (an astral letter is one letter).
 */
import { lazyRegExp } from '../text/lazy-regexp';
import { isWordCode } from '../text/words';
import type { DocTokens } from '../text/word-tokens';

/** Longer than any given name on the lists (data/first-names.ts): a longer one is never looked for. */
const GIVEN_NAME_MAX = 24;
/** How far back from the space a capital may stand: the look-behind's `{0,28}`, plus the capital. */
const CAPITAL_REACH = 29;

const LETTER = lazyRegExp(String.raw`^\p{L}$`, 'u');
const CAPITAL = lazyRegExp(String.raw`^\p{Lu}$`, 'u');

/**
 * Which of `names` stand right after a capitalised word (or an initial) and one space somewhere in
 * the text, whole or as the beginning of a word ("Ann" of "Mary Annabel", as a search for "Ann"
 * there finds it): one pass over the text per brief, not a search of the whole text per name. Only
 * a word opening with a name's first character is looked at further.
 */
export function namesAfterCapitalised(text: string, names: ReadonlySet<string>, words?: DocTokens): Set<string> {
  const found = new Set<string>();
  const firsts = new Set<number>();
  const lengths: number[] = [];
  let wordFirsts = true;
  for (const name of names) {
    if (name.length === 0 || name.length > GIVEN_NAME_MAX) continue;
    firsts.add(name.charCodeAt(0));
    wordFirsts &&= isWordCode(name.charCodeAt(0));
    if (!lengths.includes(name.length)) lengths.push(name.length);
  }
  if (words !== undefined && wordFirsts) {
    // A word character after a space starts one of the document's words: only the words' starts
    // are read, not every character of the text (the same spaces are found).
    const { starts, count } = words;
    for (let k = 0; k < count; k++) {
      const space = starts[k] - 1;
      if (space < 0) continue;
      const c = text.charCodeAt(space);
      if ((c !== 32 && c !== 0xa0) || !firsts.has(text.charCodeAt(space + 1)) || !capitalBefore(text, space)) continue;
      addBeginnings(text, space, names, lengths, found);
    }
    return found;
  }
  for (let space = 0; space < text.length - 1; space++) {
    const c = text.charCodeAt(space);
    if ((c !== 32 && c !== 0xa0) || !firsts.has(text.charCodeAt(space + 1)) || !capitalBefore(text, space)) continue;
    space = addBeginnings(text, space, names, lengths, found) - 1;
  }
  return found;
}

/** Adds the names that begin the word after `space` to `found`; where that word ends. */
function addBeginnings(
  text: string,
  space: number,
  names: ReadonlySet<string>,
  lengths: number[],
  found: Set<string>,
): number {
  const end = wordEndAt(text, space + 1);
  for (const n of lengths) {
    if (n > end - space - 1) continue;
    const beginning = text.slice(space + 1, space + 1 + n);
    if (names.has(beginning)) found.add(beginning);
  }
  return end;
}

/** Is there a capital among the last CAPITAL_REACH code points before `at`, all of them letters or . ' ’ -? */
function capitalBefore(text: string, at: number): boolean {
  let i = at;
  for (let n = 0; n < CAPITAL_REACH && i > 0; n++) {
    const c = text.charCodeAt(i - 1);
    if (c < 128) {
      if (c >= 65 && c <= 90) return true;
      if (!((c >= 97 && c <= 122) || c === 46 || c === 39 || c === 45)) return false;
      i--;
      continue;
    }
    if (c === 0x2019) {
      i--;
      continue;
    }
    // A low surrogate after its high one is one code point.
    let from = i - 1;
    if (c >= 0xdc00 && c <= 0xdfff && from > 0) {
      const h = text.charCodeAt(from - 1);
      if (h >= 0xd800 && h <= 0xdbff) from--;
    }
    const ch = text.slice(from, i);
    if (CAPITAL.test(ch)) return true;
    if (!LETTER.test(ch)) return false;
    i = from;
  }
  return false;
}

/** End of the word of a letter, then letters, ' ’ and -, from `at` (`at` when no letter stands there). */
function wordEndAt(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (i > at && (c === 39 || c === 45))) {
        i++;
        continue;
      }
      return i;
    }
    if (c === 0x2019 && i > at) {
      i++;
      continue;
    }
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    if (!LETTER.test(text.slice(i, i + wide))) return i;
    i += wide;
  }
  return i;
}
