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
 * The words of text[start, end) as flat arrays (text/words.ts's word definition: runs of letters,
 * digits and marks, joined by inner apostrophes, periods and hyphens: "U.S.-supplied", "it's"), by
 * a char-code scan with an ASCII fast path: each word's offsets, its id in the word tables'
 * vocabulary (looked up by its own code units as it is read) and the classes of its code units
 * (`kinds`: whether lower-casing or straightening can change it). No string and no object is made
 * for a word here: `DocTokens.word` makes a word's `Token` when a pass first asks for it.
 */
function scan(text: string, start: number, end: number): number {
  let starts = scratchStarts;
  let ends = scratchEnds;
  let ids = scratchIds;
  let kinds = scratchKinds;
  let n = 0;
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
    if (n === ids.length) {
      starts = scratchStarts = grown(starts);
      ends = scratchEnds = grown(ends);
      ids = scratchIds = grown(ids);
      kinds = scratchKinds = grownBytes(kinds);
    }
    let slot: number;
    if (seen === WORD) slot = slotAt(text, from, i, finish(h, i - from));
    else if ((seen & (WIDE | CURLY)) === 0)
      // ASCII with a capital ("The", "Trump"): looked up by its lower-cased code units.
      slot = slotAtLower(text, from, i, finish(h, i - from));
    else {
      const norm = normOfWide(text.slice(from, i).toLowerCase(), seen);
      slot = slotOf(norm, (seen & WIDE) !== 0 ? hashOf(norm) : finish(h, norm.length));
    }
    starts[n] = from;
    ends[n] = i;
    ids[n] = slotKeys[(slot << 1) + 1];
    kinds[n] = seen;
    n++;
  }
  return n;
}

/** The normal form of a word with a non-ASCII code unit, from its lower case. */
function normOfWide(lower: string, seen: number): string {
  return (seen & CURLY) !== 0 ? normalise(lower) : lower;
}

/** `scan`'s arrays, kept from call to call (copied out at their exact count). */
let scratchStarts: Int32Array = new Int32Array(4096);
let scratchEnds: Int32Array = new Int32Array(4096);
let scratchIds: Int32Array = new Int32Array(4096);
let scratchKinds: Uint8Array = new Uint8Array(4096);

function grown(a: Int32Array): Int32Array {
  const more = new Int32Array(a.length * 2);
  more.set(a);
  return more;
}

