/**
 * Judgements carried by a predicate's shape (issue 16, caveats), each outside quotations and claim
 * content and outside sentences with a verb of saying, so reported speech stays the speaker's:
 * - an intensified predicate adjective: a copula, a degree adverb and a content word ("the
 *   chapter is quite short", "the fares are too high"), not a measure ("too early to say", "quite
 *   often"), a hedge ("isn't quite sure") or a participle ("especially affected");
 * - a deontic passive of praise or blame: "the changes are to be welcomed";
 * - a prescription by gerund: "the system needs reforming", "the rules need rewriting", or by
 *   participle: "the country needs its repayments suspended";
 * - a comparative verdict after a copula: "the old timetable was better", "nothing is worse";
 * - an omission the author remarks on: "the questions go unasked", "the letters went unanswered".
 * Each takes its clause, from the subject's clause start to the next clause break.
 *
 * Linear: one pass over each sentence's words, a set lookup per word.
 */
import type { Doc } from '../document';
import { FUNCTION_WORDS, REPORTED_VERBS } from '../data/caveat-words';
import {
  COMPARATIVE_VERDICTS,
  JUDGEMENT_IDIOMS,
  PREDICATE_DEGREES,
  VERDICT_PARTICIPLES,
} from '../data/opinion-structures';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { VERDICT_BREAK, isLower, verdictClauseEnd, verdictClauseStart } from './clauses';
import { anyOf, classesOf, wordClass } from './word-classes';
import { sentenceWordsOf } from './sentence-words';
import { lazyRegExp } from '../text/lazy-regexp';

/** "unanswered", "unasked": a negated participle. */
const RE_UN_PARTICIPLE = lazyRegExp(String.raw`^un\p{Ll}{3,}(ed|en)$`, 'u');
const RE_PARTICIPLE = lazyRegExp(String.raw`^\p{Ll}{3,}(ed|en)$`, 'u');
const RE_ING_WORD = lazyRegExp(String.raw`^\p{Ll}+ing$`, 'u');

const COPULAS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  "it's",
  "that's",
  "he's",
  "she's",
  "they're",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
]);
const DEGREES = new Set(PREDICATE_DEGREES);
const IDIOMS = new Set(JUDGEMENT_IDIOMS);
const PARTICIPLES = new Set(VERDICT_PARTICIPLES);
const COMPARATIVES = new Set(COMPARATIVE_VERDICTS);
const NEED = new Set(['need', 'needs']);
const GO = new Set(['go', 'goes', 'went', 'gone', 'going']);
/** Before the object of "needs X done": whose or which thing is to be done to. */
const OWNERS = new Set(['its', 'their', 'his', 'her', 'our', 'the', 'this', 'these', 'those']);
/**
 * The words a cue starts with, and the verbs of saying (see caveats/word-classes.ts). A copula
 * starts one only before a degree, a comparative or "to": the next word's bit rules out the rest.
 */
const CUE_START = wordClass([...NEED, ...GO]);
const COPULA = wordClass(COPULAS);
const AFTER_COPULA = wordClass([...DEGREES, ...COMPARATIVES, 'to']);
const SAYS = wordClass(REPORTED_VERBS);

type Found = [from: number, to: number, reason: string, rule: string];

