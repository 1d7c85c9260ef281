/**
 * Character-level checks the attribution passes make on the raw text, none of which allocates:
 * can a sentence hold attribution at all (`mayAttribute`, a hashed word filter), which sentence
 * holds an offset, and what stands around a quotation (a clause mark, a line start, blank space).
 */
import { AS_PREDICATE_VERBS } from '../data/as-predicate-verbs';
import { NAMING_VERBS } from '../data/naming-verbs';
import { CUES } from '../data/cues';
import { NOMINAL_CUE_NOUNS } from '../data/nominal-cues';
import { POLL_NOUNS } from '../data/poll-nouns';
import { ANONYMOUS_HEADS, OWN_ACCOUNT_NOUNS } from '../data/source-terms';
import { partitionPoint } from '../text/partition';
import type { Sent } from './draft';
import { isSpaceCode } from '../text/spaces';

const FNV_OFFSET = 0x811c9dc5;

const FNV_PRIME = 0x01000193;

/** FNV-1a hash of a lower-cased ASCII word, by code unit (no string is built). */
function hashWord(text: string, from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) c |= 0x20;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  return h >>> 0;
}

function hashString(word: string): number {
  return hashWord(word, 0, word.length);
}

/** A regex `\w` code unit: an ASCII letter or digit, or the underscore. */
export function isRegexWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Hashes of every word that can start attribution or name unnamed sourcing. */
const triggerWords = (): readonly string[] => [
  ...CUES.keys(),
  // "Critics cast the measure as ..." (as-predicate.ts).
  ...AS_PREDICATE_VERBS.keys(),
  // "which the mayor termed “a farce”" (quoted-label.ts); not the -ing forms, which alone would open
  // sentences such as "I am calling on Congress ..." to the other cue rules.
  ...[...NAMING_VERBS].filter(([, v]) => !v.participle).map(([w]) => w),
  ...ANONYMOUS_HEADS,
  ...NOMINAL_CUE_NOUNS,
  // "In the latest poll, S." / "S in a new poll.": a poll's finding (poll-finding.ts).
  ...POLL_NOUNS,
  'according',
  // "By his own account, ..." (own-account.ts).
  ...OWN_ACCOUNT_NOUNS,
  'reports',
  'rumors',
  'rumours',
  'reporting',
];

/**
 * Those hashes in an open-addressed table (linear probing, keyed by their low bits, under 3% full):
 * a trigger is found by comparing integers. (A Set of the hashes held most of them as heap
 * numbers: each look-up hashed a double.) In front of it, one bit per slot, set where a trigger's
 * search starts: a word that is none (nearly every word) is ruled out by one read of a 4 KB bit
 * set that stays in cache, not of the table's 160 KB (a cache miss per word, most of this scan's
 * cost). Filled on the first sentence asked about, not at module load (the Worker's cold start).
 */
const TRIGGER_BITS = 15;
const TRIGGER_MASK = (1 << TRIGGER_BITS) - 1;
const TRIGGER_KEYS = new Int32Array(1 << TRIGGER_BITS);
const TRIGGER_USED = new Uint8Array(1 << TRIGGER_BITS);
const TRIGGER_HOME = new Int32Array(1 << (TRIGGER_BITS - 5));
let triggersFilled = false;

function fillTriggers(): void {
  for (const w of triggerWords()) {
    const h = hashString(w.split(' ')[0]);
    let slot = h & TRIGGER_MASK;
    TRIGGER_HOME[slot >>> 5] |= 1 << (slot & 31);
    while (TRIGGER_USED[slot] === 1 && TRIGGER_KEYS[slot] !== (h | 0)) slot = (slot + 1) & TRIGGER_MASK;
    TRIGGER_USED[slot] = 1;
    TRIGGER_KEYS[slot] = h | 0;
  }
  triggersFilled = true;
}

/** Is `h` (hashWord of a run of letters, as an int32 or uint32) the hash of a trigger word? */
function isTrigger(h: number): boolean {
  if (!triggersFilled) fillTriggers();
  const home = h & TRIGGER_MASK;
  // No trigger's search starts at this slot: none has this hash.
  if ((TRIGGER_HOME[home >>> 5] & (1 << (home & 31))) === 0) return false;
  const key = h | 0;
  for (let slot = home; TRIGGER_USED[slot] === 1; slot = (slot + 1) & TRIGGER_MASK)
    if (TRIGGER_KEYS[slot] === key) return true;
  return false;
}

/** Does this run of ASCII letters hash as a word that can start attribution? (For tests: `mayAttribute` asks by hash as it reads.) */
export function isTriggerRun(run: string): boolean {
  return isTrigger(hashString(run));
}

/**
 * Can text[from, to) hold a claim or a source? A quotation mark, a colon, a dash, or a word whose
 * hash is a cue's or a sourcing noun's. One pass over the characters, nothing allocated.
 */
