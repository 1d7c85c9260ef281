/**
 * A forecast under the author's own condition: a sentence that opens with "Unless ..." or
 * "Without ...", then after a comma (the first one the main clause's future word follows, so a
 * condition may hold a list: "Unless the banks, the funds and the lenders act, ...") a main clause
 * with "will", "would" or "is going to" ("Without new money, the clinic will close its doors"), is
 * the author arguing what will happen, a guess with no source. Left alone: sentences with a verb
 * of saying (the forecast is somebody's), a main clause that names a date or day (a schedule:
 * "Unless Congress acts, the rule will lapse in March"), and anything inside quotations or claims.
 *
 * Linear: one pass over each sentence's words.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { REPORTED_VERBS } from '../data/caveat-words';
import { MONTHS_AND_DAYS } from '../data/speaker-words';
import type { Draft } from './author-voice';
import { verdictClauseEnd } from './clauses';
import type { Regions } from './regions';
import { sentenceWordsOf, triggerClass } from './sentence-words';

const OPENERS = new Set(['unless', 'without']);
/** A sentence with neither opener anywhere is passed over unread (caveats/sentence-words.ts). */
const OPENER_WORD = triggerClass(OPENERS);
const FUTURE = new Set(['will', 'would', "won't", "wouldn't", "'ll"]);
/** How many words the condition may take before its comma. */
const MAX_CONDITION = 30;

/** The main clause's future word within eight words of `c`, before any further clause break; -1 if none. */
function futureAfter(text: string, toks: Token[], c: number): number {
  for (let k = c; k < toks.length && k < c + 8; k++) {
    if (k > c && /[,;:!?\u2014\u2013()]/.test(text.slice(toks[k - 1].end, toks[k].start))) return -1;
    const w = toks[k].norm;
    if (
      FUTURE.has(w) ||
      (w === 'going' && toks[k + 1]?.norm === 'to' && /^(is|are|'s|'re)$/.test(toks[k - 1]?.norm ?? ''))
    )
      return k;
  }
  return -1;
}

export function conditionalForecasts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const held = sentenceWordsOf(doc).triggers;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(held[ix] & OPENER_WORD)) continue;
    const s = doc.sentences[ix];
    // (The sentence's words as the other passes had them: kept by index, no search by position.)
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (toks.length < 4 || !OPENERS.has(toks[0].norm)) continue;
    // The condition runs to a comma; a condition holding a list ("Unless the banks, the funds and
    // the lenders act, ...") has commas of its own, so each comma is tried in turn until the words
    // after it hold the main clause's future word.
    let f = -1;
    for (let c = 1; f < 0 && c < toks.length && c <= MAX_CONDITION; c++) {
      if (text.slice(toks[c - 1].end, toks[c].start).indexOf(',') < 0) continue;
      f = futureAfter(text, toks, c);
    }
    if (f < 0) continue;
    const end = verdictClauseEnd(text, toks[f].end, s.end);
    let scheduled = false;
    let reported = false;
    for (const t of toks) {
      if (REPORTED_VERBS.has(t.norm)) reported = true;
      if (t.start >= toks[f].start && t.end <= end && (MONTHS_AND_DAYS.has(t.norm) || /^\d{4}$/.test(t.norm)))
        scheduled = true;
    }
    if (reported || scheduled || regions.overlaps(toks[f].start, end)) continue;
    drafts.push({
      start: toks[f].start,
      end,
      kind: 'speculation',
      voice: 'author',
      reason:
        'the author forecasts what follows from a condition of their own (“unless” / “without”); no source is given',
      rules: ['conditional-forecasts/forecast'],
    });
  }
}
