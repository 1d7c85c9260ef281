/**
 * Verdicts that the other structural scans do not reach (issue 16, subjectivity on unseen text),
 * each a named predicate over one sentence's words, outside quotations and claim content and
 * outside sentences with a verb of saying, so reported speech stays the speaker's:
 * - linkingVerdict: a subject, a linking verb other than "be" ("become", "remain", "prove", "turn
 *   into", "amount to") and an evaluative head within four words: "the inquiry has become a
 *   circus", "the plan amounts to a giveaway"; "be" itself takes the few heads added here ("the
 *   talks were a train wreck");
 * - verblessVerdict: a short sentence without a verb that dismisses or understates ("Not a good
 *   look.", "Talk about bad timing.", "Another week, another U-turn."), or a verdict word alone
 *   ("Typical.", "Wrong again.");
 * - exclamativeOpener: an attitude adjective before "how" or "that" with its "it is" left out
 *   ("Funny how that works.", "Strange that nobody asked.");
 * - gradingAside: an aside that grades the person it interrupts (", ever the diplomat,", "to
 *   nobody's surprise");
 * - sarcasticFrame: praise or thanks that mean blame ("in its infinite wisdom", "nothing says
 *   thrift like a new yacht", "thanks for nothing", "Oh, the irony.").
 * A verbless sentence needs no verb to be a claim: "Not a single vote was cast" has one and stays
 * a report (the old "not a single" opener of data/opinion-structures.ts read it as a verdict).
 *
 * Linear: one pass over each sentence's words; each predicate looks at most a fixed number of
 * words around its cue.
 */
import type { Doc } from '../document';
import { EVALUATIVE_PREDICATES } from '../data/opinion-structures';
import {
  EXCLAMATIVE_ADJECTIVES,
  EXTRA_VERDICT_HEADS,
  GRADING_ASIDES,
  LINKING_VERBS,
  LITERAL_AFTER_LINKING,
  NEGATED_OPENERS,
  ONE_WORD_VERDICTS,
  WISDOM_DEGREES,
  WISDOM_OWNERS,
} from '../data/verdict-fragments';
import { REPORTED_VERBS } from '../data/caveat-words';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { VERDICT_BREAK, verdictClauseEnd, verdictClauseStart } from './clauses';
import { longestWords, sentenceWordsOf, triggerClass } from './sentence-words';
import { anyOf, classesOf } from './word-classes';
import { isSpaceCode } from '../text/spaces';

const literal = new Set(LITERAL_AFTER_LINKING);
const LINKING_HEADS = new Set([...EVALUATIVE_PREDICATES.filter((w) => !literal.has(w)), ...EXTRA_VERDICT_HEADS]);
const COPULA_HEADS = new Set(EXTRA_VERDICT_HEADS);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "isn't", "aren't", "wasn't", "weren't"]);
/** Linking verbs by their first word, each as its words. */
const LINKING = new Map<string, string[][]>();
for (const v of LINKING_VERBS.map((e) => e.split(' '))) LINKING.set(v[0], [...(LINKING.get(v[0]) ?? []), v]);
const EXCLAMATIVES = new Set(EXCLAMATIVE_ADJECTIVES);
const ALONE = new Set(ONE_WORD_VERDICTS);
const OWNERS = new Set(WISDOM_OWNERS);
const WISDOM_DEGREE = new Set(WISDOM_DEGREES);
const NEGATED = new Set(NEGATED_OPENERS);
/** What may follow "not" / "hardly" in an understatement: "Not a ...", "Hardly the ...", "Not exactly ...". */
const AFTER_NEGATION = new Set(['a', 'an', 'the', 'exactly', 'quite', 'much', 'so', 'what', 'entirely']);
/** Words a one-word verdict may carry: "Wrong again.", "Typical, really." */
const VERDICT_TAIL = new Set(['again', 'really', 'indeed', 'stuff', 'as', 'ever', 'of', 'course', 'then', 'too']);
const ASIDES = GRADING_ASIDES.map((a) => a.split(' '));
const ASIDE_FIRST = new Set(ASIDES.map((a) => a[0]));
/** Asides that need a comma (or the sentence start) before them: "than ever the city" is no aside. */
const AFTER_COMMA = new Set(['ever the', 'never one to', 'always one to', 'true to form']);
/** Words that may open a sentence before its fragment: "And talk about bad timing." */
const LEAD = new Set(['so', 'and', 'but', 'well', 'oh', 'yes', 'then']);
/** Verbs that make a sentence a clause, not a fragment: auxiliaries, copulas, modals. */
const FINITE = new Set(
  (
    'is are was were be been being am has have had do does did will would can could shall should may might must ' +
    "it's that's there's he's she's they're we're i'm what's who's won't"
  ).split(' '),
);
/** Subjects of a predication within four words before its verb: a pronoun, a determiner, a name. */
const DEFINITE = new Set('this that these those it he she they the his her its their our which who what'.split(' '));
const PREDICATE_STOP = new Set(
  'of to that than in on for with by from at as and or because when if who which while about after before'.split(' '),
);
const REPORTED = new Set([...REPORTED_VERBS, 'according', 'told', 'wrote', 'called', 'described']);