function grownBytes(a: Uint8Array): Uint8Array {
  const more = new Uint8Array(a.length * 2);
  more.set(a);
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
 * The words of a whole document, tokenised once, as one flat stream: word k is
 * text[starts[k], ends[k]), with its vocabulary id `ids[k]`. A pass that walks every word reads
 * these arrays; `word(k)` gives word k as a `Token` (its strings made on the first ask, the same
 * object after), and `range` / `sentence` hand out the words inside any span (a sentence, a
 * quotation) by binary search, so no part of the text is tokenised twice.
 */
export class DocTokens {
  /** How many words. */
  readonly count: number;
  /** Each word's start and end offset. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /**
   * Each word's id in the vocabulary of the word tables (0: in none of them), by one look-up of
   * its normal form as it is read: every table a pass reads (`WordTable.byId`) then answers for a
   * word by an array read, not a string look-up of its own.
   */
  readonly ids: Int32Array;
  /** The classes of each word's code units (WORD, FOLDS, WIDE, CURLY). */
  private readonly kinds: Uint8Array;
  /** The words made into tokens so far, by index. */
  private readonly tokens: (Token | undefined)[];
  private every: Token[] | null = null;

  constructor(private readonly text: string) {
    vocabulary();
    const n = scan(text, 0, text.length);
    this.count = n;
    this.starts = scratchStarts.slice(0, n);
    this.ends = scratchEnds.slice(0, n);
    this.ids = scratchIds.slice(0, n);
    this.kinds = scratchKinds.slice(0, n);
    this.tokens = new Array<Token | undefined>(n);
  }

  /** Word k as a token (made on the first ask: the same object after, so a flag set on it stays). */
  word(k: number): Token {
    const known = this.tokens[k];
    if (known !== undefined) return known;
    return (this.tokens[k] = this.made(k));
  }

  /** Word k's normal form (a word of the vocabulary's without making its token). */
  norm(k: number): string {
    const id = this.ids[k];
    return id !== 0 ? vocabWords[id] : this.word(k).norm;
  }

  /** Every word as a token (all of them made: for a pass that reads them all as tokens). */
  get all(): Token[] {
    if (this.every !== null) return this.every;
    const every = new Array<Token>(this.count);
    for (let k = 0; k < this.count; k++) every[k] = this.word(k);
    return (this.every = every);
  }

  /**
   * A word of the vocabulary is given the vocabulary's own string as its normal form (a lower-case
   * ASCII word as its text too): no string made for it.
   */
  private made(k: number): Token {
    const start = this.starts[k];
    const end = this.ends[k];
    const id = this.ids[k];
    const kind = this.kinds[k];
    let word: string;
    let lower: string;
    let norm: string;
    if (kind === WORD) word = lower = norm = id !== 0 ? vocabWords[id] : this.text.slice(start, end);
    else if ((kind & (WIDE | CURLY)) === 0) {
      word = this.text.slice(start, end);
      lower = norm = id !== 0 ? vocabWords[id] : word.toLowerCase();
    } else {
      word = this.text.slice(start, end);
      lower = word.toLowerCase();
      norm = normOfWide(lower, kind);
      if (id !== 0) {
        norm = vocabWords[id];
        if ((kind & CURLY) === 0) lower = norm;
      }
    }
    return { start, end, norm, text: word, lower, flags: 0 };
  }

  /** Index of the first word starting at or after `pos`. */
  indexAt(pos: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = this.count;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The words from..to-1 as tokens. */
  private slice(from: number, to: number): Token[] {
    const words = new Array<Token>(to - from);
    for (let k = from; k < to; k++) words[k - from] = this.word(k);
    return words;
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
    while (to < this.count && this.ends[to] <= end) to++;
    const words = this.slice(from, to);
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
    const starts = this.starts;
    const n = this.count;
    let from = this.nextSentenceWord;
    if (!(from <= n && (from === 0 || starts[from - 1] < start) && (from === n || starts[from] >= start)))
      from = this.indexAt(start);
    let to = from;
    while (to < n && this.ends[to] <= end) to++;
    this.nextSentenceWord = to;
    const words = this.slice(from, to);
    this.bySentence[index] = words;
    if (index >= this.sentenceStarts.length) {
      this.sentenceStarts = grownTo(this.sentenceStarts, index);
      this.sentenceEnds = grownTo(this.sentenceEnds, index);
    }
    this.sentenceStarts[index] = start;
    this.sentenceEnds[index] = end;
    return words;
  }

  private readonly bySentence: Token[][] = [];
  /** Where the words of the sentence asked for last end: the next sentence's mostly start there. */
  private nextSentenceWord = 0;
  /**
   * Each kept sentence's start and end (typed, doubled as needed: lists of numbers grown slot by
   * slot are copied into a fresh large object at each growth past some 30,000 sentences).
   */
  private sentenceStarts: Int32Array = new Int32Array(256);
  private sentenceEnds: Int32Array = new Int32Array(256);
}

/** `a` doubled until `index` fits, its values kept. */
function grownTo(a: Int32Array, index: number): Int32Array {
  let size = a.length * 2;
  while (size <= index) size *= 2;
  const more = new Int32Array(size);
  more.set(a);
  return more;
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
  vocabWords = ['', ...ids.keys()];
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
/** Every word of the vocabulary by its id (`vocabWords[0]` is ''). */
let vocabWords: string[] = [''];
/** A slot of id 0 that no word hashes to: the answer for a word the filter rules out. */
let emptySlot = 0;
/**
 * One bit per 16-bit hash value (the low ones), set for every word of the vocabulary: most words of
 * a document are in none of the tables, and this 8 KB filter, which stays in cache, answers them
 * without a probe of the table (which does not: a probe per word was the tokenizer's main cost).
 */
const slotBloom = new Int32Array(2048);
const BLOOM_MASK = 2047;

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

/** `slotOf(text.slice(from, to), h)`, without the slice. */
function slotAt(text: string, from: number, to: number, h: number): number {
  if ((slotBloom[(h >>> 5) & BLOOM_MASK] & (1 << (h & 31))) === 0) return emptySlot;
  const keys = slotKeys;
  for (let slot = h & slotMask; ; slot = (slot + 1) & slotMask) {
    const id = keys[(slot << 1) + 1];
    if (id === 0 || (keys[slot << 1] === h && sameText(slotWords[slot], text, from, to))) return slot;
  }
}

/** `slotOf(text.slice(from, to).toLowerCase(), h)` for ASCII text, without the slice. */
function slotAtLower(text: string, from: number, to: number, h: number): number {
  if ((slotBloom[(h >>> 5) & BLOOM_MASK] & (1 << (h & 31))) === 0) return emptySlot;
  const keys = slotKeys;
  for (let slot = h & slotMask; ; slot = (slot + 1) & slotMask) {
    const id = keys[(slot << 1) + 1];
    if (id === 0 || (keys[slot << 1] === h && sameTextLower(slotWords[slot], text, from, to))) return slot;
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
