/**
 * Verdicts and calls to action carried by a sentence's shape rather than a charged word (issue 16,
 * subjectivity on unseen text), each a named predicate, outside quotations and claim content and
 * outside sentences with a verb of saying:
 * - shellVerdict: a pronoun subject, a copula and an adjective before a shell noun ("this is a
 *   welcome step", "that is a bold claim", "it was a sad day", "these are worrying signs", "this
 *   is devastating news"): the adjective is the predicate; an
 *   adjective that classifies or measures ("the second step", "a public holiday") is no verdict;
 * - negatedDeonticPassive: "cannot be allowed to continue", "must not be ignored", "can never be
 *   forgiven": what may not be done, by the author's standard;
 * - readerImperative: a sentence that opens by telling the reader what not to do or think ("Don't
 *   believe the hype.", "Stop pretending ...", "Never mind the cost."), page furniture aside;
 * - extraposedJudgement: what is hard or easy to think or say ("it is hard to take them seriously",
 *   "it's no exaggeration to say"), not what is hard to reach or book;
 * - firstPersonFrame: "as far as I'm concerned", "let me be blunt", "I have my doubts";
 * - fragmentExclamation: a sentence that is only "At last.", "Finally.", "Not again.";
 * - prescriptiveFrame: "What the island needs is ...", "Now is the time to ...", "The least they
 *   can do is ...", "would do well to", "One can only hope ...";
 * - normativeDeserve: "voters deserve answers": what somebody is owed, in the present tense;
 * - reductiveVerdict: "little more than a photo op", "one long car crash", not a measure.
 *
 * Linear: one pass over each sentence's words; each predicate reads a fixed number of words.
 */
import type { Doc } from '../document';
import { FUNCTION_WORDS, REPORTED_VERBS } from '../data/caveat-words';
import {
  CLASSIFYING_ADJECTIVES,
  DEONTIC_PARTICIPLES,
  EXTRAPOSED_GRADES,
  EXTRAPOSED_VERBS,
  FIRST_PERSON_FRAMES,
  FRAGMENT_EXCLAMATIONS,
  FURNITURE_IMPERATIVES,
  MEASURE_UNITS,
  NO_NOUNS,
  OUTCOME_SHELLS,
  PLAIN_GRADES,
  SHELL_NOUNS,
} from '../data/verdict-fragments';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { VERDICT_BREAK, isLower, verdictClauseEnd, verdictClauseStart } from './clauses';
import { longestWords, sentenceWordsOf, triggerClass } from './sentence-words';
import { classesOf } from './word-classes';
import { isSpaceCode } from '../text/spaces';

const SHELLS = new Set(SHELL_NOUNS);
const CLASSIFYING = new Set(CLASSIFYING_ADJECTIVES);
const PLAIN = new Set(PLAIN_GRADES);
const OUTCOMES = new Set(OUTCOME_SHELLS);
/** Shell nouns without an article: "this is devastating news". */
const MASS_SHELLS = new Set(['news', 'progress']);
const PARTICIPLES = new Set(DEONTIC_PARTICIPLES);
const FURNITURE = new Set(FURNITURE_IMPERATIVES);
const GRADES = new Set(EXTRAPOSED_GRADES);
const MIND_VERBS = new Set(EXTRAPOSED_VERBS);
const NO_NOUN = new Set(NO_NOUNS);
const EXCLAMATIONS = FRAGMENT_EXCLAMATIONS.map((e) => e.split(' '));
const FRAMES = FIRST_PERSON_FRAMES.map((e) => e.split(' '));
const FRAME_FIRST = new Set(FRAMES.map((f) => f[0]));
/** "It is", "it's", "it would be", "it will be": the extraposition's copula after "it". */
const IT_COPULAS = new Set(['is', 'was', 'be']);
const PRONOUN_SUBJECTS = new Set(['this', 'that', 'it', 'which', 'these', 'those']);
const COPULAS = new Set(['is', 'was', 'are', 'were']);
const FUSED = new Set(["it's", "that's", 'this’s']);
const DEGREE = new Set(['very', 'truly', 'really', 'such', 'rather', 'quite', 'most', 'pretty']);
/** "cannot be", "must not be", "can never be": a negated modal before the passive. */
const NEGATED_MODALS = new Set(['cannot', "can't", "mustn't", "shouldn't", "musn't"]);
const MODALS = new Set(['can', 'must', 'should']);
const MODALS_BEFORE_BE = new Set(['would', 'will', 'might', 'could']);
const REPORTED = new Set([...REPORTED_VERBS, 'according', 'told', 'wrote', 'called', 'described']);
/** Words that may open a sentence before its imperative: "So don't ...", "And stop ...". */
const LEAD = new Set(['so', 'and', 'but', 'now', 'please', 'just']);
/** After "never": an inversion ("Never before has ..."), a time, not an order. */
const NOT_AFTER_NEVER = new Set(
  'before again has have had did was were is are will would could the a an in since once'.split(' '),
);