const MAX_FRAGMENT_WORDS = 8;

/**
 * Words without which a rule cannot match, each rule's own class (caveats/sentence-words.ts): a
 * sentence with none of them and too long for a fragment is passed over unread.
 */
const HEAD_WORD = triggerClass(LINKING_HEADS);
const LINKING_WORD = triggerClass([...LINKING.keys(), ...COPULAS]);
const SARCASM_WORD = triggerClass(['wisdom', 'nothing', 'thanks', 'oh']);
const ASIDE_WORD = triggerClass(longestWords(GRADING_ASIDES));
const EXCLAMATIVE_WORD = triggerClass(EXCLAMATIVES);
/** How far after a linking verb's first word its head may stand: its longest verb's words and four. */
const LINKING_REACH = Math.max(...LINKING_VERBS.map((v) => v.split(' ').length)) + 4;
/** A sentence longer than this (lead words and a fragment) holds no verbless fragment. */
const MAX_FRAGMENT_SENTENCE = MAX_FRAGMENT_WORDS + 2;
const isCap = (text: string, t: Token) => /^\p{Lu}/u.test(text[t.start]);
const breakBetween = (text: string, a: Token, b: Token) => VERDICT_BREAK.test(text.slice(a.end, b.start));

type Found = [from: number, to: number, reason: string, rule: string];

/** The words of a linking verb at toks[i] ("turned into" is two), or 0. */
const NO_VERBS: readonly (readonly string[])[] = [];
function linkingAt(toks: Token[], i: number): number {
  for (const v of LINKING.get(toks[i].norm) ?? NO_VERBS) {
    let k = 0;
    while (k < v.length && toks[i + k]?.norm === v[k]) k++;
    if (k === v.length) return k;
  }
  return 0;
}

/** "the inquiry has become a circus", "the talks were a train wreck": subject, linking verb, evaluative head. */
export function linkingVerdict(text: string, toks: Token[], i: number): Found | null {
  const n = linkingAt(toks, i);
  const copula = n === 0 && COPULAS.has(toks[i].norm);
  if (n === 0 && !copula) return null;
  const heads = copula ? COPULA_HEADS : LINKING_HEADS;
  let subject = -1;
  for (let k = i - 1; k >= 0 && i - k <= 4; k--) {
    if (toks[k].norm === 'there' || toks[k].norm === 'if' || toks[k].norm === 'whether') return null;
    if (breakBetween(text, toks[k], toks[k + 1])) break;
    if (DEFINITE.has(toks[k].norm) || isCap(text, toks[k])) subject = k;
  }
  if (subject < 0) return null;
  const from = i + Math.max(n, 1);
  for (let h = from; h < toks.length && h - from < 4; h++) {
    if (breakBetween(text, toks[h - 1], toks[h])) return null;
    if (PREDICATE_STOP.has(toks[h].norm)) return null;
    if (heads.has(toks[h].norm) && !isCap(text, toks[h]))
      return [
        toks[subject].start,
        toks[h].end,
        'an evaluative predication: the author’s verdict, stated as fact',
        copula ? 'verdict-head' : 'linking-verdict',
      ];
  }
  return null;
}

