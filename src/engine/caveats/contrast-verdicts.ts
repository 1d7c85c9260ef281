/**
 * Corrective contrast: "The cuts are not a saving but a transfer of cost", "This is not a question
 * of money, but of will" (issue 16, caveats). The author sets aside one reading of the facts and
 * puts their own in its place: a verdict, not a report. A copula with "not" ("is not", "aren't",
 * "was never") and, within the same clause run (commas allowed, no other break), a "but" that is
 * not additive ("not only ... but also").
 *
 * Outside quotations and claim content, and outside sentences with a verb of saying ("police said
 * the fire was not arson but an accident" is the police's finding).
 *
 * Linear: one pass over each sentence's words; the search for "but" is bounded by a fixed reach.
 */
import type { Doc } from '../document';
import { REPORTED_VERBS } from '../data/caveat-words';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { verdictClauseEnd, verdictClauseStart } from './clauses';
import { anyOf, classesOf, wordClass } from './word-classes';
import { sentenceWordsOf } from './sentence-words';

const COPULAS = new Set(['is', 'are', 'was', 'were', "it's", "that's", "this's"]);
const NEGATED = new Set(["isn't", "aren't", "wasn't", "weren't"]);
const NOT = new Set(['not', 'never']);
/**
 * The words a cue starts with, and the verbs of saying (see caveats/word-classes.ts): a copula
 * starts one only before "not" or "never".
 */
const CUE_START = wordClass(NEGATED);
const COPULA = wordClass(COPULAS);
const NEGATION = wordClass(NOT);
const SAYS = wordClass(REPORTED_VERBS);
/** "not only X but also Y", "not just", "not merely": the second adds, it does not correct. */
const ADDITIVE = new Set(['only', 'just', 'merely', 'simply', 'solely']);
/** Longest "not X" before its "but", in words. */
const REACH = 14;
/** Punctuation that ends the clause run: ; : ? ! ( ) and dashes (a comma does not). */
const BREAK = /[;:?!()\u2014\u2013]/;

export function contrastVerdicts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const classes = classesOf(doc);
  const { bits } = classes;
  const held = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    // No cue's first word (nor a copula and a negation) in the sentence: nothing to read.
    if (!(held[ix] & CUE_START || (held[ix] & COPULA && held[ix] & NEGATION))) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    const at = classes.at(ix);
    let reported: boolean | null = null;
    for (let i = 0; i < toks.length; i++) {
      const b = bits[at + i];
      if (!(b & CUE_START || (b & COPULA && i + 1 < toks.length && bits[at + i + 1] & NEGATION))) continue;
      const norm = toks[i].norm;
      let k: number;
      if (NEGATED.has(norm)) k = i + 1;
      else if (COPULAS.has(norm) && NOT.has(toks[i + 1]?.norm ?? '')) k = i + 2;
      else continue;
      if (ADDITIVE.has(toks[k]?.norm ?? '')) continue;
      let but = -1;
      for (let j = k; j < toks.length && j - k < REACH; j++) {
        if (BREAK.test(text.slice(toks[j - 1].end, toks[j].start))) break;
        if (toks[j].norm === 'but') {
          but = j;
          break;
        }
      }
      if (but < 0 || but === k || ADDITIVE.has(toks[but + 1]?.norm ?? '') || toks[but + 1]?.norm === 'also') continue;
      reported ??= anyOf(bits, at, at + toks.length, SAYS);
      if (reported) break;
      const from = verdictClauseStart(text, toks[i].start, s.start, BREAK);
      const to = verdictClauseEnd(text, toks[but].end, s.end);
      if (to <= from || regions.overlaps(from, to)) continue;
      drafts.push({
        start: from,
        end: to,
        kind: 'opinion',
        voice: 'author',
        reason: 'a corrective contrast (“not this but that”): the author’s verdict on what the facts mean',
        rules: ['contrast-verdicts/not-but'],
      });
      // One draft per clause: go on after its end.
      i = but;
      while (i + 1 < toks.length && toks[i + 1].start < to) i++;
    }
  }
}