type Found = [from: number, to: number, reason: string, rule: string];
const RE_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
const breakBetween = (text: string, a: Token, b: Token) => VERDICT_BREAK.test(text.slice(a.end, b.start));

/** "this is a welcome step", "that's a bold claim", "it was a sad day for the island". */
export function shellVerdict(text: string, toks: Token[], c: number): Found | null {
  const t = toks[c];
  let subject: Token | undefined;
  if (FUSED.has(t.norm)) subject = t;
  else if (COPULAS.has(t.norm) && PRONOUN_SUBJECTS.has(toks[c - 1]?.norm ?? '')) subject = toks[c - 1];
  if (!subject) return null;
  let k = c + 1;
  // "a welcome step"; without the article a plural or mass shell ("worrying signs", "devastating news").
  const article = toks[k]?.norm === 'a' || toks[k]?.norm === 'an';
  if (article) k++;
  if (DEGREE.has(toks[k]?.norm ?? '')) k++;
  const adj = toks[k];
  const noun = toks[k + 1];
  if (!adj || !noun || CLASSIFYING.has(adj.norm) || FUNCTION_WORDS.has(adj.norm)) return null;
  const shell = article
    ? SHELLS.has(noun.norm)
    : MASS_SHELLS.has(noun.norm) || (noun.norm.endsWith('s') && SHELLS.has(noun.norm.slice(0, -1)));
  // "a bad day for the markets", "a strong start": how events went, not a verdict on a choice.
  if (!shell || (PLAIN.has(adj.norm) && OUTCOMES.has(noun.norm))) return null;
  if (!RE_WORD.test(adj.text) || !isLower(text, noun) || /ed$/.test(adj.norm)) return null;
  for (let j = c; j <= k; j++) if (breakBetween(text, toks[j], toks[j + 1])) return null;
  return [subject.start, noun.end, 'an evaluative predication: the author’s verdict, stated as fact', 'shell-verdict'];
}

/** "this cannot be allowed to continue", "the warning must not be ignored", "can never be forgiven". */
export function negatedDeonticPassive(toks: Token[], i: number): Found | null {
  const t = toks[i];
  let be = -1;
  if (NEGATED_MODALS.has(t.norm)) be = i + 1;
  else if (MODALS.has(t.norm) && (toks[i + 1]?.norm === 'not' || toks[i + 1]?.norm === 'never')) be = i + 2;
  if (be < 0 || toks[be]?.norm !== 'be' || !PARTICIPLES.has(toks[be + 1]?.norm ?? '')) return null;
  return [t.start, toks[be + 1].end, 'the author says what may not be done: a prescription, not a report', 'deontic'];
}

/** "Don't believe the hype.", "Stop pretending ...", "Never mind the cost.": the reader told what to do. */
export function readerImperative(text: string, toks: Token[], lead: number): Found | null {
  const first = toks[lead];
  const second = toks[lead + 1];
  if (!first || !second || !isLower(text, second) || breakBetween(text, first, second)) return null;
  let verb: Token | undefined;
  if (first.norm === "don't" || first.norm === 'never') verb = second;
  else if (first.norm === 'do' && second.norm === 'not') verb = toks[lead + 2];
  else if (first.norm === 'stop' && /\p{Ll}{3}ing$/u.test(second.norm)) verb = second;
  if (!verb || !isLower(text, verb) || FURNITURE.has(verb.norm) || NOT_AFTER_NEVER.has(verb.norm)) return null;
  // An imperative's verb is bare: "Never has ...", "Never seen ...", "Don't you think ...?" are not orders.
  if (first.norm !== 'stop' && /(?:ed|s)$/.test(verb.norm) && !/ss$/.test(verb.norm)) return null;
  if (verb.norm === 'you' || verb.norm === 'we') return null;
  return [first.start, verb.end, 'the author tells the reader what to do or think: a call to action', 'imperative'];
}

/** Does toks[i..] spell `words`? */
function spells(toks: Token[], i: number, words: string[]): boolean {
  for (let k = 0; k < words.length; k++) if (toks[i + k]?.norm !== words[k]) return false;
  return true;
}

