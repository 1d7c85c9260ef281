/**
 * Verdicts carried by a rhetorical shape (CheckThat subjectivity recall classes), each outside
 * quotations and claim content and outside sentences with a verb of saying, so reported speech
 * stays the speaker's:
 * - a copula or modal with "hardly": "the plan is hardly a solution", "could hardly be worse";
 *   not a measure of amount or frequency ("hardly any", "hardly ever", "hardly 20 percent");
 * - a negated escalation: "the levy doesn't just burden the bakers", "did not merely delay"; not
 *   "only" ("didn't only stop on Sundays" states a fact) and not a verbless "not just X but Y";
 * - an "If only ..." wish: clause-initial, a subject next and an unreal past or modal in its
 *   clause ("If only the council had listened"); not "if only one candidate qualifies", "if only to";
 * - "we can do better": a modal and "do better" ("the county could do better");
 * - a report belittled: "the code merely notes", "the guidance just says" (not "just said", recent
 *   news, nor "doesn't just say", an escalation). The verb of saying is the cue here, so this one
 *   shape is read in a sentence with a verb of saying, and takes only the words up to that verb
 *   (what follows is the text's own content);
 * - a characterisation endorsed: "The brochure calls the pier a triumph of design, and it is." A
 *   sentence that ends in ", and it is." after a verb of characterising (data/caveat-senses.ts);
 *   not ", and it did." after a plan, a confirmation of an event;
 * - a feasibility asserted: "the old depot could easily house every bus" (a modal, "easily" and a
 *   verb); not "easily won", a result that happened, "can easily be seen", a passive of
 *   perception, nor after a verb or noun of saying ("an alert that the plague could easily spread").
 * Each takes its clause, from the clause start to the next clause break, kind opinion.
 *
 * Linear: a sentence without a trigger word is passed over by its bits; then one pass over its words.
 */
import type { Doc } from '../document';
import { REPORTED_VERBS } from '../data/caveat-words';
import { CHARACTERISE } from '../data/caveat-senses';
import {
  BELITTLED_REPORTS,
  BELITTLED_REPORTS_PAST,
  BETTER_MODALS,
  EASE_MODALS,
  ESCALATION_ADVERBS,
  ESCALATION_AUXILIARIES,
  ESCALATION_NEGATIONS,
  HARDLY_COPULAS,
  HARDLY_MEASURES,
  HARDLY_MODALS,
  WISH_SUBJECTS,
  WISH_VERBS,
} from '../data/rhetorical-verdicts';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import {
  VERDICT_BREAK,
  isClauseInitial,
  isNumber,
  reportedBefore,
  verdictClauseEnd,
  verdictClauseStart,
} from './clauses';
import { anyOf, classesOf, wordClass } from './word-classes';
import { sentenceWordsOf, triggerClass } from './sentence-words';

const COPULAS = new Set(HARDLY_COPULAS);
const MODALS = new Set(HARDLY_MODALS);
const MEASURES = new Set(HARDLY_MEASURES);
const NEGATIONS = new Set(ESCALATION_NEGATIONS);
const AUXILIARIES = new Set(ESCALATION_AUXILIARIES);
const ADVERBS = new Set(ESCALATION_ADVERBS);
const SUBJECTS = new Set(WISH_SUBJECTS);
const WISHES = new Set(WISH_VERBS);
const BETTER = new Set(BETTER_MODALS);
const EASE = new Set(EASE_MODALS);
const BELITTLED = new Set(BELITTLED_REPORTS);
const BELITTLED_PAST = new Set(BELITTLED_REPORTS_PAST);

/** The cue words: every rule here needs one of them (its rarest word), so a sentence without is passed over. */
const TRIGGER = triggerClass(['hardly', ...ESCALATION_ADVERBS, 'only', 'better', 'easily']);
const SAYS = wordClass(REPORTED_VERBS);

type Found = [from: number, to: number, reason: string, rule: string];

/** No clause break between toks[a] and toks[b] (b = a + 1). */
const joined = (text: string, toks: Token[], a: number) =>
  toks[a + 1] !== undefined && !VERDICT_BREAK.test(text.slice(toks[a].end, toks[a + 1].start));

function hardly(text: string, toks: Token[], i: number): Found | null {
  const prev = toks[i - 1];
  if (!prev || !joined(text, toks, i - 1) || !joined(text, toks, i)) return null;
  let next = i + 1;
  if (MODALS.has(prev.norm)) {
    // "could hardly be worse": the modal's "be" is the copula.
    if (toks[next].norm !== 'be' || !joined(text, toks, next)) return null;
    next++;
  } else if (!COPULAS.has(prev.norm)) return null;
  const after = toks[next];
  if (MEASURES.has(after.norm) || isNumber(after)) return null;
  return [prev.start, after.end, 'a verdict by understatement ("hardly a solution"): the author’s view', 'hardly'];
}

function escalation(text: string, toks: Token[], i: number): Found | null {
  const prev = toks[i - 1];
  if (!prev || !joined(text, toks, i - 1) || !joined(text, toks, i)) return null;
  let from = i - 1;
  if (prev.norm === 'not') {
    if (!toks[i - 2] || !AUXILIARIES.has(toks[i - 2].norm)) return null;
    from = i - 2;
  } else if (!NEGATIONS.has(prev.norm)) return null;
  const verb = toks[i + 1];
  if (isNumber(verb) || !/^\p{Ll}/u.test(text[verb.start])) return null;
  return [toks[from].start, verb.end, 'an escalation ("doesn’t just X"): the author raises the charge', 'escalation'];
}

