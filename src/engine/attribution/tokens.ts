/**
 * Tokens for attribution: words and single punctuation marks of one stretch of text, with exact
 * offsets, lower-case form, capitalisation, and whether they sit inside a quotation. One linear
 * pass per stretch; the attribution rules look at a few tokens around a cue, never rescan text.
 */
import type { Quote } from '../text/quotes';
import { WordTable, type DocTokens, type Token as WordToken } from '../text/word-tokens';
import { isWordCode as isDocWordCode, wordEnd } from '../text/words';
import { COORDINATORS, REPORT_LINKERS } from '../data/clause-links';
import { TOKEN_ABBREVIATIONS } from '../data/token-abbreviations';
import { WordShapes } from '../data/common-words';
import { CUES, PROGRESSIVE_CUES, TWO_WORD_CUE_HEADS } from '../data/cues';
import { AS_PREDICATE_VERBS } from '../data/as-predicate-verbs';
import { NAMING_VERBS } from '../data/naming-verbs';
import { NOMINAL_CUE_NOUNS } from '../data/nominal-cues';
import { ANONYMOUS_HEADS, OWN_ACCOUNT_NOUNS, REPORT_HEADS } from '../data/source-terms';

export interface Token {
  start: number;
  end: number;
  /**
   * `lower` with curly apostrophes straightened, as a document word's normal form
   * (text/word-tokens.ts): a token that is a document word is that word itself, and every token
   * has its fields in the same order (one object shape for the rules to read).
   */
  norm: string;
  text: string;
  lower: string;
  /**
   * What the lower-case form can be (`MAY_CUE`, `SOURCING`, `ACCORDING`), looked up once per
   * distinct word, and what the token is (`WORD`, `CAP`, `QUOTED`; read them with `isWord`,
   * `isCap`, `isQuoted`). Bits rather than boolean fields: a token is five fields, and claim-dense
   * text makes hundreds of thousands of them.
   */
  flags: number;
}

/** The word can start a cue (one of CUES, PROGRESSIVE_CUES, or the first word of a two-word cue). */
export const MAY_CUE = 1;
/** The word heads unnamed sourcing or vague reports (ANONYMOUS_HEADS, REPORT_HEADS). */
export const SOURCING = 2;
/** The word "according" (of "according to"), or a noun of one's own telling ("by his own account": OWN_ACCOUNT_NOUNS). */
export const ACCORDING = 4;
/** A word (letters, digits, marks), not a punctuation mark. */
export const WORD = 8;
/** Starts with an upper-case letter. */
export const CAP = 16;
/** Inside a depth-0 double quotation (content, not its marks). */
export const QUOTED = 32;
/** A noun whose "that" clause can be somebody's claim (NOMINAL_CUE_NOUNS: "claim", "warning"). */
export const NOMINAL = 64;
/** A word at which content can end because another report begins (data/clause-links.ts: "and", "while"). */
export const LINK = 128;

export function isWord(t: Token): boolean {
  return (t.flags & WORD) !== 0;
}

export function isCap(t: Token): boolean {
  return (t.flags & CAP) !== 0;
}

export function isQuoted(t: Token): boolean {
  return (t.flags & QUOTED) !== 0;
}

/** Is there a k-th token, and does it start with an upper-case letter? (`t[k]?.cap`) */
export function isCapAt(t: readonly Token[], k: number): boolean {
  return k >= 0 && k < t.length && (t[k].flags & CAP) !== 0;
}

/**
 * The word lists' answers for each word in them, in one map: can a cue start here (a one-word cue,
 * a progressive or a two-word cue's head: MAY_CUE), does it head unnamed sourcing or a vague report
 * (SOURCING), is it "according" (ACCORDING). One look-up for a new word instead of five.
 */
const LIST_FLAGS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const mark = (w: string, f: number) => m.set(w, (m.get(w) ?? 0) | f);
  for (const w of CUES.keys()) mark(w, MAY_CUE);
  for (const w of PROGRESSIVE_CUES.keys()) mark(w, MAY_CUE);
  for (const w of TWO_WORD_CUE_HEADS) mark(w, MAY_CUE);
  for (const w of AS_PREDICATE_VERBS.keys()) mark(w, MAY_CUE);
  for (const w of NAMING_VERBS.keys()) mark(w, MAY_CUE);
  for (const w of ANONYMOUS_HEADS) mark(w, SOURCING);
  for (const w of REPORT_HEADS) mark(w, SOURCING);
  mark('according', ACCORDING);
  for (const w of OWN_ACCOUNT_NOUNS) mark(w, ACCORDING);
  for (const w of NOMINAL_CUE_NOUNS) mark(w, NOMINAL);
  for (const w of COORDINATORS) mark(w, LINK);
  for (const w of REPORT_LINKERS) mark(w, LINK);
  return m;
})();

