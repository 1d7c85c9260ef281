/**
 * Verdicts of measure (CheckThat subjectivity recall on unseen text, issue 16): the writer weighs a
 * thing against what it should be, with no evaluative word to catch.
 * - measure-verdicts/short-of-need: an amount judged short, "enough" closing its clause after a
 *   negating degree and a copula or "do": "The pay rise is not nearly enough.", "The fine is
 *   nowhere near enough.", "The state is not doing enough to help." (the copula form only at the
 *   clause's end: "was not enough to convict him" states a threshold).
 * - measure-verdicts/past-the-limit: "go" past a limit, "too far" closing its clause or before
 *   "in"/"by"/"with": "The new law goes too far.", "went much too far in restricting ...".
 * - measure-verdicts/fit: "make sense" graded or bare: "The merger makes perfect sense.", "It
 *   would make far more sense to fix the roads."; "make sense of" (understanding) stays quiet.
 * Outside quotations and claim content and not in a sentence with a verb of saying; kind opinion,
 * the caveat runs from the verb to the last word of the shape.
 *
 * Linear: sentences without "enough", "far" or "sense" are passed over by their bits.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { FAR_DEGREES, GO_FORMS, MAKE_FORMS, SENSE_GRADES, SHORT_DEGREES, SHORT_VERBS } from '../data/measure-verdicts';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { SAYING_WORDS, eachTriggeredSentence, pushAuthorOpinion, triggerClass } from './sentence-words';

const SHORT = new Set([
  ...SHORT_DEGREES,
  'nowhere',
  'simply',
  'still',
  'just',
  'clearly',
  'even',
  'remotely',
  'close',
  'far',
  'from',
  'doing',
  'do',
]);
const SHORT_HEADS = new Set(SHORT_VERBS);
const NEGATORS = new Set(['not', 'nowhere', 'hardly', 'barely', 'scarcely', 'never', 'far']);
const GO = new Set(GO_FORMS);
const FAR = new Set(FAR_DEGREES);
const MAKE = new Set(MAKE_FORMS);
const GRADES = new Set(SENSE_GRADES);
const DO_FORMS = new Set(['doing', 'do', 'does', 'did', 'done']);
const TRIGGER = triggerClass(['enough', 'far', 'sense']);
const REASON = {
  short: 'a verdict of measure (“not nearly enough”): the author judges the amount against what is needed',
  far: 'a verdict of measure (“goes too far”): the author judges where the limit should be',
  fit: 'a verdict of fit (“makes perfect sense”): the author judges what is reasonable',
};

const negates = (t: Token) => NEGATORS.has(t.norm) || t.norm.endsWith("n't");

/** Does the clause end after `text[at]` (a stop, a comma, a dash, the sentence's end)? */
function clauseEnds(text: string, at: number, end: number): boolean {
  return /^\s*(?:[.!?;,:\u2014\u2013]|$)/.test(text.slice(at, Math.min(end, at + 4)));
}

export function measureVerdicts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  eachTriggeredSentence(doc, TRIGGER, SAYING_WORDS, (toks, s) => {
    for (let i = 1; i < toks.length; i++) {
      const w = toks[i].norm;
      let from = -1;
      let why: keyof typeof REASON = 'short';
      if (w === 'enough') from = shortOfNeed(text, toks, i, s.end);
      else if (w === 'far' && toks[i - 1].norm === 'too') {
        why = 'far';
        from = pastTheLimit(text, toks, i, s.end);
      } else if (w === 'sense') {
        why = 'fit';
        from = fit(toks, i);
      }
      if (from >= 0)
        pushAuthorOpinion(drafts, regions, toks, from, i, REASON[why], `measure-verdicts/${ruleName(why)}`);
    }
  });
}

const ruleName = (why: keyof typeof REASON) =>
  why === 'short' ? 'short-of-need' : why === 'far' ? 'past-the-limit' : 'fit';

/** Rule measure-verdicts/short-of-need: the index of the copula or "do" before "enough" at `i`, or -1. */
function shortOfNeed(text: string, toks: readonly Token[], i: number, end: number): number {
  let k = i - 1;
  let negated = false;
  let did = false;
  while (k >= 0 && i - k <= 6 && SHORT.has(toks[k].norm) && !SHORT_HEADS.has(toks[k].norm)) {
    if (negates(toks[k])) negated = true;
    if (DO_FORMS.has(toks[k].norm)) did = true;
    k--;
  }
  if (k < 1 || !SHORT_HEADS.has(toks[k].norm)) return -1;
  if (negates(toks[k])) negated = true;
  if (DO_FORMS.has(toks[k].norm)) did = true;
  // "is not doing enough", "has not done enough": the negation before the verb of doing.
  if (did && !negated && k >= 2 && negates(toks[k - 1])) {
    negated = true;
    k--;
    if (k >= 2 && /^(?:is|are|was|were|has|have|had)$/.test(toks[k - 1].norm)) k--;
  }
  // "far" negates only as "far from enough".
  if (!negated || (toks.slice(k, i).some((t) => t.norm === 'far') && !toks.slice(k, i).some((t) => t.norm === 'from')))
    return -1;
  const next = toks[i + 1];
  if (clauseEnds(text, toks[i].end, end)) return k;
  // "is not doing enough to help": what is done falls short of a purpose.
  return did && next?.norm === 'to' && next.start - toks[i].end <= 1 ? k : -1;
}

/** Rule measure-verdicts/past-the-limit: the index of "go" before "too far" at `i`, or -1. */
function pastTheLimit(text: string, toks: readonly Token[], i: number, end: number): number {
  let k = i - 2;
  while (k >= 0 && i - k <= 5 && FAR.has(toks[k].norm)) k--;
  if (k < 1 || !GO.has(toks[k].norm)) return -1;
  const next = toks[i + 1]?.norm;
  if (clauseEnds(text, toks[i].end, end) || next === 'in' || next === 'by' || next === 'with') return k;
  return -1;
}

/** Rule measure-verdicts/fit: the index of "make" before "sense" at `i`, or -1 ("make sense of" is understanding). */
function fit(toks: readonly Token[], i: number): number {
  if (toks[i + 1]?.norm === 'of') return -1;
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && GRADES.has(toks[k].norm)) k--;
  if (k < 1 || !MAKE.has(toks[k].norm)) return -1;
  return k;
}
