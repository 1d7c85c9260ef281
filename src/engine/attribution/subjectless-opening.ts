/**
 * Is a sentence's opening phrase no subject at all? "Given what we know, consider that ...": an
 * adverbial clause; "Read the report and note that ...": an imperative, whose verb takes a
 * determiner right after it. Neither names who speaks: the author addresses the reader.
 */
import { isFirstNameLower } from '../data/first-names';
import {
  ADVERBIAL_CLAUSE_OPENERS,
  OBJECT_DETERMINERS,
  PREDETERMINERS,
  TIME_AFTER_DETERMINER,
} from '../data/subjectless-openers';
import { READER_ORDERS } from '../data/reader-address';
import { isCap, isWord, type Token } from './tokens';

/**
 * The one-word orders to the reader ("Consider that and then ...", "Imagine that, and then tell
 * me ..."); not "picture", as often a noun opening a subject ("Picture editors said ...").
 */
const READER_ORDER_VERBS: ReadonlySet<string> = new Set(
  READER_ORDERS.filter((w) => !w.includes(' ') && w !== 'picture'),
);

/** Does the speaker phrase starting at t[from] open its sentence with an adverbial clause or an imperative verb? */
export function isSubjectlessOpening(t: readonly Token[], from: number): boolean {
  if (from !== 0 || !t[0] || !isWord(t[0]) || !isCap(t[0])) return false;
  const first = t[0].lower;
  if (ADVERBIAL_CLAUSE_OPENERS.has(first)) return true;
  // "Consider that and then, please, support ...": an order to the reader opens an imperative.
  if (READER_ORDER_VERBS.has(first) && t[1] && !isCap(t[1])) return true;
  const next = t[1];
  const after = t[2];
  // Not an adverb ("Recently a spokesman said"), a first name before an epithet ("John the Baptist") or a name
  // before a time phrase ("Hale the next day said").
  return (
    !!next &&
    isWord(next) &&
    !isCap(next) &&
    OBJECT_DETERMINERS.has(next.lower) &&
    !PREDETERMINERS.has(first) &&
    !first.endsWith('ly') &&
    !(isFirstNameLower(first) && after && isCap(after)) &&
    !(after && isWord(after) && TIME_AFTER_DETERMINER.has(after.lower))
  );
}
