/**
 * The author's first-person stance announced by a sentence opener: "To be clear, the budget ...",
 * "Let's be honest, nobody ...", "Frankly, ..." (openers as data in data/stance-openers.ts). Only
 * at a sentence's start (after an optional "And", "But", "So", "Now") and before a comma or colon;
 * never inside a quotation or a claim's content, nor in a sentence with a verb of saying ("To be
 * clear, the agency said, ..." is the agency's). The caveat covers the sentence: the opener frames it.
 *
 * One look at each sentence's first words (the document's words, by their ids), and the sentence's
 * words read only when an opener matches.
 */
import type { Doc } from '../document';
import { TAG_VERBS } from '../data/caveat-words';
import { STANCE_OPENERS } from '../data/stance-openers';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { classesOf } from './word-classes';
import { WordTable } from '../text/word-tokens';
import { isSpaceCode } from '../text/spaces';

/** Words that may come before the opener: "But frankly, ...", "And to be clear, ...". */
const LEAD_WORDS: readonly string[] = ['and', 'but', 'so', 'now'];

/**
 * Every word of an opener (and of a lead) numbered from 1, looked up by the document's word ids
 * (text/word-tokens.ts): a sentence whose first word is none of them is passed over with one
 * array read, and no string is made or matched for it.
 */
const WORD_NUMBERS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  for (const o of [...STANCE_OPENERS, ...LEAD_WORDS])
    for (const w of o.split(' ')) if (!map.has(w)) map.set(w, map.size + 1);
  return map;
})();
const WORD_TABLE = new WordTable(WORD_NUMBERS);

/** Openers by their first word's number, each as its words' numbers. */
const BY_FIRST: ReadonlyMap<number, readonly number[][]> = (() => {
  const map = new Map<number, number[][]>();
  for (const o of STANCE_OPENERS) {
    const words = o.split(' ').map((w) => WORD_NUMBERS.get(w)!);
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  return map;
})();

/** The numbers of the words that may come before the opener. */
const LEADS: ReadonlySet<number> = new Set(LEAD_WORDS.map((w) => WORD_NUMBERS.get(w)!));
/** How much of a sentence's start is read for its opener (the longest opener and a lead fit). */
const HEAD = 60;
/** How many tokens of the head are read: the lead, the opener's words and the comma or colon after them. */
const MAX_TOKENS = 8;

/**
 * Where the comma or colon after the opener at the sentence start ends (an offset from the
 * sentence start), or -1. `first` is the number of the sentence's first word, which ends at
 * `firstEnd`; the words after it are the document's, from word `k` on, read while only white space
 * stands between them. The opener and the comma or colon after it lie before `limit`.
 */
function openerEnd(doc: Doc, start: number, limit: number, first: number, firstEnd: number, k: number): number {
  const { text } = doc;
  const { starts, ends, ids, count } = doc.words;
  const numbers = WORD_TABLE.byId();
  let read = 1;
  if (LEADS.has(first)) {
    // The lead, then white space, then the opener's first word.
    if (k >= count || !onlySpace(text, firstEnd, starts[k])) return -1;
    first = numbers[ids[k]];
    firstEnd = ends[k];
    k++;
    read++;
  }
  const candidates = BY_FIRST.get(first);
  if (!candidates) return -1;
  for (const c of candidates) {
    // Word j of the opener (from 1) is word k + j - 1 of the document.
    let end = firstEnd;
    let j = 1;
    for (; j < c.length; j++) {
      const w = k + j - 1;
      if (w >= count || numbers[ids[w]] !== c[j] || !onlySpace(text, end, starts[w])) break;
      end = ends[w];
    }
    if (j < c.length || read + c.length > MAX_TOKENS) continue;
    while (end < limit && isSpaceCode(text.charCodeAt(end))) end++;
    const p = text.charCodeAt(end);
    if (end < limit && (p === 44 || p === 58)) return end + 1 - start;
  }
  return -1;
}

/**
 * The number of the word a sentence starting inside one of the document's words ("U.S.The") opens
 * with, as a word of the regular shape (letters, one inner apostrophe) read from the start: 0 for
 * none, and for one the document's word goes on past (its letters then run into digits, a joiner or
 * another apostrophe, and no comma can follow the opener's word).
 */
function innerWordNumber(text: string, start: number, wordEnd: number): number {
  let i = start;
  while (i < wordEnd && isAsciiLetter(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if ((c === 39 || c === 0x2019) && isAsciiLetter(text.charCodeAt(i + 1))) {
    i++;
    while (i < wordEnd && isAsciiLetter(text.charCodeAt(i))) i++;
  }
  if (i !== wordEnd) return 0;
  return WORD_NUMBERS.get(text.slice(start, i).toLowerCase().replace('\u2019', "'")) ?? 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Is the opener as read all ASCII letters, apostrophes, white space and its comma or colon? (A
 * word of the document whose lower case is an opener's word can hold other letters: the Kelvin
 * sign lower-cases to "k".)
 */
function plainHead(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (!(isAsciiLetter(c) || c === 39 || c === 0x2019 || c === 44 || c === 58 || isSpaceCode(c))) return false;
  }
  return true;
}

/** Is text[from, to) all white space? */
function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** Rule stance-openers/first-person-opener: a stance opener opening a sentence in the author's voice. */
export function stanceOpeners(doc: Doc, regions: Regions, out: Draft[]): void {
  const { text } = doc;
  const { starts, ends, ids, count } = doc.words;
  const numbers = WORD_TABLE.byId();
  const firsts = classesOf(doc);
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    const s = doc.sentences[ix];
    const c = text.charCodeAt(s.start);
    // A sentence opens with a capital letter (an opener after a quote mark is the quoted speaker's).
    if (!(c >= 65 && c <= 90)) continue;
    const k = firsts.at(ix);
    let end: number;
    if (k < count && starts[k] === s.start) {
      const first = numbers[ids[k]];
      end = first === 0 ? -1 : openerEnd(doc, s.start, Math.min(s.end, s.start + HEAD), first, ends[k], k + 1);
    } else {
      // The sentence starts inside word k - 1 (after a joiner: "U.S.The").
      const first = innerWordNumber(text, s.start, Math.min(ends[k - 1], s.end, s.start + HEAD));
      end = first === 0 ? -1 : openerEnd(doc, s.start, Math.min(s.end, s.start + HEAD), first, ends[k - 1], k);
    }
    if (end < 0 || !plainHead(text, s.start, s.start + end) || regions.overlaps(s.start, s.end)) continue;
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (toks.some((t) => TAG_VERBS.has(t.norm))) continue;
    let to = s.end;
    while (to > s.start && /\s/.test(text[to - 1])) to--;
    out.push({
      start: s.start,
      end: to,
      kind: 'opinion',
      voice: 'author',
      reason: `the author’s own stance (“${text.slice(s.start, s.start + end - 1).trim()}”): a view, not a report`,
      rules: ['stance-openers/first-person-opener'],
    });
  }
}
