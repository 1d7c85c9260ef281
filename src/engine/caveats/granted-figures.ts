/**
 * A figure granted is not an opinion (precision on objective sentences): "Of course, the bill
 * passed 52 to 48", "Obviously, the population grew: it passed 300 million in 2006". A connective
 * that grants a point ("of course", "obviously", "in fact") before a clause that states a figure
 * marks a checkable fact as known; it weighs nothing. Connectives that weigh the fact ("sadly",
 * "shockingly", "alas") and any other cue in the sentence still count. This filter drops the
 * author-voice stance drafts (author-voice/stance) of a granting connective whose sentence goes on
 * to give a number written in digits, when the connective opens its clause and is set off by a
 * comma ("obviously ill-trained men" grades a modifier), unless a second stance marker follows it ("Of course, the
 * reality is that ...": then it argues).
 *
 * Linear: per stance draft, one set lookup and a scan of the rest of its sentence for a digit.
 */
import type { Doc } from '../document';
import { firstEndingAfter } from '../text/partition';
import { GRANTING_CONNECTIVES } from '../data/granting-connectives';
import { STANCE_MARKERS } from '../data/subjectivity';
import type { Draft } from './author-voice';
import { dropStanceDrafts } from './stance-filter';

const GRANTING = new Set(GRANTING_CONNECTIVES);
const STANCE = new Set(STANCE_MARKERS);
/** The longest stance marker that may follow the connective, in words ("the reality is"). */
const STACK_WORDS = 3;
/** The longest granting connective, in characters. */
const MAX_LENGTH = 12;
/** Characters after the connective in which the figure is looked for (a long line stays linear). */
const FIGURE_REACH = 400;

export function quietGrantedFigures(doc: Doc, drafts: Draft[]): void {
  const { text } = doc;
  dropStanceDrafts(
    doc,
    drafts,
    MAX_LENGTH,
    (words, d) =>
      GRANTING.has(words) &&
      text[d.end] === ',' &&
      opensClause(doc, d.start) &&
      digitAfter(text, d.end, Math.min(sentenceEnd(doc, d.start), d.end + FIGURE_REACH)) &&
      !stackedStance(doc, d.end),
    'granted-figures/granted-figure',
  );
}

/** "Of course, the reality is that ...": a second stance marker straight after the connective argues. */
function stackedStance(doc: Doc, from: number): boolean {
  const after = doc.words.range(from, Math.min(doc.text.length, from + 40));
  let phrase = '';
  for (let k = 0; k < after.length && k < STACK_WORDS; k++) {
    phrase = k === 0 ? after[k].norm : `${phrase} ${after[k].norm}`;
    if (STANCE.has(phrase)) return true;
  }
  return false;
}

/** Opening its clause: first in the sentence, after a comma, or after "but"/"and"/"so"/"yet" ("obviously ill-trained men" grades a modifier). */
function opensClause(doc: Doc, at: number): boolean {
  const { text } = doc;
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === ',' || text[k] === '\n' || /[.!?:;\u2014"\u201c\u2018([]/.test(text[k])) return true;
  const before = doc.words.range(Math.max(0, at - 8), at);
  return /^(but|and|so|yet)$/.test(before[before.length - 1]?.norm ?? '');
}

function digitAfter(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** The end of the sentence holding `at`, or `at` itself when no sentence holds it. */
function sentenceEnd(doc: Doc, at: number): number {
  const s = doc.sentences[firstEndingAfter(doc.sentences, at)];
  return s && s.start <= at ? s.end : at;
}
