/**
 * Rule cue/topic-about: "the things the mayor says about farmers make him angry", "what she
 * writes about schools matters": a verb of saying followed by "about" and its object names what
 * was talked about, not what was said, and the words after the object are the sentence's own
 * predicate. When a "that" clause follows the topic ("says about farmers that they work too hard"),
 * the clause is the report; otherwise there is none.
 */
import { FRACTION_WORDS } from '../data/caveat-words';
import { FINITE_VERBS } from '../data/speaker-words';
import { isFigure } from './poll-finding';
import { isQuoted, isWord, type Token } from './tokens';

/** Words the topic after "about" may run to before its "that" ("about the new farm rules that"). */
const MAX_TOPIC = 8;

/**
 * For a cue of saying whose words after it (from t[after]) open with "about": the index of the
 * "that" opening the report after the topic, or -1 when no report follows (no claim). Returns
 * `after` unchanged when the words do not open with "about".
 */
export function reportAfterTopic(t: Token[], after: number): number {
  // "said about 40 farms would close", "say about half of the homes": "about" means roughly, and opens no topic.
  if (t[after]?.lower !== 'about' || isAmount(t, after + 1)) return after;
  for (let k = after + 1; k < t.length && k - after <= MAX_TOPIC; k++) {
    const w = t[k];
    // "claimed about the two of us: that our visit ...": a colon or comma may set the report off.
    if ((w.text === ':' || w.text === ',') && t[k + 1]?.lower === 'that') return k + 1;
    if (!isWord(w) || isQuoted(w)) return -1;
    // "about the rules that were passed": a relative "that", its verb next, belongs to the topic.
    if (w.lower === 'that') return k > after + 1 && !FINITE_VERBS.has(t[k + 1]?.lower ?? '') ? k : -1;
    if (FINITE_VERBS.has(w.lower)) return -1;
  }
  return -1;
}

/** "40", "two", "half", "a third", "a dozen": an amount that "about" makes rough. */
function isAmount(t: Token[], k: number): boolean {
  const w = t[k];
  if (isFigure(w) || w?.lower === 'half') return true;
  return (w?.lower === 'a' || w?.lower === 'one') && FRACTION_WORDS.has(t[k + 1]?.lower ?? '');
}
