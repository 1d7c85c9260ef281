/**
 * Author-stance detectors: the author's own verdicts carried by the shape of a phrase rather than
 * by one loaded word (issue 16, caveats). Each is found outside quotations and claim content, and
 * outside reported speech, so nobody else's words are flagged as the author's:
 * - the inclusive first person: "we'll all be waiting", "just so we're all clear", "you and I have
 *   been paying", "if our leaders were serious" (the author and the reader as one party; "our" only
 *   before the country, its institutions and the shared place and time, with up to two modifiers
 *   between, "our long-running, ever-worsening crisis", data/author-stance.ts; not a capitalised
 *   "Our" inside a name), the clause it stands in;
 * - an attitude the author ascribes to a named person: "an incredulous Carlson asked ...";
 * - an evaluative noun used to refer: "her latest antics", "this charade", "such nonsense";
 * - a verdict by comparison on someone's conduct: "..., Jimenez said, acting like a bully";
 * - a grade conceded beside another: "useful, if unsettling", "a bold, if flawed, plan".
 *
 * Reported speech: a verb of saying after the cue, or before it without a comma closing the tag,
 * makes the cue somebody's ("critics say he is acting like a bully"); "“...,” she said, acting like
 * a bully" is the author's remark after the tag. An attitude ascribed to a person, and a conceded
 * grade, stay the author's when somebody speaks next ("an incredulous Carlson asked"). A cue followed on its line
 * by a closing curly quotation mark before any opening one is inside a quotation the scanner did
 * not pair ("... leader of our nation.” ― Name").
 *
 * Linear: one pass over each sentence's words, a set lookup per word; clause bounds are searched
 * within a fixed reach.
 */
import type { Doc } from '../document';
import {
  ATTITUDE_ADJECTIVES,
  ATTITUDE_ADVERBS,
  EVALUATIVE_NOUNS,
  EVALUATIVE_NOUN_MODIFIERS,
  SHARED_POLITY,
} from '../data/author-stance';
import { FUNCTION_WORDS, REPORTED_VERBS } from '../data/caveat-words';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { isLower } from './clauses';
import { classesOf, wordClass } from './word-classes';
import { sentenceWordsOf } from './sentence-words';

const ATTITUDES = new Set(ATTITUDE_ADJECTIVES);
const ADVERBS = new Set(ATTITUDE_ADVERBS);
const NOUNS = new Set(EVALUATIVE_NOUNS);
const MODIFIERS = new Set(EVALUATIVE_NOUN_MODIFIERS);
const POLITY = new Set(SHARED_POLITY);
const WE = new Set(['we', "we're", "we'll", "we've", "we'd"]);
const WE_AUX = new Set(['are', 'will', 'have', 'would', 'should', 'can', 'must']);
const REFERRING = new Set(['his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'such']);
const CONDUCT = new Set(['act', 'acts', 'acting', 'acted', 'behave', 'behaves', 'behaving', 'behaved']);
/** A clause's subject after "like" ("acts like you're ..."): a comparison of manner, no verdict. */
const SUBJECTS = new Set(
  "i you we he she they it there you're we're he's she's they're it's i'm nothing everything".split(' '),
);
/** Before "act", a determiner makes it the noun: "an act like this". */
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'that', 'every', 'any', 'each', 'such', 'his', 'her', 'their']);
/**
 * Words that start something at all, as classes (see caveats/word-classes.ts): most words are
 * ruled out by a bit. "a", "an" and the referring words start a cue only before an attitude
 * (or its adverb), an evaluative noun or its modifier: the next word's bit rules out the rest.
 */
const CUE_START = wordClass(['you', 'our', 'if', ...WE, ...CONDUCT]);
const CUE_START_BEFORE = wordClass(['a', 'an', ...REFERRING]);
const CUE_SECOND = wordClass([...ADVERBS, ...ATTITUDES, ...MODIFIERS, ...NOUNS]);
/** The verbs of saying, as a class. */
const SAYS = wordClass(REPORTED_VERBS);

/** Longest reach of a clause search either side of a cue. */
const REACH = 300;
/** , ; : ! ? ( ) and the em and en dashes end a clause. */
const isBreak = (c: number) =>
  c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 40 || c === 41 || c === 0x2014 || c === 0x2013;
/** White space and quotation marks trimmed off a clause's ends (and the period at its end). */
const isTrim = (c: number) =>
  c === 32 || c === 10 || c === 9 || c === 13 || c === 34 || c === 39 || (c >= 0x2018 && c <= 0x201d);

const isCap = (text: string, t: Token | undefined) => !!t && /^\p{Lu}/u.test(text[t.start]);

