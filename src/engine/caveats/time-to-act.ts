/**
 * "It's time" is a call to action only when what it is time for is an act: "It's time to act",
 * "It's time for the council to act", "It's time we stopped pretending". "It is time for the
 * annual budget review" names an event on a calendar (a schedule, not the author's exhortation).
 *
 * Constant time: reads at most MAX_FOR_WORDS words after "time".
 */
import type { Token } from '../text/word-tokens';
import { VERDICT_BREAK } from './clauses';

/** What opens a clause after "time": "it's time we ...", "time that Congress acted", "time the council ...". */
const CLAUSE_SUBJECTS = new Set([
  'that',
  'we',
  'you',
  'they',
  'he',
  'she',
  'i',
  'everyone',
  'somebody',
  'someone',
  'the',
  'our',
]);
/** How far "for <somebody>" may run before its "to": "time for the board's new members to act". */
const MAX_FOR_WORDS = 7;

/** Does the word at `k` (the first after "time") open an act: "to <verb>", "for X to <verb>", "we ..."? */
export function timeForAnAct(text: string, toks: Token[], k: number): boolean {
  const next = toks[k];
  if (!next || VERDICT_BREAK.test(text.slice(toks[k - 1].end, next.start))) return false;
  if (next.norm === 'to') return true;
  if (CLAUSE_SUBJECTS.has(next.norm)) return true;
  if (next.norm !== 'for') return false;
  for (let j = k + 2; j < toks.length && j <= k + MAX_FOR_WORDS; j++) {
    if (VERDICT_BREAK.test(text.slice(toks[j - 1].end, toks[j].start))) return false;
    if (toks[j].norm === 'to') return true;
  }
  return false;
}