export function mayAttribute(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    let c = text.charCodeAt(i);
    // White space first (most of what is not a letter), then a run of ASCII letters, hashed as read.
    if (c === 32) {
      i++;
      continue;
    }
    if (c >= 97 ? c <= 122 : c >= 65 && c <= 90) {
      let h = FNV_OFFSET;
      const runStart = i;
      do {
        h = Math.imul(h ^ (c | 0x20), FNV_PRIME);
        if (++i === to) break;
        c = text.charCodeAt(i);
      } while (c >= 97 ? c <= 122 : c >= 65 && c <= 90);
      if (i - runStart >= 2 && isTrigger(h)) return true;
      if (i === to) return false;
    }
    if (isAttributionMark(text, c, i)) return true;
    i++;
  }
  return false;
}

/** A quotation mark, a colon, a dash, or the first of two apostrophes (a typed quotation mark). */
function isAttributionMark(text: string, c: number, i: number): boolean {
  return (
    c === 34 ||
    c === 58 ||
    (c >= 0x2013 && (c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 || c === 0x2015)) ||
    (c === 39 && text.charCodeAt(i + 1) === 39)
  );
}

export function makeLocator(sents: Sent[]): (pos: number) => number {
  // Quotations are looked up in reading order: the last answer, or the sentence after it, mostly
  // holds the next position (checked before the binary search).
  let last = 0;
  return (pos: number) => {
    for (let k = last; k < last + 2 && k < sents.length; k++) {
      if (sents[k].start <= pos && (k + 1 === sents.length || sents[k + 1].start > pos)) return (last = k);
    }
    const ans = partitionPoint(sents.length, (k) => sents[k].start <= pos) - 1;
    if (ans >= 0) last = ans;
    return ans;
  };
}

/** Does text[from, to), trailing white space aside, end in , ? ! . or an ellipsis? */
export function endsWithClauseMark(text: string, from: number, to: number): boolean {
  let i = to - 1;
  while (i >= from && isSpaceCode(text.charCodeAt(i))) i--;
  // A quotation inside the quotation closes first: "People say, 'It doesn't matter ...,'" said X.
  if (i > from && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019)) i--;
  // An editor's bracketed mark: "... why I nominated him[,]" Trump tweeted.
  if (i - 2 >= from && text.charCodeAt(i) === 93 && text.charCodeAt(i - 2) === 91) i--;
  if (i < from) return false;
  const c = text.charCodeAt(i);
  return c === 44 || c === 63 || c === 33 || c === 46 || c === 0x2026;
}

/** The number of words in text[from, to), or `max` if there are at least that many. */
export function countWords(text: string, from: number, to: number, max: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord && ++n === max) return n;
    inWord = !space;
  }
  return n;
}

/** Does a quotation at `at` open its clause: sentence start, or after a colon, comma, dash or bracket? */
export function opensClause(text: string, at: number, sentenceStart: number): boolean {
  let i = at - 1;
  while (i >= sentenceStart && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 0xa0))
    i--;
  if (i < sentenceStart) return true;
  const c = text[i];
  return (
    c === ',' ||
    c === ':' ||
    c === ';' ||
    c === '(' ||
    c === '\u2014' ||
    c === '\u2013' ||
    c === '\u2015' ||
    c === '-' ||
    c === '.' ||
    c === '?' ||
    c === '!' ||
    c === '\u201d' ||
    c === '"' ||
    c === "'"
  );
}

/** Does a line start at `at` (only white space since the paragraph start or the last line break)? */
export function opensLine(text: string, at: number, paraStart: number): boolean {
  let i = at - 1;
  while (i >= paraStart) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (!(c === 32 || c === 9 || c === 13 || c === 0xa0)) return false;
    i--;
  }
  return true;
}

/**
 * Is the first character at or after `pos` that is not white space a comma? (Off the text: a
 * closed quotation's cue clause after it opens with the first token after its closing mark, in its
 * sentence or the next, and every white space the tokenizer or the sentence hop steps over is
 * white space here, so when that token is a comma this finds it.)
 */
export function commaFollows(text: string, pos: number): boolean {
  let i = pos;
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 44;
}

export function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

export function isBlankBetween(text: string, from: number, to: number): boolean {
  if (to < from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0)) return false;
  }
  return true;
}

/** How far `lineStartBefore` has read a text, the last line start it met, and the first newline at or after `scanned` (the text's length for none; -1 or absent before it is looked for). */
export interface LineCursor {
  scanned: number;
  start: number;
  next?: number;
}

/**
 * Where the line holding text[pos - 1] starts (just after the last newline before `pos`, or 0).
 * Asked in reading order (a pass over the quotations), the scan goes on from where the last
 * answer stopped, from newline to newline (`indexOf`, not a loop over every character): each
 * newline is found once per pass, not once per quotation behind it.
 */
export function lineStartBefore(text: string, pos: number, cursor: LineCursor): number {
  if (pos < cursor.scanned) {
    cursor.scanned = 0;
    cursor.start = 0;
    cursor.next = -1;
  }
  const known = cursor.next ?? -1;
  let nl = known >= cursor.scanned ? known : newlineFrom(text, cursor.scanned);
  while (nl < pos) {
    cursor.start = nl + 1;
    nl = newlineFrom(text, nl + 1);
  }
  cursor.next = nl;
  cursor.scanned = pos;
  return cursor.start;
}

/** The first newline at or after `from`, or the text's length. */
function newlineFrom(text: string, from: number): number {
  const i = text.indexOf('\n', from);
  return i < 0 ? text.length : i;
}
