/**
 * The attribution tokenizer's table of short words (attribution/tokens.ts): one shared string and
 * one word-list answer per word. Split out of tokens.ts unchanged; the word lists' answer comes in
 * as `flagsOf`.
 */

/**
 * Short words as shared strings: news repeats a small vocabulary ("the", "said", "He"), and a
 * claim-dense text would otherwise allocate two strings per word and keep them all alive until
 * the brief is done. A direct-mapped table: a slot holds the last word that hashed there, with
 * the word lists' answers for it (`flags`). An ASCII word (nearly all of them) is keyed by its
 * code units packed into three small integers, so a lookup compares numbers in the table and
 * never reads the stored string; any other word by an FNV-1a hash, checked against the text
 * code unit by code unit. A collision only costs a fresh entry. The strings are the same
 * whichever call made them, so the output does not depend on what was briefed before.
 */
export const MAX_INTERNED = 12;
const INTERN_BITS = 15;
const INTERN_MASK = (1 << INTERN_BITS) - 1;

/**
 * The table, flat: slot n's key in KEYS[4n .. 4n+3] (ASCII: code units 0-3, 4-7 and 8-11, 7 bits
 * each; else -1 and the hash; then the length, with the word's flags above bit 8), its text and
 * lower-case form in WORDS[2n] and WORDS[2n+1]. A look-up reads one run of four integers and, on
 * a hit, two neighbouring slots: no entry object to chase (on a long article the table does not
 * stay in cache, and scattered entries cost a miss each).
 */
export const KEYS = new Int32Array(4 << INTERN_BITS).fill(-1);
export const WORDS: string[] = new Array<string>(2 << INTERN_BITS).fill('');

/** The slot holding text[from, to) (an ASCII word is packed; the caller passes at most 12 code units). */
export function intern(
  text: string,
  from: number,
  to: number,
  mixed: boolean,
  flagsOf: (lower: string) => number,
): number {
  // Pack the code units; give up at the first non-ASCII one.
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  let i = from;
  const a = Math.min(to, from + 4);
  const b = Math.min(to, from + 8);
  let c: number;
  for (; i < a && (c = text.charCodeAt(i)) < 128; i++) k0 = k0 * 128 + c;
  if (i === a) for (; i < b && (c = text.charCodeAt(i)) < 128; i++) k1 = k1 * 128 + c;
  if (i === b) for (; i < to && (c = text.charCodeAt(i)) < 128; i++) k2 = k2 * 128 + c;
  if (i < to) return internOther(text, from, to, mixed, flagsOf);
  const length = to - from;
  let h = Math.imul(k0 ^ length, 0x9e3779b1);
  h = Math.imul(h ^ (h >>> 15) ^ k1, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13) ^ k2, 0xc2b2ae35);
  const slot = (h ^ (h >>> 16)) & INTERN_MASK;
  const at = slot << 2;
  if (KEYS[at] === k0 && KEYS[at + 1] === k1 && KEYS[at + 2] === k2 && (KEYS[at + 3] & 0xff) === length) return slot;
  return store(slot, k0, k1, k2, text, from, to, mixed, flagsOf);
}

/** A word with a non-ASCII code unit: keyed by its FNV-1a hash, checked against the text. */
function internOther(
  text: string,
  from: number,
  to: number,
  mixed: boolean,
  flagsOf: (lower: string) => number,
): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const slot = h & INTERN_MASK;
  const high = h >> INTERN_BITS;
  const at = slot << 2;
  if (
    KEYS[at] === -1 &&
    KEYS[at + 1] === high &&
    (KEYS[at + 3] & 0xff) === to - from &&
    sameText(WORDS[slot << 1], text, from, to)
  )
    return slot;
  return store(slot, -1, high, 0, text, from, to, mixed, flagsOf);
}

function store(
  slot: number,
  k0: number,
  k1: number,
  k2: number,
  text: string,
  from: number,
  to: number,
  mixed: boolean,
  flagsOf: (lower: string) => number,
): number {
  const t = text.slice(from, to);
  const lower = mixed ? t.toLowerCase() : t;
  const at = slot << 2;
  KEYS[at] = k0;
  KEYS[at + 1] = k1;
  KEYS[at + 2] = k2;
  KEYS[at + 3] = (to - from) | (flagsOf(lower) << 8);
  WORDS[slot << 1] = t;
  WORDS[(slot << 1) + 1] = lower;
  return slot;
}

function sameText(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}
