/**
 * A cue inside a fronted subordinate clause ("Before port officials commented, the senator said
 * ...", "..., but before officials had weighed in with an explanation, X said ..."): the clause
 * ends at its comma, and the words after it are the main clause with its own subject and cue.
 * Bounded read: at most REACH tokens back from the cue.
 */
import { FRONTED_CLAUSE_OPENERS, TIME_CLAUSE_QUANTIFIERS } from '../data/fronted-clauses';
import { isFinal } from './draft';
import { isCap, isWord, type Token } from './tokens';

/** How far back from the cue the clause's opener is looked for, in tokens. */
const REACH = 24;

/** Does the cue at token i stand in a clause opened by "before", "when", "although" ... at a sentence start or after a comma or colon? */
export function inFrontedClause(t: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= REACH && t[k].text !== ',' && t[k].text !== ':' && !isFinal(t[k].text)) k--;
  if (i - k > REACH) return false;
  let s = k + 1;
  if (s < i && isWord(t[s]) && (t[s].lower === 'but' || t[s].lower === 'and')) s++;
  if (s >= i || !isWord(t[s])) return false;
  return FRONTED_CLAUSE_OPENERS.has(t[s].lower) || isTwoWordSubordinator(t, s);
}

/**
 * "Every time", "each time", "in case": two words that open a clause as one subordinator: t[s] a
 * quantifier and t[s + 1] "time", or "in" and "case".
 */
export function isTwoWordSubordinator(t: readonly Token[], s: number): boolean {
  const next = t[s + 1]?.lower;
  return (TIME_CLAUSE_QUANTIFIERS.has(t[s].lower) && next === 'time') || (t[s].lower === 'in' && next === 'case');
}

/**
 * Does the comma at e go on with a list of names ("conquer America, Britain, Russia, and Italy"):
 * a capitalised word before it, then one to three capitalised words and a comma or "and"/"or"?
 */
export function continuesList(t: Token[], e: number): boolean {
  if (e < 1 || !isWord(t[e - 1]) || !isCap(t[e - 1])) return false;
  for (let k = e + 1; k < t.length && k - e <= 4; k++) {
    const w = t[k];
    if (k > e + 1 && (w.text === ',' || w.lower === 'and' || w.lower === 'or')) return true;
    if (k === e + 1 && (w.lower === 'and' || w.lower === 'or')) continue;
    if (!isWord(w) || !isCap(w)) return false;
  }
  return false;
}