function wish(text: string, toks: Token[], i: number, sentenceStart: number): Found | null {
  if (i < 1 || toks[i - 1].norm !== 'if' || !isClauseInitial(text, toks, i - 1, sentenceStart)) return null;
  if (!joined(text, toks, i) || !SUBJECTS.has(toks[i + 1].norm)) return null;
  // The wish's unreal past or modal, in its clause: "had listened", "were", "would".
  for (let k = i + 2; k < toks.length && k <= i + 8; k++) {
    if (WISHES.has(toks[k].norm))
      return [toks[i - 1].start, toks[k].end, 'a wish ("If only ..."): the author’s regret', 'if-only'];
    if (!joined(text, toks, k - 1)) return null;
  }
  return null;
}

function doBetter(text: string, toks: Token[], i: number): Found | null {
  if (i < 2 || toks[i - 1].norm !== 'do' || !joined(text, toks, i - 2) || !joined(text, toks, i - 1)) return null;
  let m = i - 2;
  if (toks[m].norm === 'to' && toks[m - 1]?.norm === 'ought') m--;
  if (!BETTER.has(toks[m].norm)) return null;
  return [toks[m].start, toks[i].end, 'a call to "do better": the author’s verdict on what was done', 'do-better'];
}

/** "merely notes", "just says": the adverb, then a verb of report it belittles. */
function belittled(text: string, toks: Token[], i: number): Found | null {
  const adverb = toks[i].norm;
  if ((adverb !== 'merely' && adverb !== 'just') || !joined(text, toks, i)) return null;
  const verb = toks[i + 1].norm;
  if (!BELITTLED.has(verb) && !(adverb === 'merely' && BELITTLED_PAST.has(verb))) return null;
  // "doesn't just say", "not merely noted": an escalation (or nothing), not a belittling.
  const prev = toks[i - 1]?.norm ?? '';
  if (prev === 'not' || NEGATIONS.has(prev)) return null;
  return [
    toks[i].start,
    toks[i + 1].end,
    'a report belittled ("merely notes"): the author’s verdict on it',
    'belittled-report',
  ];
}

/** "could easily house": a modal, "easily", a lower-case verb. */
function easily(text: string, toks: Token[], i: number): Found | null {
  const modal = toks[i - 1];
  if (!EASE.has(modal.norm) || !joined(text, toks, i - 1) || !joined(text, toks, i)) return null;
  const verb = toks[i + 1];
  // "can easily be seen with the naked eye": a passive of perception states what is visible.
  if (verb.norm === 'be' || isNumber(verb) || !/^\p{Ll}/u.test(text[verb.start])) return null;
  // "put on alert that the plague could easily spread": somebody's reported fear, not the author's view.
  if (reportedBefore(toks, i)) return null;
  return [
    modal.start,
    verb.end,
    'a feasibility the author asserts (“could easily”): a view, not a report',
    'could-easily',
  ];
}

function cueAt(text: string, toks: Token[], i: number, sentenceStart: number): Found | null {
  switch (toks[i].norm) {
    case 'hardly':
      return hardly(text, toks, i);
    case 'only':
      return wish(text, toks, i, sentenceStart);
    case 'better':
      return doBetter(text, toks, i);
    case 'easily':
      return easily(text, toks, i);
    default:
      return ADVERBS.has(toks[i].norm) ? escalation(text, toks, i) : null;
  }
}

/** The end of a sentence that endorses what it reports: ", and it is." (the comma may sit in the quote's marks). */
const ENDORSED_END =
  /,["'\u201d\u2019]*\s+(and\s+(?:it|he|she|they|that)\s+(?:is|was|are|were))[.!]?["'\u201d\u2019)]*\s*$/i;
/** How far before the sentence end the endorsement is looked for, in characters. */
const ENDORSED_REACH = 40;

/** ", and it is." closing a sentence with a verb of characterising before it: the span of "and it is". */
function endorsedReport(doc: Doc, ix: number): [number, number] | null {
  const s = doc.sentences[ix];
  const from = Math.max(s.start, s.end - ENDORSED_REACH);
  const m = ENDORSED_END.exec(doc.text.slice(from, s.end));
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  for (const t of doc.words.range(s.start, start)) if (CHARACTERISE.has(t.norm)) return [start, start + m[1].length];
  return null;
}

export function rhetoricalVerdicts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const words = sentenceWordsOf(doc);
  const classes = classesOf(doc);
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    const endorsed = endorsedReport(doc, ix);
    if (endorsed && !regions.overlaps(endorsed[0], endorsed[1]))
      drafts.push({
        start: endorsed[0],
        end: endorsed[1],
        kind: 'opinion',
        voice: 'author',
        reason: 'the author endorses the characterisation just reported (“…, and it is”)',
        rules: ['rhetorical-verdicts/endorsed-report'],
      });
    if (!(words.triggers[ix] & TRIGGER)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    const at = classes.at(ix);
    // A verb of saying anywhere in the sentence: the shape is somebody's reported words, but for
    // a belittled report, whose verb of saying is the cue.
    const says = anyOf(classes.bits, at, at + toks.length, SAYS);
    for (let i = 1; i < toks.length; i++) {
      const report = belittled(text, toks, i);
      const found = report ?? (says ? null : cueAt(text, toks, i, s.start));
      if (!found) continue;
      const [cueStart, cueEnd, reason, rule] = found;
      const from = verdictClauseStart(text, cueStart, s.start);
      const to = report ? cueEnd : verdictClauseEnd(text, cueEnd, s.end);
      if (to <= from || regions.overlaps(from, to)) continue;
      drafts.push({
        start: from,
        end: to,
        kind: 'opinion',
        voice: 'author',
        reason,
        rules: [`rhetorical-verdicts/${rule}`],
      });
      while (i + 1 < toks.length && toks[i + 1].start < to) i++;
    }
  }
}
