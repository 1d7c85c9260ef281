/**
 * The author's first-person stance announced by a sentence opener: "To be clear, the budget ...",
 * "Let's be honest, nobody ...", "Frankly, ..." (openers as data in data/stance-openers.ts). Only
 * at a sentence's start (after an optional "And", "But", "So", "Now") and before a comma or colon;
 * never inside a quotation or a claim's content, nor in a sentence with a verb of saying ("To be
 * clear, the agency said, ..." is the agency's). The caveat covers the sentence: the opener frames it.
 *
 * One look at each sentence's first words (a regular expression over at most 60 characters), and
 * the sentence's words read only when an opener matches.
 */
import type { Doc } from '../document';
import { TAG_VERBS } from '../data/caveat-words';
import { STANCE_OPENERS } from '../data/stance-openers';
import type { Draft } from './author-voice';
import type { Regions } from './regions';

/** Openers by their first word, each as its words. */
const BY_FIRST: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const o of STANCE_OPENERS) {
    const words = o.split(' ');
    const list = map.get(words[0]) ?? [];
    list.push(words);
    map.set(words[0], list);
  }
  return map;
})();

/** Words that may come before the opener: "But frankly, ...", "And to be clear, ...". */
const LEADS: ReadonlySet<string> = new Set(['and', 'but', 'so', 'now']);
/** How much of a sentence's start is read for its opener (the longest opener and a lead fit). */
const HEAD = 60;
/** A word of the head, with a straight or curly apostrophe inside; or the comma or colon closing the opener. */
const WORD = /[A-Za-z]+(?:['\u2019][A-Za-z]+)?|[,:]/g;

/** The opener's words at the sentence start, and where the comma or colon after them ends, or -1. */
function openerEnd(head: string): number {
  const words: { w: string; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(head); m !== null && words.length < 8; m = WORD.exec(head)) {
    // Only spaces between the words read: anything else ("(", "-", a quote mark) is no opener.
    const before = words.length === 0 ? head.slice(0, m.index) : head.slice(words[words.length - 1].end, m.index);
    if (!/^\s*$/.test(before)) break;
    words.push({ w: m[0].toLowerCase().replace('\u2019', "'"), end: m.index + m[0].length });
  }
  let i = 0;
  if (words.length > 0 && LEADS.has(words[0].w)) i++;
  const candidates = words[i] ? BY_FIRST.get(words[i].w) : undefined;
  if (!candidates) return -1;
  for (const c of candidates) {
    if (!c.every((w, k) => words[i + k]?.w === w)) continue;
    const after = words[i + c.length];
    if (after && (after.w === ',' || after.w === ':')) return after.end;
  }
  return -1;
}

/** Rule stance-openers/first-person-opener: a stance opener opening a sentence in the author's voice. */
export function stanceOpeners(doc: Doc, regions: Regions, out: Draft[]): void {
  const { text } = doc;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    const s = doc.sentences[ix];
    const c = text.charCodeAt(s.start);
    // A sentence opens with a capital letter (an opener after a quote mark is the quoted speaker's).
    if (!(c >= 65 && c <= 90)) continue;
    const end = openerEnd(text.slice(s.start, Math.min(s.end, s.start + HEAD)));
    if (end < 0 || regions.overlaps(s.start, s.end)) continue;
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
