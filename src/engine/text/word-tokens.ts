/**
 * The document's words, each with its normal form (lower case, curly apostrophes straightened),
 * tokenised once per brief: the caveat scans read them sentence by sentence, the stats count them.
 */
import { isWordCode } from './words';

export interface Token {
  start: number;
  end: number;
  /** Lower case, curly apostrophes folded to straight ones. */
  norm: string;
  /** The word as written (`text.slice(start, end)`). */
  text: string;
  /** The word in lower case as `toLowerCase` gives it (curly apostrophes kept): `norm` but for them. */
  lower: string;
  /**
   * The attribution tokenizer's flags of the word (attribution/tokens.ts), set there when it first
   * takes the word as one of its tokens (0 until then): the attribution tokens of a sentence are
   * the document's words themselves, not a copy of each.
   */
  flags: number;
}

/** The word in lower case as `toLowerCase` gives it (curly apostrophes kept): `w.lower`. */
export function lowerOf(w: Token): string {
  return w.lower;
}

/**
 * Words with their normalised form: the word definition of text/words.ts (runs of letters, digits
 * and marks, joined by inner apostrophes, periods and hyphens: "U.S.-supplied", "it's"), as a
 * char-code scan with an ASCII fast path.
 */
function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let ids: Int32Array = scratchIds;
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    let k = c < 128 ? ASCII_CLASS[c] : wideClass(c);
    if (k === 0) {
      i++;
      continue;
    }
    const from = i;
    // `seen`: the classes of the word's code units OR-ed (FOLDS: an upper-case ASCII letter, WIDE:
    // a non-ASCII one other than a curly apostrophe, which may lower-case to others, CURLY: a
    // curly apostrophe joins it, the only one there is to straighten). `h` is `hashOf` the normal
    // form, worked out as the scan reads it (`c | 32` lower-cases an ASCII letter and keeps a
    // digit or an ASCII joiner; a WIDE word's is worked out again once its normal form is made).
    let seen = k;
    let h = Math.imul(HASH_SEED ^ (c | 32), HASH_PRIME);
    i++;
    for (;;) {
      while (i < end) {
        c = text.charCodeAt(i);
        k = c < 128 ? ASCII_CLASS[c] : wideClass(c);
        if (k === 0) break;
        seen |= k;
        h = Math.imul(h ^ (c | 32), HASH_PRIME);
        i++;
      }
      // An inner joiner continues the word only when a word character follows it.
      if (i + 1 < end && (c === 39 || c === 0x2019 || c === 46 || c === 45)) {
        const d = text.charCodeAt(i + 1);
        const m = d < 128 ? ASCII_CLASS[d] : wideClass(d);
        if (m === 0) break;
        seen |= m | (c === 0x2019 ? CURLY : 0);
        h = Math.imul(h ^ (c === 0x2019 ? 39 : c), HASH_PRIME);
        h = Math.imul(h ^ (d | 32), HASH_PRIME);
        i += 2;
      } else break;
    }
    const plain = seen === WORD;
    const curly = (seen & CURLY) !== 0;
    const wide = (seen & WIDE) !== 0;
    if (out.length === ids.length) ids = grown(ids);
    // A word of the tables' vocabulary is given the vocabulary's own string as its normal form
    // (a lower-case ASCII word as its text too, found without slicing it): no string made, and
    // its hash already worked out for every word-list look-up after.
    let word: string;
    let lower: string;
    let norm: string;
    if (plain) {
      const id = slotKeys[(slotAt(text, from, i, finish(h, i - from)) << 1) + 1];
      ids[out.length] = id;
      word = lower = norm = id !== 0 ? slotWords[foundSlot] : text.slice(from, i);
    } else if (!wide && !curly) {
      // ASCII with a capital ("The", "Trump"): looked up by its lower-cased code units, so a word
      // of the vocabulary takes the vocabulary's string as its lower case, none made by toLowerCase.
      const id = slotKeys[(slotAtLower(text, from, i, finish(h, i - from)) << 1) + 1];
      ids[out.length] = id;
      word = text.slice(from, i);
      lower = norm = id !== 0 ? slotWords[foundSlot] : word.toLowerCase();
    } else {
      word = text.slice(from, i);
      lower = word.toLowerCase();
      norm = curly ? normalise(lower) : lower;
      const slot = slotOf(norm, wide ? hashOf(norm) : finish(h, norm.length));
      ids[out.length] = slotKeys[(slot << 1) + 1];
      if (slotKeys[(slot << 1) + 1] !== 0) {
        norm = slotWords[slot];
        if (!curly) lower = norm;
      }
    }
    out.push({ start: from, end: i, norm, text: word, lower, flags: 0 });
  }
  scratchIds = ids;
  return out;
}

/** The ids of `tokens`' words as it goes, kept from call to call (copied out at their exact count). */
let scratchIds: Int32Array = new Int32Array(4096);

