/**
 * A count heading a speaker phrase (issue 16, speakers): "74 percent of likely voters said",
 * "Some 40% of residents said", "eight of 10 voters say". The walk back over a speaker phrase
 * stops at numbers ("$2,000 every three months said" is no speaker), and so kept "percent of
 * likely voters" as the speaker or lost the claim; a number right before "percent", "%" or a
 * lower-case plural noun is the phrase's own count, and opens the phrase (with "some", "about",
 * "eight of" before it).
 */
import { NP_STOP } from '../data/speaker-words';
import { isDigit, isVerbLike } from '../attribution/cue';
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
  // "eight of 10 voters": a share of the count.
  const share = from - 2 >= floor && t[from - 1].lower === 'of' ? t[from - 2] : null;
  if (share && (isDigit(share.text.charCodeAt(0)) || (isWord(share) && SHARE_WORDS.has(share.lower)))) from -= 2;
  while (from - 1 >= floor && isWord(t[from - 1]) && COUNT_MODIFIERS.has(t[from - 1].lower)) from--;
  return from;
}
