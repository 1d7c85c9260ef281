/**
 * Is t[k] a quantifier floated after the subject it counts ("the senators all said", "who have
 * both said")? Then it is part of the verb group, not the speaker. At the clause start, or after
 * a determiner, a preposition, "and" or a relative pronoun ("a panel that all agreed"), it is the
 * subject itself; after a coordination ("CBS and NPR both said") it stays with the phrase it
 * counts. (Read by attribution/speaker-phrase.ts.)
 */
import { DETERMINERS, FLOATING_QUANTIFIERS, QUANTIFIER_SUBJECT_AFTER } from '../data/speaker-words';
import { PREPOSITIONS } from '../data/prepositions';
import { isWord, type Token } from '../attribution/tokens';

export function isFloatingQuantifier(t: Token[], k: number, floor: number): boolean {
  if (k <= floor || !FLOATING_QUANTIFIERS.has(t[k].text)) return false;
  const before = t[k - 1];
  // "CBS and NPR both reported": after a coordination the quantifier stays with the phrase it counts.
  for (let j = k - 2; j >= floor && j >= k - 4; j--) if (t[j].lower === 'and') return false;
  return (
    isWord(before) &&
    !DETERMINERS.has(before.lower) &&
    !PREPOSITIONS.has(before.lower) &&
    !QUANTIFIER_SUBJECT_AFTER.has(before.lower)
  );
}