function grown(ids: Int32Array): Int32Array {
  const more = new Int32Array(ids.length * 2);
  more.set(ids);
  return more;
}

/** Classes of a word's code units (text/words.ts's word definition): a word character, and what normalising does to it. */
const WORD = 1;
const FOLDS = 2;
const WIDE = 4;
const CURLY = 8;

/** The class of each ASCII code unit: WORD for a lower-case letter or a digit, WORD | FOLDS for a capital, 0 otherwise. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = WORD;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = WORD;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = WORD | FOLDS;

/** The class of a non-ASCII code unit: WORD | WIDE for a word character, 0 otherwise. */
function wideClass(c: number): number {
  return isWordCode(c) ? WORD | WIDE : 0;
}

/**
 * The words of a whole document, tokenised once; `range` hands out the words inside any span
 * (a sentence, a quotation) by binary search, so no part of the text is tokenised twice.
 */
export class DocTokens {
  readonly all: Token[];

  constructor(text: string) {
    vocabulary();
    this.all = tokens(text, 0, text.length);
    this.ids = scratchIds.slice(0, this.all.length);
  }

  /**
   * Each word's id in the vocabulary of the word tables (0: in none of them), by one look-up of
   * its normal form as it is made (while the string is in cache): every table a pass reads
   * (`WordTable.byId`) then answers for a word by an array read, not a string look-up of its own.
   */
  readonly ids: Int32Array;

  /** Index of the first word starting at or after `pos`. */
  indexAt(pos: number): number {
    // partitionPoint inlined: a closure call per step shows on every sentence's lookup.
    const all = this.all;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The words wholly inside [start, end). Shared, not to be changed: five caveat rules each read
   * every sentence's words, and the stretch asked for last from each start is handed out again
   * instead of searched and copied anew.
   */
  range(start: number, end: number): Token[] {
    const known = this.ranges.get(start);
    if (known !== undefined && known.end === end) return known.words;
    const from = this.indexAt(start);
    let to = from;
    while (to < this.all.length && this.all[to].end <= end) to++;
    const words = this.all.slice(from, to);
    this.ranges.set(start, { end, words });
    return words;
  }

  /** The last stretch asked for from each start. */
  private readonly ranges = new Map<number, { end: number; words: Token[] }>();

  /**
   * The words of sentence `index` (of the document's sentences), `range(start, end)` made once
   * per sentence and kept by index: five caveat rules read every sentence's words, and the map
   * look-up by start cost more than the rules' own work on sentence-dense text.
   */
  sentence(index: number, start: number, end: number): Token[] {
    const known = this.bySentence[index];
    if (known !== undefined && this.sentenceStarts[index] === start && this.sentenceEnds[index] === end) return known;
    // (Not through `range`: its map of stretches by start is for the caveat windows, and a
    // sentence's words are kept here already. Sentences are read in order, so the search mostly
    // starts from where the last sentence's words ended.)
    const all = this.all;
    let from = this.nextSentenceWord;
    if (!(
      from <= all.length &&
      (from === 0 || all[from - 1].start < start) &&
      (from === all.length || all[from].start >= start)
    ))
      from = this.indexAt(start);
    let to = from;
    while (to < all.length && all[to].end <= end) to++;
    this.nextSentenceWord = to;
    const words = all.slice(from, to);
    this.bySentence[index] = words;
    this.sentenceStarts[index] = start;
    this.sentenceEnds[index] = end;
    return words;
  }

  private readonly bySentence: Token[][] = [];
  /** Where the words of the sentence asked for last end: the next sentence's mostly start there. */
  private nextSentenceWord = 0;
  private readonly sentenceStarts: number[] = [];
  private readonly sentenceEnds: number[] = [];
}

function normalise(lower: string): string {
  return lower.replaceAll('\u2019', "'");
}

/** A word table's source: word -> value (OR-ed where a word is given twice), or a function giving it. */
type Values = ReadonlyMap<string, number> | (() => ReadonlyMap<string, number>);

/** Every word table's source, in the order made (at module load). */
const sources: Values[] = [];
/** The sources' maps, once resolved (with the vocabulary). */
let resolved: ReadonlyMap<string, number>[] = [];
/** Every word of every table -> its id (from 1); made on the first document asked, not at module load. */
let vocab: Map<string, number> | null = null;

function vocabulary(): Map<string, number> {
  if (vocab !== null) return vocab;
  const ids = new Map<string, number>();
  resolved = sources.map((source) => (typeof source === 'function' ? source() : source));
  for (const map of resolved) for (const word of map.keys()) if (!ids.has(word)) ids.set(word, ids.size + 1);
  let bits = 10;
  while (1 << bits < ids.size * 4) bits++;
  slotMask = (1 << bits) - 1;
  // One slot more, past the mask: `emptySlot`, never probed, always empty.
  slotKeys = new Int32Array((2 << bits) + 2);
  slotWords = new Array<string>((1 << bits) + 1).fill('');
  emptySlot = 1 << bits;
  for (const [word, id] of ids) {
    const h = hashOf(word);
    let slot = h & slotMask;
    while (slotKeys[(slot << 1) + 1] !== 0) slot = (slot + 1) & slotMask;
    slotKeys[slot << 1] = h;
    slotKeys[(slot << 1) + 1] = id;
    slotWords[slot] = word;
    slotBloom[(h >>> 5) & BLOOM_MASK] |= 1 << (h & 31);
  }
  return (vocab = ids);
}

/**
 * The vocabulary again as an open-addressed table keyed by `hashOf` (a word's slot and the ones
 * after it until an empty one, id 0): a word of the document is looked up by its own code units,
 * cheaper than a Map look-up, which hashes the freshly made string and chases its entries. A
 * slot's hash and id sit side by side (`slotKeys[2n]`, `slotKeys[2n + 1]`): a probe of a table
 * too large for the cache reads one line, not one per array.
 */
let slotMask = 0;
let slotKeys = new Int32Array(2);
let slotWords: string[] = [''];
/** A slot of id 0 that no word hashes to: the answer for a word the filter rules out. */
let emptySlot = 0;
/**
 * One bit per 16-bit hash value (the low ones), set for every word of the vocabulary: most words of
 * a document are in none of the tables, and this 8 KB filter, which stays in cache, answers them
 * without a probe of the table (which does not: a probe per word was the tokenizer's main cost).
 */
const slotBloom = new Int32Array(2048);
const BLOOM_MASK = 2047;
/** The slot `slotAt` / `slotAtLower` found last (read for its word on a hit). */
let foundSlot = 0;

const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/** FNV-1a of the word's code units, its length mixed in. */
function hashOf(word: string): number {
  let h = HASH_SEED;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), HASH_PRIME);
  return finish(h, word.length);
}