/** Does the sentence from word `lead` on have no finite verb (auxiliary, copula, modal or past tense)? */
function verbless(toks: Token[], lead: number): boolean {
  for (let k = lead; k < toks.length; k++) {
    if (FINITE.has(toks[k].norm)) return false;
    // A past tense ("200 people evacuated on Sunday"); a participle before its noun ("mixed messages") is no verb.
    const next = toks[k + 1];
    if (/[a-z]{2}ed$/.test(toks[k].norm) && (!next || PREDICATE_STOP.has(next.norm))) return false;
  }
  return true;
}

/** "Not a good look.", "Talk about bad timing.", "Another week, another U-turn.", "Typical.", "Wrong again." */
export function verblessVerdict(text: string, toks: Token[], lead: number, end: number): Found | null {
  const words = toks.length - lead;
  if (words > MAX_FRAGMENT_WORDS || !verbless(toks, lead)) return null;
  // An exclamation or a full stop closes a fragment; a heading or a list item has neither.
  if (!/[.!]["'\u201d\u2019)]*\s*$/.test(text.slice(toks[toks.length - 1].end, end + 1))) return null;
  const first = toks[lead];
  const second = toks[lead + 1];
  const span: Found = [first.start, end, 'a verbless dismissal or understatement: the author’s verdict', 'verbless'];
  if (NEGATED.has(first.norm) && second && AFTER_NEGATION.has(second.norm) && words >= 3) return span;
  if (first.norm === 'talk' && second?.norm === 'about' && words >= 3) return span;
  if (first.norm === 'another') {
    for (let k = lead + 2; k < toks.length; k++)
      if (toks[k].norm === 'another' && /,/.test(text.slice(toks[k - 1].end, toks[k].start))) return span;
  }
  if (ALONE.has(first.norm) && words <= 3 && toks.slice(lead + 1).every((t) => VERDICT_TAIL.has(t.norm)))
    return [first.start, end, 'a verdict standing alone as a sentence: the author’s comment', 'verdict-alone'];
  return null;
}

/** "Funny how that works.", "Strange that nobody asked.": an exclamative with its "it is" left out. */
export function exclamativeOpener(text: string, toks: Token[], lead: number, end: number): Found | null {
  const adj = toks[lead];
  const next = toks[lead + 1];
  if (!adj || !next || !EXCLAMATIVES.has(adj.norm) || !isCap(text, adj)) return null;
  if ((next.norm !== 'how' && next.norm !== 'that') || breakBetween(text, adj, next)) return null;
  // "Strange that" needs a clause after it: at least two words.
  if (toks.length - lead < 4) return null;
  return [adj.start, end, 'an exclamation of the author’s attitude: a comment, not a report', 'exclamative'];
}

/** ", ever the diplomat,", ", never one to ...", "to nobody's surprise": an aside that grades. */
export function gradingAside(text: string, toks: Token[], i: number, sentenceStart: number, end: number): Found | null {
  if (!ASIDE_FIRST.has(toks[i].norm)) return null;
  for (const a of ASIDES) {
    let k = 0;
    while (k < a.length && toks[i + k]?.norm === a[k]) k++;
    if (k < a.length) continue;
    if (AFTER_COMMA.has(a.join(' '))) {
      const before = i === 0 ? text.slice(sentenceStart, toks[i].start) : text.slice(toks[i - 1].end, toks[i].start);
      if (i > 0 && !/,/.test(before)) continue;
    }
    const to = verdictClauseEnd(text, toks[i + a.length - 1].end, end);
    return [toks[i].start, to, 'an aside that grades the person it interrupts: the author’s comment', 'grading-aside'];
  }
  return null;
}

/**
 * Sarcasm by frame: "in its infinite wisdom", "nothing says thrift like a new yacht", "thanks for
 * nothing", "Oh, the irony.": praise or thanks the sentence means as blame.
 */
export function sarcasticFrame(text: string, toks: Token[], i: number, end: number): Found | null {
  const t = toks[i].norm;
  const reason = 'sarcasm: praise or thanks that mean blame, in the author’s voice';
  if (t === 'in' && OWNERS.has(toks[i + 1]?.norm ?? '')) {
    let k = i + 2;
    if (WISDOM_DEGREE.has(toks[k]?.norm ?? '')) k++;
    if (toks[k]?.norm === 'wisdom') return [toks[i].start, toks[k].end, reason, 'sarcasm'];
    return null;
  }
  if (t === 'nothing' && (toks[i + 1]?.norm === 'says' || toks[i + 1]?.norm === 'screams')) {
    for (let k = i + 3; k < toks.length && k <= i + 8; k++)
      if (toks[k].norm === 'like') return [toks[i].start, verdictClauseEnd(text, toks[k].end, end), reason, 'sarcasm'];
    return null;
  }
  if (t === 'thanks' && toks[i + 1]?.norm === 'for' && toks[i + 2]?.norm === 'nothing')
    return [toks[i].start, toks[i + 2].end, reason, 'sarcasm'];
  // "Oh, the irony.": an interjection before a bare noun phrase, the whole sentence.
  if (i === 0 && t === 'oh' && toks[1]?.norm === 'the' && toks.length <= 5 && verbless(toks, 1))
    return [toks[0].start, end, reason, 'sarcasm'];
  return null;
}

/** Reported speech: a verb of saying, not after "nothing" ("Nothing says thrift like ..." is a sarcastic frame). */
const SAYING_WORD = triggerClass(REPORTED);

export function verdictFragments(doc: Doc, regions: Regions, drafts: Draft[]): void {
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
    // Which rules can match here at all: most sentences hold none of their words and are too long for a fragment.
    const held = words.triggers[ix];
    const rules = held & (HEAD_WORD | SARCASM_WORD | ASIDE_WORD);
    if (rules === 0 && count > MAX_FRAGMENT_SENTENCE && !(held & EXCLAMATIVE_WORD)) continue;
    const toks = doc.words.sentence(ix, s.start, s.end);
    const at = classes.at(ix);
    // Reported speech keeps its verdicts the speaker's; an aside that grades is the author's even there.
    let reported = false;
    if (held & SAYING_WORD)
      for (let k = 0; k < count && !reported; k++)
        reported = (bits[at + k] & SAYING_WORD) !== 0 && (k === 0 || toks[k - 1].norm !== 'nothing');
    let end = s.end;
    while (end > s.start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const found: Found[] = [];
    let lead = 0;
    while (lead < toks.length - 1 && lead < 2 && LEAD.has(toks[lead].norm)) lead++;
    const fragment = reported
      ? null
      : (verblessVerdict(text, toks, lead, end) ?? exclamativeOpener(text, toks, lead, end));
    if (fragment) found.push(fragment);
    for (let i = 0; i < toks.length && rules !== 0; i++) {
      let f: Found | null = null;
      if (!reported) {
        // A linking verb or copula with a head word within four words after the verb's own words.
        if (
          held & HEAD_WORD &&
          bits[at + i] & LINKING_WORD &&
          anyOf(bits, at + i + 1, at + Math.min(count, i + LINKING_REACH), HEAD_WORD)
        )
          f = linkingVerdict(text, toks, i);
        if (f === null && held & SARCASM_WORD) f = sarcasticFrame(text, toks, i, end);
      }
      if (f === null && held & ASIDE_WORD) f = gradingAside(text, toks, i, s.start, end);
      if (!f) continue;
      found.push(f);
      while (i + 1 < toks.length && toks[i + 1].start < f[1]) i++;
    }
    for (const [cueStart, cueEnd, reason, rule] of found) {
      const from = verdictClauseStart(text, cueStart, s.start);
      const to = Math.max(cueEnd, verdictClauseEnd(text, cueEnd, end));
      if (to <= from || regions.overlaps(from, to)) continue;
      drafts.push({
        start: from,
        end: to,
        kind: 'opinion',
        voice: 'author',
        reason,
        rules: [`verdict-fragments/${rule}`],
      });
    }
  }
}