/**
 * The length, first and last letter of every word in LIST_FLAGS: most words of a text are ruled
 * out by one array read, without hashing their string (a word taken from the document's words
 * has not been hashed yet).
 */
const LIST_SHAPES = new WordShapes(LIST_FLAGS.keys(), Math.max(...[...LIST_FLAGS.keys()].map((w) => w.length)));

/** LIST_FLAGS by the document's word ids (text/word-tokens.ts): a document word's flags by an array read. */
const LIST_FLAGS_BY_ID = new WordTable(LIST_FLAGS);

function flagsOf(lower: string): number {
  return LIST_SHAPES.mayHold(lower) ? WORD | (LIST_FLAGS.get(lower) ?? 0) : WORD;
}

/** A word's normal form: curly apostrophes straightened (only a word with a non-ASCII code unit can have one). */
function normOf(lower: string): string {
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
}

const UPPER = /\p{Lu}/u;
/** `UPPER` of each code unit above ASCII, once asked: 1 upper case, 2 not, 0 not asked yet. */
const UPPER_CODE = new Uint8Array(65536);

/**
 * Letter, digit or mark, by code unit: text/words.ts's definition (ASCII by code, the rest
 * classified once and kept in a table), the document's words' own, so a word scanned here ends
 * where the document's word does.
 */
const isWordCode = isDocWordCode;

function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  let k = UPPER_CODE[c];
  if (k === 0) UPPER_CODE[c] = k = UPPER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 0xa0 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x3000
  );
}

/**
 * Tokens of text[from, to): a view of the document's words (text/word-tokens.ts, the same word
 * definition). `quotes` are the depth-0 double quotations, sorted by start; `first`, when given,
 * the index of a document word at or before the first that ends after `from`. A document word
 * that lies wholly in the stretch is the token itself (its forms and flags, no scan or slice): the
 * walk reads only the characters between words (white space and punctuation marks, one token
 * each). A token is made only for a mark, for a word with its abbreviation period ("Sen.",
 * "U.S.") and for the part of a word the stretch cuts (scanned here as it would be read alone).
 */