/** Does toks[k] exist and start with a lower-case letter? */
function isLowerAt(text: string, toks: Token[], k: number): boolean {
  return !!toks[k] && isLower(text, toks[k]);
}
function cueAt(text: string, toks: Token[], i: number): Found | null {
  const t = toks[i];
  const next = toks[i + 1];
  if (!next || VERDICT_BREAK.test(text.slice(t.end, next.start))) return null;
  if (COPULAS.has(t.norm)) {
    // "is quite short", "are too high"; not "is so far", "was too close to call", "is quite a ..."
    if (DEGREES.has(next.norm)) {
      const adj = toks[i + 2];
      if (!adj || !isLower(text, adj) || FUNCTION_WORDS.has(adj.norm) || IDIOMS.has(adj.norm)) return null;
      // "aren't quite sure": a hedge, not a verdict; "especially affected": a participle, an event.
      if (/n't$/.test(t.norm) || toks[i - 1]?.norm === 'not' || /ed$/.test(adj.norm)) return null;
      if (/^\d/.test(adj.norm) || VERDICT_BREAK.test(text.slice(next.end, adj.start))) return null;
      // "too ... to": a limit stated ("too heavy to lift"), not a verdict, unless nothing follows.
      if (next.norm === 'too' && toks[i + 3]?.norm === 'to') return null;
      return [t.start, adj.end, 'an intensified judgement in the author’s voice', 'intensified-predicate'];
    }
    // "are to be welcomed".
    if (next.norm === 'to' && toks[i + 2]?.norm === 'be' && PARTICIPLES.has(toks[i + 3]?.norm ?? ''))
      return [
        t.start,
        toks[i + 3].end,
        'a deontic passive of praise or blame: the author’s verdict',
        'deontic-passive',
      ];
    // "the old plan was better", "nothing is worse" (not "better known", "better off", "worse off").
    if (COMPARATIVES.has(next.norm)) {
      const after = toks[i + 2]?.norm ?? '';
      if (/^(known|off|placed|positioned|prepared|equipped|suited|able)$/.test(after) || /ed$/.test(after)) return null;
      return [t.start, next.end, 'a comparative verdict in the author’s voice', 'comparative-verdict'];
    }
    return null;
  }
  // "More questions go unasked", "the insult went unanswered": an omission the author remarks on.
  if (GO.has(t.norm) && RE_UN_PARTICIPLE.test(next.norm) && isLowerAt(text, toks, i + 1))
    return [t.start, next.end, 'an omission the author remarks on: a verdict, not a report', 'goes-undone'];
  // "needs its repayments suspended", "need the rules rewritten": what ought to be done to it.
  if (NEED.has(t.norm) && OWNERS.has(next.norm)) {
    for (let k = i + 2; k < toks.length && k <= i + 4; k++) {
      if (!isLowerAt(text, toks, k) || FUNCTION_WORDS.has(toks[k].norm)) return null;
      if (k === i + 2 || !RE_PARTICIPLE.test(toks[k].norm)) continue;
      const after = toks[k + 1];
      // A participle before its noun describes it ("needs the trained staff"); one closing the object prescribes.
      if (after && !VERDICT_BREAK.test(text.slice(toks[k].end, after.start)) && !FUNCTION_WORDS.has(after.norm))
        continue;
      return [
        t.start,
        toks[k].end,
        'the author says what ought to be done: a prescription, not a report',
        'needs-done',
      ];
    }
    return null;
  }
  // "needs reforming", "need rethinking".
  if (NEED.has(t.norm) && RE_ING_WORD.test(text.slice(next.start, next.end)) && next.norm.length > 5) {
    const after = toks[i + 2];
    // "needs funding for ...", "need housing": a noun in -ing, not a prescription of what to do.
    if (after && !VERDICT_BREAK.test(text.slice(next.end, after.start)) && !FUNCTION_WORDS.has(after.norm)) return null;
    if (after && /^(for|to|from|in|of|and|or)$/.test(after.norm)) return null;
    return [t.start, next.end, 'the author says what ought to happen: a prescription, not a report', 'needs-gerund'];
  }
  return null;
}

export function judgementStructures(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const classes = classesOf(doc);
  const { bits } = classes;
  const held = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    // No cue's first word (nor a copula and a word that may follow it) in the sentence: nothing to read.
    if (!(held[ix] & CUE_START || (held[ix] & COPULA && held[ix] & AFTER_COPULA))) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    const at = classes.at(ix);
    let reported: boolean | null = null;
    for (let i = 0; i < toks.length; i++) {
      const b = bits[at + i];
      if (!(b & CUE_START || (b & COPULA && i + 1 < toks.length && bits[at + i + 1] & AFTER_COPULA))) continue;
      const found = cueAt(text, toks, i);
      if (!found) continue;
      reported ??= anyOf(bits, at, at + toks.length, SAYS);
      if (reported) break;
      const [cueStart, cueEnd, reason, rule] = found;
      const from = verdictClauseStart(text, cueStart, s.start);
      const to = verdictClauseEnd(text, cueEnd, s.end);
      if (to <= from || regions.overlaps(from, to)) continue;
      drafts.push({
        start: from,
        end: to,
        kind: 'opinion',
        voice: 'author',
        reason,
        rules: [`judgement-structures/${rule}`],
      });
      while (i + 1 < toks.length && toks[i + 1].start < to) i++;
    }
  }
}
