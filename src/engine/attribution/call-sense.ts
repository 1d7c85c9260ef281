/**
 * Rule cue-sense/phone-call: "call" in a sense that names nothing and reports nobody (issue 16,
 * claims). "Called X Y" names ("called the plan a disgrace", "called her a liar"); but a call to
 * someone ends with its object: "called Councillor Okafor three times to arrange ...", "called him
 * by phone", "called Powell about the job", "called police at midnight", "called the clerk again".
 *
 * Read off the tokens after the cue: an object (a pronoun, a run of capitalised words, a service,
 * or a determiner with at most two lower-case words), then the clause's end or a word that only
 * a call takes after its object.
 */
import { CALL_COUNTS, CALL_TAILS, CALLED_PRONOUNS, CALLED_SERVICES, STRICT_CALL_TAILS } from '../data/call-senses';
import { TIME } from '../data/speaker-words';
import { isFinal } from './draft';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Determiners of a common-noun object ("the principal", "his lawyer"). */
const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);

/** Does the call's clause end at k, or go on with a word that only a call takes after its object? */
function callTailAt(t: Token[], k: number, strict: boolean): boolean {
  const w = t[k];
  if (!w) return true;
  // (Not a comma: "called her, the daughter, a liar" names after an appositive.)
  if (!strict && (isFinal(w.text) || w.text === ';')) return true;
  if (!isWord(w) || isQuoted(w)) return false;
  const l = w.lower;
  // "three times", "2 times".
  if ((CALL_COUNTS.has(l) || /^\d+$/.test(l)) && t[k + 1]?.lower === 'times') return true;
  if (strict) return STRICT_CALL_TAILS.has(l) && (l !== 'by' || /^(?:tele)?phone$/.test(t[k + 1]?.lower ?? ''));
  return CALL_TAILS.has(l) || (l === 'on' && TIME.has(t[k + 1]?.lower ?? '')) || TIME.has(l);
}

/** Rule cue-sense/phone-call: the cue at i is "call" with only an object and a call's tail. */
export function isPhoneCall(t: Token[], i: number, lemma: string): boolean {
  if (lemma !== 'call') return false;
  const next = t[i + 1];
  if (!next || !isWord(next) || isQuoted(next)) return false;
  if (next.lower === 'together' || next.lower === 'back') return true;
  if (CALLED_PRONOUNS.has(next.lower)) return callTailAt(t, i + 2, false);
  if (CALLED_SERVICES.has(next.lower)) return callTailAt(t, i + 2, false) || callTailAt(t, i + 2, true);
  if (isCap(next)) {
    let k = i + 1;
    while (k < t.length && k <= i + 6 && isWord(t[k]) && !isQuoted(t[k]) && isCap(t[k])) k++;
    return callTailAt(t, k, false);
  }
  if (!OBJECT_DETERMINERS.has(next.lower)) return false;
  // "the police", "the authorities": a service; "the principal again": a common noun with a strict tail.
  if (CALLED_SERVICES.has(t[i + 2]?.lower ?? '')) return callTailAt(t, i + 3, false);
  for (let k = i + 2; k < t.length && k <= i + 3; k++) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w) || isCap(w)) return false;
    if (callTailAt(t, k + 1, true)) return true;
  }
  return false;
}