export function tokenize(
  text: string,
  from: number,
  to: number,
  quotes: readonly Quote[],
  words: DocTokens,
  first = -1,
): Token[] {
  const starts = words.starts;
  const ends = words.ends;
  const ids = words.ids;
  const listFlags = LIST_FLAGS_BY_ID.byId();
  // j: the first document word that ends after i (once moved up to it).
  let j = first >= 0 ? first : Math.max(0, words.indexAt(from) - 1);
  while (j < words.count && ends[j] <= from) j++;
  // A list of this call's own, made once at the size the stretch can need and filled (the tokens of
  // every sentence stay alive until attribution is done). Grown by push, a list was copied as it
  // grew and again at its exact size, and a run-on sentence's, a large object, recorded every young
  // token in each copy for the scavenger: on the 400 KB run-on inputs this is a third faster.
  const out = new Array<Token>(sizeBound(text, from, to, words, j));
  let n = 0;
  let q = lowerBound(quotes, from);
  // The first quotation ending after the token, its end and content span in locals (Infinity past the last).
  let qEnd = q < quotes.length ? quotes[q].end : Infinity;
  let qFrom = q < quotes.length ? quotes[q].contentStart : Infinity;
  let qTo = q < quotes.length ? quotes[q].contentEnd : Infinity;
  let i = from;
  // The union of the tokens' flags, kept in `lastTokenFlags` for the caller (no second pass over them).
  let union = 0;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      i++;
      continue;
    }
    const start = i;
    const word = isWordCode(c);
    // The document's word here, when it lies wholly in the stretch.
    let known: WordToken | undefined;
    if (word) {
      // A word character is inside a document word: the first that ends after it.
      while (ends[j] <= i) j++;
      if (starts[j] === i && ends[j] <= to) {
        known = words.word(j);
        i = ends[j];
      } else i = wordEnd(text, i, Math.min(ends[j], to));
      // Keep the period of an abbreviation or initial (U.S., Sen., J.) with its word: a form of
      // its own, not the document word's. (Read off the text: the slice is only made for a short
      // capitalised word.)
      if (
        i < to &&
        text.charCodeAt(i) === 46 &&
        (hasPeriod(text, start, i) ||
          (i - start <= 4 && isUpperCode(c) && isAbbrevOrTag(known?.text ?? text.slice(start, i))))
      ) {
        i++;
        known = undefined;
      }
    } else {
      // One code point: a token boundary inside a surrogate pair (an emoji) would leave spans
      // that cut the character in half.
      // Two straight apostrophes typed as a double mark (''like this'') are one token, as quotes.ts reads them.
      i +=
        (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) ||
        (c === 39 && i + 1 < to && text.charCodeAt(i + 1) === 39)
          ? 2
          : 1;
    }
    while (qEnd <= start) {
      q++;
      qEnd = q < quotes.length ? quotes[q].end : Infinity;
      qFrom = q < quotes.length ? quotes[q].contentStart : Infinity;
      qTo = q < quotes.length ? quotes[q].contentEnd : Infinity;
    }
    const quoted = qFrom <= start && i <= qTo;
    if (!word) {
      // Punctuation is in no word list: no flags.
      const p = i === start + 1 ? punct(c) : text.slice(start, i);
      if (quoted) union |= QUOTED;
      out[n++] = { start, end: i, norm: p, text: p, lower: p, flags: quoted ? QUOTED : 0 };
    } else if (known !== undefined) {
      // The document word itself, with its word-list flags (by its id, unless a curly apostrophe
      // makes its lower case differ from its normal form): nothing sliced, nothing looked up.
      // QUOTED is the stretch's, not the word's: the word keeps the answer of the first stretch
      // that took it (a document's sentences are tokenized once, against one list of quotations),
      // and a stretch that answers otherwise gets a copy. (A copy for every quoted word was a
      // sixth of the tokens made on quotation-rich news.)
      let flags = known.flags;
      if (flags === 0) {
        const listed = known.lower === known.norm ? WORD | listFlags[ids[j]] : flagsOf(known.lower);
        known.flags = flags = listed | (isUpperCode(c) ? CAP : 0) | (quoted ? QUOTED : 0);
      }
      if (((flags & QUOTED) !== 0) !== quoted) {
        flags ^= QUOTED;
        out[n++] = { start, end: i, norm: known.norm, text: known.text, lower: known.lower, flags };
      } else out[n++] = known;
      union |= flags;
    } else {
      // An abbreviation with its period, or the part of a word the stretch cuts.
      const t = text.slice(start, i);
      const lower = t.toLowerCase();
      const flags = flagsOf(lower) | (isUpperCode(c) ? CAP : 0) | (quoted ? QUOTED : 0);
      union |= flags;
      out[n++] = { start, end: i, norm: normOf(lower), text: t, lower, flags };
    }
  }
  lastTokenFlags = union;
  if (n < out.length) out.length = n;
  return out;
}

/**
 * How many tokens text[from, to) can have (word `first` is the first that ends after `from`): one
 * per document word wholly inside, one per character of a word it cuts and per character between
 * words that is not white space (a mark, or an abbreviation's period, which joins its word).
 */
function sizeBound(text: string, from: number, to: number, words: DocTokens, first: number): number {
  const starts = words.starts;
  const ends = words.ends;
  let n = 0;
  let i = from;
  for (let k = first; k < words.count && starts[k] < to; k++) {
    for (; i < starts[k]; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
    n += starts[k] >= from && ends[k] <= to ? 1 : Math.min(ends[k], to) - Math.max(starts[k], from);
    i = ends[k];
  }
  for (; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) n++;
  return n;
}

/** `flagsOfTokens` of the list the last `tokenize` call returned (set by it, read right after). */
export let lastTokenFlags = 0;

/** One string per punctuation mark, made once. */
const PUNCT = new Map<number, string>();
const PUNCT_ASCII: string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));
function punct(c: number): string {
  if (c < 128) return PUNCT_ASCII[c];
  let p = PUNCT.get(c);
  if (p === undefined) {
    p = String.fromCharCode(c);
    if (PUNCT.size < 512) PUNCT.set(c, p);
  }
  return p;
}