/** The clause holding [from, to) within [lo, hi): back to the last clause break, on to the next. */
function clauseAround(text: string, from: number, to: number, lo: number, hi: number): [number, number] {
  let a = from;
  const aMin = Math.max(lo, from - REACH);
  while (a > aMin && !isBreak(text.charCodeAt(a - 1))) a--;
  while (a < from && isTrim(text.charCodeAt(a))) a++;
  let b = to;
  const bMax = Math.min(hi, to + REACH);
  while (b < bMax && !isBreak(text.charCodeAt(b))) b++;
  while (b > to && (isTrim(text.charCodeAt(b - 1)) || text.charCodeAt(b - 1) === 46)) b--;
  return [a, b];
}

/**
 * Where a sentence's verbs of saying are: the last one, and the first one that no comma closes
 * ("critics say he ..." is open; "“...,” she said, acting ..." is closed). Read once per sentence,
 * and only when a cue is found there, so a run-on sentence full of cues stays linear.
 */
interface Reporting {
  last: number;
  firstOpen: number;
}

function reportingOf(text: string, toks: Token[], bits: Int32Array, at: number): Reporting {
  const r = { last: -1, firstOpen: toks.length };
  for (let k = 0; k < toks.length; k++) {
    if (!(bits[at + k] & SAYS)) continue;
    r.last = k;
    if (r.firstOpen < toks.length) continue;
    let c = toks[k].end;
    while (c < text.length && text[c] === ' ') c++;
    if (text[c] !== ',') r.firstOpen = k;
  }
  return r;
}

/**
 * Is the word at `i` in somebody's reported words? A verb of saying after it (unless only those
 * before count), or one before it that no comma closes.
 */
function reported(r: Reporting, i: number, onlyBefore: boolean): boolean {
  return r.firstOpen < i || (!onlyBefore && r.last > i);
}

/**
 * Is `pos` inside a quotation whose opening mark the quotation scanner did not pair (a straight
 * mark opened it, a curly one closes it)? A closing mark comes before any opening one on its line.
 */
function closedLater(text: string, pos: number): boolean {
  const limit = Math.min(text.length, pos + 2 * REACH);
  for (let c = pos; c < limit; c++) {
    const code = text.charCodeAt(c);
    if (code === 10 || code === 0x201c) return false;
    if (code === 0x201d) return true;
  }
  return false;
}

export function authorStance(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const classes = classesOf(doc);
  const { bits } = classes;
  const held = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    // No word of the sentence starts a cue, nor a word a cue's second word follows: nothing to read.
    if (!(held[ix] & CUE_START || (held[ix] & CUE_START_BEFORE && held[ix] & CUE_SECOND))) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    const at = classes.at(ix);
    let after = -1; // one draft per clause: the next cue must start after the last draft
    let reporting: Reporting | null = null;
    for (let i = 0; i < toks.length; i++) {
      const cls = bits[at + i];
      if (!(cls & CUE_START || (cls & CUE_START_BEFORE && i + 1 < toks.length && bits[at + i + 1] & CUE_SECOND)))
        continue;
      if (toks[i].start < after) continue;
      const found = cueAt(text, toks, i);
      if (!found) continue;
      const [from, to, rule, reason, clause] = found;
      // The person an attitude is ascribed to may speak next ("an incredulous Carlson asked"): only
      // a verb of saying before the cue makes it somebody's words.
      if (
        regions.overlaps(from, to) ||
        reported(
          (reporting ??= reportingOf(text, toks, bits, at)),
          i,
          rule === 'attitude-of-a-name' || rule === 'concessive-pair',
        )
      )
        continue;
      if (closedLater(text, to)) continue;
      const [a, b] = clause ? clauseAround(text, from, to, s.start, s.end) : [from, to];
      if (b <= a) continue;
      drafts.push({ start: a, end: b, kind: 'opinion', voice: 'author', reason, rules: [`author-stance/${rule}`] });
      after = b;
    }
  }
}

type Found = [from: number, to: number, rule: string, reason: string, clause: boolean];