/**
 * "It is hard to take the board seriously", "it's difficult to overstate", "it would be hard to
 * imagine", "it's no exaggeration to say", "it is no coincidence that": the author grades what can
 * be thought or said. A grade of access ("difficult to reach the island") is a fact.
 */
export function extraposedJudgement(toks: Token[], i: number): Found | null {
  if (toks[i].norm !== 'it' && toks[i].norm !== "it's") return null;
  let k = i + 1;
  if (toks[i].norm === 'it') {
    if (MODALS_BEFORE_BE.has(toks[k]?.norm ?? '') && toks[k + 1]?.norm === 'be') k += 2;
    else if (IT_COPULAS.has(toks[k]?.norm ?? '') && toks[k]?.norm !== 'be') k++;
    else return null;
  }
  if (toks[k]?.norm === 'no' && NO_NOUN.has(toks[k + 1]?.norm ?? '') && /^(that|to)$/.test(toks[k + 2]?.norm ?? '')) {
    // "no exaggeration to say": the verb of saying is the frame's own.
    const last = toks[k + 2].norm === 'to' && toks[k + 3] ? toks[k + 3] : toks[k + 1];
    return [toks[i].start, last.end, 'an extraposed judgement: the author’s verdict', 'extraposed'];
  }
  if (toks[k]?.norm === 'very' || toks[k]?.norm === 'so') k++;
  if (!GRADES.has(toks[k]?.norm ?? '') || toks[k + 1]?.norm !== 'to') return null;
  // "hard to see how ...", "easy to see why ...": a judgement; "difficult to see the island": sight.
  const mind =
    MIND_VERBS.has(toks[k + 2]?.norm ?? '') ||
    (toks[k + 2]?.norm === 'see' && /^(how|why|what|who|any)$/.test(toks[k + 3]?.norm ?? ''));
  if (!mind) return null;
  return [toks[i].start, toks[k + 2].end, 'an extraposed judgement: the author’s verdict', 'extraposed'];
}

/** "As far as I'm concerned", "Let me be blunt", "I have my doubts", "Count me among the sceptics". */
export function firstPersonFrame(toks: Token[], i: number): Found | null {
  if (!FRAME_FIRST.has(toks[i].norm)) return null;
  for (const f of FRAMES) {
    if (!spells(toks, i, f)) continue;
    // "Let me be" only before a word of manner ("blunt", "frank"): "let me be the first" is no frame.
    if (f[0] === 'let' && !/^(blunt|frank|honest|candid|direct|plain|brutal|clear)$/.test(toks[i + 3]?.norm ?? ''))
      return null;
    const last = toks[i + f.length - 1 + (f[0] === 'let' ? 1 : 0)];
    return [toks[i].start, last.end, 'a first-person frame: the author’s own view', 'first-person-frame'];
  }
  return null;
}

const CLEFT_DETERMINERS = new Set(['the', 'this', 'that', 'our', 'your', 'these', 'their', 'its', 'his', 'her']);
const CLEFT_VERBS = new Set(['needs', 'need', 'deserves', 'deserve', 'lacks', 'lack', 'requires', 'require']);
const CLEFT_ADVERBS = new Set(['now', 'really', 'most', 'badly', 'desperately', 'sorely']);
const ONLY_VERBS = new Set(['hope', 'wonder', 'imagine', 'guess', 'assume', 'speculate', 'pray']);

/**
 * What ought to be done, by frame: "What the island needs is ...", "Now is the time to ...", "The
 * time has come to ...", "The least the board can do is ...", "would do well to", "would be well
 * advised to", "One can only hope ...".
 */
const PRESCRIPTION = 'the author says what ought to happen: a prescription, not a report';
const PRESCRIPTIVE_FIRST = new Set(['what', 'now', 'the', 'would', 'one']);

function prescribed(toks: Token[], i: number, last: number): Found {
  return [toks[i].start, toks[last].end, PRESCRIPTION, 'prescriptive-frame'];
}

