/**
 * "A union representing flight attendants endorsed ...", "a lawyer representing the family said":
 * an -ing participle right after a determiner's head noun is a reduced relative clause inside the
 * speaker phrase, not the verb of another clause (issue 16, speakers). The walk back over the
 * phrase steps over it when words after it were already taken (its object).
 * Origin: written for edge-brief from English grammar. Licence: MIT, part of this project.
 */
import type { Token } from '../attribution/tokens';
import { isCap, isWord } from '../attribution/tokens';
import { PERSON_HEADS } from '../data/speaker-heads';

const HEAD_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'one', 'another']);

/**
 * Whether the -ing word at k follows a noun with a determiner before it ("a union representing"),
 * or a plural noun opening the clause ("Protesters marching through the streets said").
 */
export function isParticipleAfterHead(t: Token[], k: number, floor: number): boolean {
  if (k - 1 < floor || !t[k].lower.endsWith('ing')) return false;
  const head = t[k - 1];
  // A head that can speak ("a union", "a lawyer"), not "an announcement inviting young men".
  if (!isWord(head) || !PERSON_HEADS.has(head.lower)) return false;
  // "Workers living near the plant": a bare plural that opens the clause (capitalised at a sentence start).
  if (head.lower.endsWith('s') && (k - 1 === floor || !isWord(t[k - 2]))) return true;
  if (k - 2 < floor || isCap(head)) return false;
  return (
    HEAD_DETERMINERS.has(t[k - 2].lower) || (k - 3 >= floor && HEAD_DETERMINERS.has(t[k - 3].lower) && !isCap(t[k - 2]))
  );
}

const PARTICIPLE_PREPOSITIONS: ReadonlySet<string> = new Set([
  'through',
  'near',
  'outside',
  'inside',
  'in',
  'at',
  'on',
  'along',
  'across',
  'around',
  'behind',
  'by',
  'for',
  'from',
  'with',
  'into',
  'against',
]);

/**
 * "representing the family", "marching through the streets": a determiner or a preposition opening
 * the participle's object, inside the phrase.
 */
export function isObjectOfParticiple(t: Token[], k: number, floor: number): boolean {
  const w = t[k].lower;
  return (
    (OBJECT_DETERMINERS.has(w) || PARTICIPLE_PREPOSITIONS.has(w)) &&
    k - 1 > floor &&
    isParticipleAfterHead(t, k - 1, floor)
  );
}

const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);