function cueAt(text: string, toks: Token[], i: number): Found | null {
  const t = toks[i];
  const next = toks[i + 1]?.norm ?? '';
  // "we all", "we're all", "we are all": the author and the reader as one party.
  if (WE.has(t.norm) && (next === 'all' || (WE_AUX.has(next) && toks[i + 2]?.norm === 'all')))
    return [t.start, toks[i + (next === 'all' ? 1 : 2)].end, 'inclusive-we', INCLUSIVE, true];
  // "you and I", "you and me".
  if (t.norm === 'you' && next === 'and' && /^(?:i|me)$/.test(toks[i + 2]?.norm ?? ''))
    return [t.start, toks[i + 2].end, 'inclusive-we', INCLUSIVE, true];
  // "our leaders", "our democracy": the country the author shares with the reader.
  // With up to two modifiers between: "our major cities", "our long-running, ever-worsening crisis".
  // Not "Our" inside a name ("Alliance to Reclaim Our Schools").
  if (t.norm === 'our') {
    if (i > 0 && isCap(text, t)) return null;
    for (let j = i + 1; j < toks.length && j <= i + 3; j++) {
      if (POLITY.has(toks[j].norm)) return [t.start, toks[j].end, 'inclusive-our', INCLUSIVE, true];
      if (!isLower(text, toks[j]) || FUNCTION_WORDS.has(toks[j].norm)) break;
    }
    return null;
  }
  // "an incredulous Carlson", "a visibly angry Trump".
  if (t.norm === 'a' || t.norm === 'an') {
    let j = i + 1;
    if (ADVERBS.has(toks[j]?.norm ?? '')) j++;
    if (!ATTITUDES.has(toks[j]?.norm ?? '') || !isCap(text, toks[j + 1]) || isCap(text, toks[j])) return null;
    let k = j + 1;
    while (
      k + 1 < toks.length &&
      k - j < 3 &&
      isCap(text, toks[k + 1]) &&
      /^ $/.test(text.slice(toks[k].end, toks[k + 1].start))
    )
      k++;
    return [t.start, toks[k].end, 'attitude-of-a-name', ATTITUDE, false];
  }
  // "her latest antics", "this charade".
  if (REFERRING.has(t.norm)) {
    const j = MODIFIERS.has(next) ? i + 2 : i + 1;
    if (!NOUNS.has(toks[j]?.norm ?? '')) return null;
    return [t.start, toks[j].end, 'evaluative-noun', NOUN, false];
  }
  // "useful, if unsettling", "a bold, if flawed, plan": two grades of one thing, the second conceded.
  if (t.norm === 'if') return concessivePair(text, toks, i);
  // "acting like a bully".
  // Not the noun ("an act like this") nor a clause after "like" ("acts like you're doing ...").
  if (
    CONDUCT.has(t.norm) &&
    next === 'like' &&
    toks[i + 2] &&
    !SUBJECTS.has(toks[i + 2].norm) &&
    !DETERMINERS.has(toks[i - 1]?.norm ?? '')
  )
    return [t.start, toks[i + 2].end, 'conduct-comparison', COMPARISON, true];
  return null;
}

/** What may follow "if" in a conditional cut short ("ready, if needed"): no concession. */
const ELLIPTIC_IF = new Set(
  'necessary possible needed required appropriate applicable any anything anyone anybody ever so not only true elected approved confirmed'.split(
    ' ',
  ),
);

/**
 * "ADJ, if ADJ" closed by a clause break or a comma before a noun: "useful, if unsettling:", "a
 * lively, if predictable, talk". Not a condition cut short ("punishable by prison, if convicted.")
 * nor a clause ("a risk, if mourners touch the body").
 */
function concessivePair(text: string, toks: Token[], i: number): Found | null {
  const prev = toks[i - 1];
  const graded = toks[i + 1];
  if (!prev || !graded || !/,\s*$/.test(text.slice(prev.end, toks[i].start))) return null;
  if (!isLower(text, prev) || FUNCTION_WORDS.has(prev.norm) || !isLower(text, graded)) return null;
  if (
    FUNCTION_WORDS.has(graded.norm) ||
    ELLIPTIC_IF.has(graded.norm) ||
    !/^\s+$/.test(text.slice(toks[i].end, graded.start))
  )
    return null;
  const after = text.slice(graded.end, toks[i + 2]?.start ?? graded.end + 2);
  // A participle only as a modifier set off by commas ("a bold, if flawed, plan").
  const closed = /^,/.test(after) ? !!toks[i + 2] && isLower(text, toks[i + 2]) : /^[:;.\u2014\u2013]/.test(after);
  if (!closed || (/ed$/.test(graded.norm) && !/^,/.test(after))) return null;
  return [prev.start, graded.end, 'concessive-pair', CONCESSIVE, false];
}

const CONCESSIVE = 'a grade conceded beside another (“useful, if unsettling”): the author’s evaluation';
const INCLUSIVE = 'the author speaking for the reader in the first person: a stance, not a report';
const ATTITUDE = 'an attitude the author ascribes to a named person';
const NOUN = 'an evaluative noun used to refer: the author’s verdict on what it names';
const COMPARISON = 'a verdict by comparison on someone’s conduct, in the author’s own voice';