/** A party and state tag after a name: "Mitch McConnell, R-Ky., said" ("R-Ky." is one word). */
function isPartyTag(word: string): boolean {
  return (
    word.length >= 4 &&
    word.length <= 6 &&
    word.charCodeAt(1) === 45 &&
    'DRI'.includes(word[0]) &&
    isUpperCode(word.charCodeAt(2))
  );
}

function isAbbrev(word: string): boolean {
  return word.length === 1 || TOKEN_ABBREVIATIONS.has(word);
}

function isAbbrevOrTag(word: string): boolean {
  return isAbbrev(word) || isPartyTag(word);
}

/** Is there a period in text[from, to)? */
function hasPeriod(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 46) return true;
  return false;
}

/**
 * Where the last search in a list of quotations ended. Sentences are tokenized in reading order,
 * so the next answer is mostly that index or a step past it: checked first, searched otherwise.
 */
let hintQuotes: readonly Quote[] | null = null;
let hintIndex = 0;

/** Index of the first quotation that ends after `pos` (quotations sorted by start and end). */
function lowerBound(quotes: readonly Quote[], pos: number): number {
  let lo = 0;
  let hi = quotes.length;
  if (quotes === hintQuotes && hintIndex <= hi && (hintIndex === 0 || quotes[hintIndex - 1].end <= pos)) {
    // Everything before the hint ends at or before pos: step forward a little.
    lo = hintIndex;
    for (let steps = 0; lo < hi && quotes[lo].end <= pos && steps < 4; steps++) lo++;
    if (lo === hi || quotes[lo].end > pos) return remember(quotes, lo);
  }
  // partitionPoint written out: this runs once per tokenized sentence, and the closure shows on quotation-dense text.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (quotes[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return remember(quotes, lo);
}

function remember(quotes: readonly Quote[], index: number): number {
  hintQuotes = quotes;
  hintIndex = index;
  return index;
}

/** The union of the tokens' flags: what the word lists can find in a stretch at all (and whether it has words, capitals, quoted tokens). */
export function flagsOfTokens(t: readonly Token[]): number {
  let f = 0;
  for (let k = 0; k < t.length; k++) f |= t[k].flags;
  return f;
}

/** A word without its final period ("Sen." -> "Sen"), as `word.replace(/\.$/, '')` would give, without a regex. */
export function withoutFinalPeriod(word: string): string {
  return word.length > 0 && word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word;
}

/**
 * Index of the first token starting at or after `pos` (tokens sorted by start). Runs per claim and
 * per quotation: a speaker mostly opens its sentence, so a few steps from the start come first,
 * then a search written out (a partitionPoint closure showed on quotation-dense text). In a long
 * sentence the callers walk forwards, so the search gallops out from the last answer on the same
 * list (touching neighbouring tokens) before it bisects: bisecting the whole of a 100,000-token
 * run-on sentence read a dozen tokens scattered over the heap per call, a cache miss each. The
 * answer does not depend on the last one.
 */
export function firstTokenAt(t: readonly Token[], pos: number): number {
  const head = Math.min(t.length, 8);
  for (let k = 0; k < head; k++) if (t[k].start >= pos) return k;
  let lo = head;
  let hi = t.length;
  if (t === hintTokens && hintToken > lo && hintToken < hi) {
    let step = 1;
    if (t[hintToken - 1].start < pos) {
      // The answer is at or after the hint: every token before lo starts before pos.
      lo = hintToken;
      let probe = lo;
      while (probe < hi && t[probe].start < pos) {
        lo = probe + 1;
        probe = lo + step;
        step *= 2;
      }
      if (probe < hi) hi = probe;
    } else {
      // The answer is before the hint: t[hi] starts at or after pos.
      hi = hintToken - 1;
      let probe = hi - 1;
      while (probe >= lo && t[probe].start >= pos) {
        hi = probe;
        probe = hi - step;
        step *= 2;
      }
      if (probe >= lo) lo = probe + 1;
    }
  }
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  hintTokens = t;
  hintToken = lo;
  return lo;
}

/** The list and answer of the last `firstTokenAt` past the first few tokens. */
let hintTokens: readonly Token[] | null = null;
let hintToken = 0;