function finish(h: number, length: number): number {
  const x = h ^ length;
  return x ^ (x >>> 15);
}

/** The slot of a word with hash `h`: its own, or the empty one that ends its search (id 0). */
function slotOf(word: string, h: number): number {
  if ((slotBloom[(h >>> 5) & BLOOM_MASK] & (1 << (h & 31))) === 0) return emptySlot;
  const keys = slotKeys;
  for (let slot = h & slotMask; ; slot = (slot + 1) & slotMask)
    if (keys[(slot << 1) + 1] === 0 || (keys[slot << 1] === h && slotWords[slot] === word)) return slot;
}

/** `slotOf(text.slice(from, to), h)`, without the slice (also kept in `foundSlot`). */
function slotAt(text: string, from: number, to: number, h: number): number {
  if ((slotBloom[(h >>> 5) & BLOOM_MASK] & (1 << (h & 31))) === 0) return (foundSlot = emptySlot);
  const keys = slotKeys;
  for (let slot = h & slotMask; ; slot = (slot + 1) & slotMask) {
    const id = keys[(slot << 1) + 1];
    if (id === 0 || (keys[slot << 1] === h && sameText(slotWords[slot], text, from, to))) return (foundSlot = slot);
  }
}

/** `slotOf(text.slice(from, to).toLowerCase(), h)` for ASCII text, without the slice (also kept in `foundSlot`). */
function slotAtLower(text: string, from: number, to: number, h: number): number {
  if ((slotBloom[(h >>> 5) & BLOOM_MASK] & (1 << (h & 31))) === 0) return (foundSlot = emptySlot);
  const keys = slotKeys;
  for (let slot = h & slotMask; ; slot = (slot + 1) & slotMask) {
    const id = keys[(slot << 1) + 1];
    if (id === 0 || (keys[slot << 1] === h && sameTextLower(slotWords[slot], text, from, to)))
      return (foundSlot = slot);
  }
}

/** Is `word` the ASCII text[from, to) in lower case? */
function sameTextLower(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(from + i);
    if (word.charCodeAt(i) !== (c >= 65 && c <= 90 ? c + 32 : c)) return false;
  }
  return true;
}

function sameText(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/**
 * Values of words (class bits of word lists) that a pass reads per word of the document: made at
 * module load from the word lists themselves (so the lists stay the one place a word is added),
 * read as `table.byId()[doc.words.ids[k]]` (0 for a word in none of the pass's lists). All tables
 * share one vocabulary, so a word of the document is looked up once for all of them.
 */
export class WordTable {
  private readonly index: number;
  private table: Int32Array | null = null;

  constructor(values: Values) {
    if (vocab !== null) throw new Error('word tables are fixed once a document is read');
    this.index = sources.push(values) - 1;
  }

  /** The value of each word id. */
  byId(): Int32Array {
    if (this.table !== null) return this.table;
    const ids = vocabulary();
    const table = new Int32Array(ids.size + 1);
    for (const [word, value] of resolved[this.index]) table[ids.get(word) ?? 0] |= value;
    table[0] = 0;
    return (this.table = table);
  }
}
