/**
 * Tokens for attribution: words and single punctuation marks of one stretch of text, with exact
 * offsets, lower-case form, capitalisation, and whether they sit inside a quotation. One linear
 * pass per stretch; the attribution rules look at a few tokens around a cue, never rescan text.
 */
import type { Quote } from '../text/quotes';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Inside a depth-0 double quotation (content, not its marks). */
  quoted: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const UPPER = /\p{Lu}/u;

function isWordChar(ch: string): boolean {
  return WORD_CHAR.test(ch);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}

/** Inner marks that keep a word whole: U.S., it's, long-range, 3.5. */
function isInner(ch: string): boolean {
  return ch === "'" || ch === '\u2019' || ch === '.' || ch === '-';
}

/** Tokens of text[from, to). `quotes` are the depth-0 double quotations, sorted by start. */
export function tokenize(text: string, from: number, to: number, quotes: readonly Quote[]): Token[] {
  const out: Token[] = [];
  let q = lowerBound(quotes, from);
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(text[i])) {
      i++;
      while (i < to) {
        if (isWordChar(text[i])) i++;
        else if (isInner(text[i]) && i + 1 < to && isWordChar(text[i + 1])) i += 2;
        else break;
      }
      // Keep the period of an abbreviation or initial (U.S., Sen., J.) with its word.
      if (i < to && text[i] === '.' && (text.slice(start, i).includes('.') || (i - start <= 4 && UPPER.test(text[start]) && isAbbrev(text.slice(start, i))))) i++;
    } else {
      i++;
    }
    const t = text.slice(start, i);
    while (q < quotes.length && quotes[q].end <= start) q++;
    const quoted = q < quotes.length && quotes[q].contentStart <= start && i <= quotes[q].contentEnd;
    out.push({ start, end: i, text: t, lower: t.toLowerCase(), word: isWordChar(t[0]), cap: UPPER.test(t[0]), quoted });
  }
  return out;
}

const ABBREV = new Set(['Sen', 'Rep', 'Gov', 'Gen', 'Lt', 'Col', 'Sgt', 'Dr', 'Mr', 'Mrs', 'Ms', 'Sr', 'Jr', 'St', 'Capt', 'Adm', 'Maj', 'Prof', 'Rev', 'Pres', 'Sens', 'Reps', 'Cmdr', 'Atty', 'Supt', 'Lt.Gen']);

function isAbbrev(word: string): boolean {
  return word.length === 1 || ABBREV.has(word);
}

function lowerBound(quotes: readonly Quote[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
