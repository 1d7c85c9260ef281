/**
 * A count heading a speaker phrase (issue 16, speakers): "74 percent of likely voters said",
 * "Some 40% of residents said", "eight of 10 voters say". The walk back over a speaker phrase
 * stops at numbers ("$2,000 every three months said" is no speaker), and so kept "percent of
 * likely voters" as the speaker or lost the claim; a number right before "percent", "%" or a
 * lower-case plural noun is the phrase's own count, and opens the phrase (with "some", "about",
 * "eight of" before it).
 */
import { NP_STOP, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { NUMBER_WORDS } from '../data/caveat-words';
import { QUANTIFIER_SUBJECTS } from '../data/quantifier-subjects';
import { isDigit, isVerbLike } from '../attribution/cue';
import { isSharePhrase } from '../attribution/poll-share';
import { isCap, isQuoted, isWord, type Token } from '../attribution/tokens';

/** Is t[k] a number counting the word after it ("74 percent", "40 %", "12 lawmakers")? */
export function isCountAt(t: readonly Token[], k: number): boolean {
  const n = t[k];
  const head = t[k + 1];
  if (!n || !head || isQuoted(n) || !isDigit(n.text.charCodeAt(0)) || n.text.includes(':')) return false;
  if (head.text === '%') return true;
  if (!isWord(head) || isCap(head)) return false;
  if (head.lower === 'percent' || head.lower === 'per') return true;
  const w = head.lower;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !isVerbLike(w) && !NP_STOP.has(w);
}

/** Number words that take a share of a count ("eight of 10 voters"). */
const SHARE_WORDS: ReadonlySet<string> = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
]);

/** Words that may stand before a count in its phrase ("Some 40%", "Nearly 60 percent", "another 19 percent"). */
const COUNT_MODIFIERS: ReadonlySet<string> = new Set([
  'some',
  'about',
  'around',
  'roughly',
  'nearly',
  'almost',
  'another',
  'only',
  'just',
  'over',
  'fully',
  'the',
  'than',
  'more',
  'fewer',
  'less',
]);

/**
 * With t[k] a count ending a walk back over a speaker phrase whose head is t[head], the index the
 * phrase starts at (the count, or the modifiers before it), or -1 when the count heads no plural
 * ("11% of Democratic claims" is a noun phrase, not a subject and its verb).
 */
export function countPhraseStart(t: readonly Token[], k: number, head: number, floor: number): number {
  if (!isCountAt(t, k)) return -1;
  const h = t[head];
  if (!isWord(h) && h.text !== '%') return -1;
  const plural = h.text === '%' || h.lower === 'percent' || (h.lower.length > 3 && h.lower.endsWith('s'));
  if (!plural) return -1;
  let from = k;
  // "eight of 10 voters", "nine in 10 voters", "nine of the 12 jurors": a share of the count.
  const the = from - 3 >= floor && t[from - 1].lower === 'the' && t[from - 2].lower === 'of' ? 1 : 0;
  const share = shareBefore(t, from - the, floor);
  if (share >= 0) from = share;
  while (from - 1 >= floor && isWord(t[from - 1]) && COUNT_MODIFIERS.has(t[from - 1].lower)) from--;
  return from;
}

/** Is t[k] a count: digits or a number word ("nine", "ten", "dozens")? */
function isNumber(w: Token | undefined): boolean {
  return (
    !!w && (isDigit(w.text.charCodeAt(0)) || (isWord(w) && (SHARE_WORDS.has(w.lower) || NUMBER_WORDS.has(w.lower))))
  );
}

/** With t[k] a count, the index of the share before it ("nine" of "nine in 10", "eight of 10"), or -1. */
function shareBefore(t: readonly Token[], k: number, floor: number): number {
  if (k - 2 < floor || !isNumber(t[k - 2])) return -1;
  const link = t[k - 1].lower;
  return link === 'of' || link === 'in' ? k - 2 : -1;
}

/**
 * "Six in 10 said", "Nine of 12 said": a share with no noun after it, right before the cue (t[k]
 * its last count): the index it starts at, or -1.
 */
export function bareShareStart(t: readonly Token[], k: number, floor: number): number {
  return isNumber(t[k]) ? shareBefore(t, k, floor) : -1;
}

/** Words after which a name is still inside the group's noun phrase ("of the AMA", "of three Democrats"). */
const BEFORE_NAME: ReadonlySet<string> = new Set(['of', 'the', 'a', 'an', 'at', 'in', 'for', 'from', 'and']);

/**
 * "one of many times Ruiz has ...", "one of the things I've been saying": a noun, then a subject (a
 * name or a pronoun) with no "that" between: a relative clause whose subject is the speaker, not
 * the count.
 */
function hasContactRelative(t: readonly Token[]): boolean {
  for (let j = 2; j < t.length; j++) {
    const w = t[j];
    const prev = t[j - 1];
    if (
      !isWord(w) ||
      !isWord(prev) ||
      isCap(prev) ||
      BEFORE_NAME.has(prev.lower) ||
      PART_WORDS.has(prev.lower) ||
      isNumber(prev)
    )
      continue;
    if (isCap(w) || SUBJECT_PRONOUNS.has(w.lower.split(/['\u2019]/)[0])) return true;
  }
  return false;
}

/** Is the phrase's last word a singular name right after "of" ("Half of Dorset", not "half of Republicans", "of the Senate")? */
function isShareOfPlaceName(t: readonly Token[]): boolean {
  const last = t[t.length - 1];
  return t.length > 2 && t[t.length - 2].lower === 'of' && isCap(last) && !last.lower.endsWith('s');
}

/** Words that take a part of a group before "of" ("most of the residents", "half of voters"). */
const PART_WORDS: ReadonlySet<string> = new Set([...QUANTIFIER_SUBJECTS, 'half', 'all', 'each', 'none']);

/**
 * Rule resolve/count-subject: a speaker phrase opened by a count or a share of a group ("Nine in
 * 10 voters", "Two of the three Democrats", "74 percent of Americans", "most of the Republicans",
 * "four out of five doctors"): the share speaks, not the group named inside it ("Americans",
 * "Democrats" had been the speaker, as though all of them had said it).
 */
export function isCountSubject(t: readonly Token[]): boolean {
  // "Half of Dorset says": a share of a place named alone speaks as the place's people (the place is the actor).
  if (hasContactRelative(t) || isShareOfPlaceName(t)) return false;
  let k = 0;
  // "Some of the Democrats": "some" before "of" is the part itself, not a modifier of a count ("some 40 voters").
  while (k < t.length - 3 && COUNT_MODIFIERS.has(t[k].lower) && t[k].lower !== 'the' && t[k + 1].lower !== 'of') k++;
  // "A few of the Democrats": "a few" is one part word.
  if (t.length - k > 3 && t[k].lower === 'a' && t[k + 1].lower === 'few') k++;
  const w = t[k];
  if (!w || t.length - k < 3) return false;
  const next = t[k + 1].lower;
  if (isNumber(w) && (next === 'in' || next === 'of') && isNumber(t[k + 2])) return true;
  if (isNumber(w) && next === 'out' && t[k + 2].lower === 'of') return true;
  if ((isNumber(w) || (isWord(w) && PART_WORDS.has(w.lower))) && next === 'of') return true;
  return isSharePhrase(t);
}