export function prescriptiveFrame(text: string, toks: Token[], i: number): Found | null {
  const t = toks[i].norm;
  if (!PRESCRIPTIVE_FIRST.has(t)) return null;
  if (t === 'what' && CLEFT_DETERMINERS.has(toks[i + 1]?.norm ?? '')) {
    for (let k = i + 2; k < toks.length && k <= i + 4; k++) {
      if (breakBetween(text, toks[k - 1], toks[k])) return null;
      if (!CLEFT_VERBS.has(toks[k].norm)) continue;
      let v = k + 1;
      if (CLEFT_ADVERBS.has(toks[v]?.norm ?? '')) v++;
      return toks[v]?.norm === 'is' || toks[v]?.norm === 'are' ? prescribed(toks, i, v) : null;
    }
    return null;
  }
  if (t === 'now' && spells(toks, i + 1, ['is', 'the', 'time', 'to'])) return prescribed(toks, i, i + 4);
  if (t === 'the' && spells(toks, i + 1, ['time', 'has', 'come', 'to'])) return prescribed(toks, i, i + 4);
  if (t === 'the' && toks[i + 1]?.norm === 'least') {
    for (let k = i + 3; k < toks.length && k <= i + 7; k++)
      if (/^(can|could)$/.test(toks[k].norm) && spells(toks, k + 1, ['do', 'is'])) return prescribed(toks, i, k + 2);
    return null;
  }
  if (t === 'would' && spells(toks, i + 1, ['do', 'well', 'to'])) return prescribed(toks, i, i + 3);
  if (t === 'would' && spells(toks, i + 1, ['be', 'well', 'advised', 'to'])) return prescribed(toks, i, i + 4);
  if (t === 'one' && spells(toks, i + 1, ['can', 'only']) && ONLY_VERBS.has(toks[i + 3]?.norm ?? ''))
    return prescribed(toks, i, i + 3);
  return null;
}

/** Words before "deserve" that ask, suppose or relativise it: "whether voters deserve", "those who deserve". */
const NOT_ASSERTED_BEFORE = new Set(['whether', 'if', 'who', 'that', 'which', 'what', 'how', 'why']);

/**
 * "Voters deserve answers", "the crews deserve our thanks": what somebody is owed, in the present
 * tense and the author's voice, is a normative claim (the past "deserved" may report a verdict).
 */
export function normativeDeserve(text: string, toks: Token[], i: number): Found | null {
  const t = toks[i].norm;
  if (t !== 'deserve' && t !== 'deserves') return null;
  const next = toks[i + 1];
  if (i === 0 || !next || !isLower(text, next) || breakBetween(text, toks[i], next)) return null;
  for (let k = i - 1; k >= 0 && i - k <= 3; k--) if (NOT_ASSERTED_BEFORE.has(toks[k].norm)) return null;
  return [toks[i].start, next.end, 'the author says what somebody is owed: a normative claim', 'deserve'];
}

