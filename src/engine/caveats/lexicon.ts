/**
 * Phrase lexicon matching over word tokens: every lexicon entry (one or more words) is indexed by
 * its first word once at module load, so matching a sentence is one pass over its words with a
 * Map lookup per word and a short list of candidate phrases (longest first).
 */
import { partitionPoint } from '../text/partition';

export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes folded to straight ones. */
  norm: string;
}

/**
 * Words with their normalised form. The same word definition as text/words.ts (runs of letters,
 * digits and marks, joined by inner apostrophes, periods and hyphens: "U.S.-supplied", "it's"), as
 * a char-code scan with an ASCII fast path: this is the caveat finder's hottest loop.
 */
export function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    if (!isWordCode(text, i)) {
      i++;
      continue;
    }
    const from = i;
    // Whether normalising can change the word: an upper-case ASCII letter or anything non-ASCII.
    let plain = !isFoldable(text.charCodeAt(i));
    i++;
    for (;;) {
      while (i < end && isWordCode(text, i)) {
        if (plain && isFoldable(text.charCodeAt(i))) plain = false;
        i++;
      }
      const c = text.charCodeAt(i);
      // An inner joiner continues the word only when a word character follows it.
      if (i + 1 < end && (c === 39 || c === 0x2019 || c === 46 || c === 45) && isWordCode(text, i + 1)) {
        if (c === 0x2019) plain = false;
        i += 2;
        if (plain && isFoldable(text.charCodeAt(i - 1))) plain = false;
      } else break;
    }
    const word = text.slice(from, i);
    out.push({ start: from, end: i, norm: plain ? word : normalise(word) });
  }
  return out;
}

function isFoldable(c: number): boolean {
  return (c >= 65 && c <= 90) || c >= 128;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordCode(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Surrogate pairs: test the whole code point. A lone surrogate (bad input, never a letter) is not
  // a word character; codePointAt then answers the surrogate itself, which the regex rejects.
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD.test(String.fromCodePoint(text.codePointAt(i)!));
  if (c >= 0xdc00 && c <= 0xdfff) {
    const high = i > 0 ? text.charCodeAt(i - 1) : 0;
    return high >= 0xd800 && high <= 0xdbff && NON_ASCII_WORD.test(String.fromCodePoint(text.codePointAt(i - 1)!));
  }
  return NON_ASCII_WORD.test(text[i]);
}

/**
 * The words of a whole document, tokenised once; `range` hands out the words inside any span
 * (a sentence, a quotation) by binary search, so no part of the text is tokenised twice.
 */
export class DocTokens {
  readonly all: Token[];

  constructor(text: string) {
    this.all = tokens(text, 0, text.length);
  }

  /** Index of the first word starting at or after `pos`. */
  indexAt(pos: number): number {
    return partitionPoint(this.all.length, (i) => this.all[i].start < pos);
  }

  /** The words wholly inside [start, end). */
  range(start: number, end: number): Token[] {
    const from = this.indexAt(start);
    let to = from;
    while (to < this.all.length && this.all[to].end <= end) to++;
    return this.all.slice(from, to);
  }
}

export function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
}

export interface Entry<C extends string> {
  words: string[];
  category: C;
}

export class PhraseIndex<C extends string> {
  private readonly byFirst = new Map<string, Entry<C>[]>();
  /**
   * What `match` looks a word up in: the entries by first word, and under a plural in -s that is
   * no entry's first word, the one-word entry of its singular ("bombshells" -> "bombshell"). Made
   * on first use, after every `add`, so a word costs one lookup.
   */
  private lookup: Map<string, Entry<C>[]> | null = null;

  add(category: C, phrases: readonly string[]): this {
    this.lookup = null;
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, category });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0], list);
    }
    return this;
  }

  /**
   * The longest entry starting at token `i`, if any (and how many tokens it spans). A plural
   * ("bombshells", "smears") matches its singular when only the singular is listed, and only as
   * a one-word entry, so phrase entries stay exact.
   */
  match(text: string, toks: Token[], i: number, accept?: (category: C) => boolean): Entry<C> | undefined {
    const list = (this.lookup ??= this.withPlurals()).get(toks[i].norm);
    return list ? this.matchIn(list, text, toks, i, accept) : undefined;
  }

  /** Every word an entry can start with (plurals of one-word entries included), with its candidate entries. */
  firstWords(): ReadonlyMap<string, readonly Entry<C>[]> {
    return (this.lookup ??= this.withPlurals());
  }

  /** `match` for a caller that has already looked the word up in `firstWords()`. */
  matchIn(list: readonly Entry<C>[], text: string, toks: Token[], i: number, accept?: (category: C) => boolean): Entry<C> | undefined {
    for (const entry of list) {
      if (accept && !accept(entry.category)) continue;
      if (i + entry.words.length > toks.length) continue;
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        // Words of a phrase are separated by white space only: "of, course" is not "of course".
        if (toks[i + k].norm !== entry.words[k] || !onlySpace(text, toks[i + k - 1].end, toks[i + k].start)) {
          ok = false;
          break;
        }
      }
      if (ok) return entry;
    }
    return undefined;
  }

  private withPlurals(): Map<string, Entry<C>[]> {
    const lookup = new Map(this.byFirst);
    for (const [word, list] of this.byFirst) {
      const plural = word + 's';
      const single = list.find((e) => e.words.length === 1);
      if (single && plural.length > 4 && !plural.endsWith('ss') && !this.byFirst.has(plural)) lookup.set(plural, [single]);
    }
    return lookup;
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}