/** "At last.", "Finally.", "Not again.": the whole sentence an exclamation of relief or exasperation. */
export function fragmentExclamation(text: string, toks: Token[], lead: number, end: number): Found | null {
  for (const e of EXCLAMATIONS) {
    if (toks.length - lead !== e.length || !spells(toks, lead, e)) continue;
    if (!/[.!]["'\u201d\u2019)]*\s*$/.test(text.slice(toks[toks.length - 1].end, end))) return null;
    return [toks[lead].start, end, 'an exclamation of the author’s relief or exasperation', 'exclamation'];
  }
  return null;
}

const UNITS = new Set(MEASURE_UNITS);
const REDUCTIVE_COPULAS = new Set(['is', 'was', 'are', 'were', 'been', 'be', "it's", "that's"]);
const ONE_SIZES = new Set(['long', 'big', 'giant', 'massive', 'huge']);

/**
 * "The summit was little more than a photo op", "his tenure has been one long car crash", "the
 * budget is one big giveaway": a copula that reduces its subject to one thing is a verdict; a
 * number or a unit after it measures ("little more than an hour", "one long day").
 */
export function reductiveVerdict(text: string, toks: Token[], i: number): Found | null {
  if (!REDUCTIVE_COPULAS.has(toks[i].norm)) return null;
  let k = i + 1;
  if (spells(toks, k, ['little', 'more', 'than'])) k += 3;
  else if (toks[k]?.norm === 'one' && ONE_SIZES.has(toks[k + 1]?.norm ?? '')) k += 2;
  else return null;
  if (toks[k]?.norm === 'a' || toks[k]?.norm === 'an') k++;
  const head = toks[k];
  if (!head || !isLower(text, head) || isNumberWord(head) || UNITS.has(head.norm) || FUNCTION_WORDS.has(head.norm))
    return null;
  for (let j = i; j < k; j++) if (breakBetween(text, toks[j], toks[j + 1])) return null;
  // "one long day of talks": a unit anywhere in the next two words measures.
  if (UNITS.has(toks[k + 1]?.norm ?? '')) return null;
  return [toks[i].start, head.end, 'a reductive verdict: the author’s judgement, stated as fact', 'reductive'];
}
const isNumberWord = (t: Token) =>
  /^\d/.test(t.norm) || /^(one|two|three|four|five|six|seven|eight|nine|ten|few|several)$/.test(t.norm);

/** Words that can open a per-word shape (shell, deontic passive, extraposition, frame, prescription, "deserve"). */
const SHAPE_FIRST = new Set([
  ...FUSED,
  ...COPULAS,
  ...NEGATED_MODALS,
  ...MODALS,
  'it',
  ...FRAME_FIRST,
  ...PRESCRIPTIVE_FIRST,
  'deserve',
  'deserves',
  ...REDUCTIVE_COPULAS,
]);

/** A word without which the shape cannot match, of every per-word shape (caveats/sentence-words.ts). */
const SHAPE_WORD = triggerClass([
  // shellVerdict's noun: a shell, its plural, a mass shell.
  ...SHELLS,
  ...SHELL_NOUNS.map((n) => `${n}s`),
  ...MASS_SHELLS,
  ...PARTICIPLES,
  // extraposedJudgement's "no" noun or grade.
  ...NO_NOUN,
  ...GRADES,
  ...longestWords(FIRST_PERSON_FRAMES),
  // prescriptiveFrame's verb of a cleft, "time" (to), "the least", "(do) well to", "can only".
  ...CLEFT_VERBS,
  'time',
  'least',
  'well',
  'only',
  'deserve',
  'deserves',
  // reductiveVerdict's "little more than", "one long ...".
  'little',
  ...ONE_SIZES,
]);
/** What readerImperative's first word is. */
const ORDER_WORD = triggerClass(["don't", 'never', 'do', 'stop']);
/** A sentence of more words than this (lead words and an exclamation) is no fragmentExclamation. */
const MAX_EXCLAMATION_SENTENCE = Math.max(...EXCLAMATIONS.map((e) => e.length)) + 2;
const FIRST_WORD = triggerClass(SHAPE_FIRST);
const SAYING_WORD = triggerClass(REPORTED);

export function verdictShapes(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const title = doc.titleRange;
  const words = sentenceWordsOf(doc);
  const bits = words.bits;
  const classes = classesOf(doc);
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    const s = doc.sentences[ix];
    if (title && s.start >= title.start && s.end <= title.end) continue;
    const count = words.counts[ix];
    if (count === 0) continue;
    // Most sentences hold no word a shape needs, and no order or exclamation opens them: passed over unread.
    const shapes = words.triggers[ix] & SHAPE_WORD;
    if (shapes === 0 && !(words.triggers[ix] & ORDER_WORD) && count > MAX_EXCLAMATION_SENTENCE) continue;
    const toks = doc.words.sentence(ix, s.start, s.end);
    const at = classes.at(ix);
    let lead = 0;
    while (lead < toks.length - 2 && lead < 2 && LEAD.has(toks[lead].norm)) lead++;
    let end = s.end;
    while (end > s.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const found: Found[] = [];
    const order = readerImperative(text, toks, lead) ?? fragmentExclamation(text, toks, lead, end);
    if (order) found.push(order);
    else if (shapes === 0) continue;
    // A verb of saying makes the sentence reported speech, unless it is a cue's own ("Don't believe
    // ...", "it's no exaggeration to say"): each word is checked once, as the scan passes it.
    let reported = false;
    for (let i = 0; i < toks.length && !reported; i++) {
      if (order && toks[i].end <= order[1]) continue;
      // Most words open none of the shapes: one bit rules them out (and every word where the
      // sentence lacks the words the shapes need).
      if (shapes === 0 || !(bits[at + i] & FIRST_WORD)) {
        reported = (bits[at + i] & SAYING_WORD) !== 0;
        continue;
      }
      const f =
        shellVerdict(text, toks, i) ??
        negatedDeonticPassive(toks, i) ??
        extraposedJudgement(toks, i) ??
        firstPersonFrame(toks, i) ??
        prescriptiveFrame(text, toks, i) ??
        normativeDeserve(text, toks, i) ??
        reductiveVerdict(text, toks, i);
      if (!f) {
        reported = (bits[at + i] & SAYING_WORD) !== 0;
        continue;
      }
      found.push(f);
      while (i + 1 < toks.length && toks[i + 1].start < f[1]) i++;
    }
    if (reported || found.length === 0) continue;
    for (const [cueStart, cueEnd, reason, rule] of found) {
      const from = verdictClauseStart(text, cueStart, s.start);
      const to = Math.max(cueEnd, verdictClauseEnd(text, cueEnd, s.end));
      if (to <= from || regions.overlaps(from, to)) continue;
      drafts.push({
        start: from,
        end: to,
        kind: 'opinion',
        voice: 'author',
        reason,
        rules: [`verdict-shapes/${rule}`],
      });
    }
  }
}
