/**
 * Speaker phrases that place their speaker ("an employee in the city of X", "The embassy in
 * China", "a diplomat based in Havana"): whether a place name ends such a phrase, and the phrase's
 * head before its preposition. Read by resolution.ts when a place or body is named in a speaker slot.
 */
import type { Range } from '../../schema/brief';
import { DOCUMENT_NOUNS, OFFICIAL_TITLES } from '../data/source-terms';
import { EVIDENCE_NOUNS } from '../data/clause-words';
import { DETERMINERS, PLURAL_COLLECTIVES, SINGULAR_QUANTIFIERS } from '../data/speaker-words';
import { GROUP_HEADS } from '../data/group-heads';
import { lazyRegExp } from '../text/lazy-regexp';
import { isAgentPlural } from './cue';
import { PLACED } from './speaker-phrase';
import { PERSON_HEADS } from '../data/speaker-heads';
import { ADVERBIAL_OPENERS } from '../data/prepositions';
import { isCap, type Token } from './tokens';

/**
 * Is `place` the end of a longer phrase r, after "in", "of", "from" or "at" ("an employee in the city
 * of X", "a school in Dover, Delaware")? The phrase opens with a lower-case word, a determiner or
 * quantifier ("The", "One", "Many") or a group noun ("Police", "Residents"), never a name's own
 * first word ("Bank of America").
 */
export function placeAfterPhrase(text: string, t: Token[], r: Range, place: Range): boolean {
  if (place.start <= r.start + 3 || place.end < r.end - 1) return false;
  const first = t[0];
  if (!first) return false;
  const w = first.lower;
  const opensPhrase =
    !isCap(first) ||
    DETERMINERS.has(w) ||
    SINGULAR_QUANTIFIERS.has(w) ||
    GROUP_HEADS.has(w) ||
    PLURAL_COLLECTIVES.has(w) ||
    isAgentPlural(w) ||
    // "Polls in Ohio and Iowa show", "Surveys in Texas": documents named by a place are no place's.
    (w.endsWith('s') && DOCUMENT_NOUNS.has(w.slice(0, -1))) ||
    // "Senator from Texas says", "Governor of Utah says": a headline's title names the office, not the place.
    isOfficeTitle(first);
  if (!opensPhrase) return false;
  return PLACE_PREPOSITION_BEFORE.test(text.slice(r.start, place.start));
}
/** A title that names an office ("Senator", "governor"), which a place after it only specifies. */
function isOfficeTitle(w: Token): boolean {
  return OFFICIAL_TITLES.has(w.lower);
}

/** A head that is one office title alone ("Senator" of "Senator from Texas"). */
export function isLoneOfficeTitle(head: readonly Token[]): boolean {
  return head.length === 1 && isOfficeTitle(head[0]);
}

/** A phrase of a lower-case head and "from" or "at" ("a former classmate from ... at Yale"), not "a spokesman for/of". */
const MESSAGE_NOUNS: ReadonlySet<string> = new Set([
  'message',
  'messages',
  'note',
  'notice',
  'letters',
  'emails',
  'text',
]);
export function isWhere(t: Token[]): boolean {
  const k = t.findIndex((w) => PLACE_PREPOSITIONS.has(w.lower));
  // (A document or message from a body is the body's: "a letter from ICE".)
  const head = t[k - 1];
  return (
    k > 0 &&
    (t[k].lower === 'from' || t[k].lower === 'at') &&
    !isCap(head) &&
    !DOCUMENT_NOUNS.has(head.lower) &&
    !MESSAGE_NOUNS.has(head.lower)
  );
}
/** The phrase's words before its first "in", "of", "from" or "at" (its head: "The embassy" of "The embassy in China"), for typing. */
export function beforePreposition(t: Token[]): Token[] {
  let k = t.findIndex(
    (w, j) => PLACE_PREPOSITIONS.has(w.lower) || (w.lower === 'to' && j > 0 && PLACED.has(t[j - 1].lower)),
  );
  // "a diplomat based in Havana", "an employee assigned to the consulate": the participle places the speaker too.
  if (k > 1 && PLACED.has(t[k - 1].lower)) k--;
  return k > 0 ? t.slice(0, k) : t;
}
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'from', 'at', 'to']);
// (Not a phrase that itself opens with a preposition: "in federal court in Phoenix" is no speaker either way.)
// The place may be the last of a list ("polls in Ohio and Iowa", "in Springfield, Illinois").
const PLACE_PREPOSITION_BEFORE = lazyRegExp(
  String.raw`^(?!(?:[Ii]n|[Aa]t|[Oo]n|[Oo]ut|[Ff]rom|[Oo]f|[Tt]o)\s).*\b(?:in|of|from|at|to)\s+(?:(?:\p{Lu}[\p{L}.'-]*\s+){0,2}\p{Lu}[\p{L}.'-]*(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,4}$`,
  'su',
);

const PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'off', 'down', 'away']);
const MEMBER_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'of', 'at', 'on', 'from', 'within']);

/**
 * "Lawmakers in Congress", "Democrats in the Senate", "Republicans on Capitol Hill": people of a body
 * or place, named by a plural head before a preposition and the name ending the phrase (at `name`).
 * The group speaks, not what ends its phrase: the whole phrase for a body ("Lawmakers in
 * Congress"), the words before the preposition for a place ("Republicans", as for "Lawyers in
 * Ohio"). Null when the phrase is no such group.
 */
export function membersPhrase(t: Token[], name: Range, type: string | undefined): Range | null {
  const body = type === 'organization' || type === 'group';
  if (!body && type !== 'place' && type !== 'country') return null;
  // (A phrase opened by a preposition or particle was cut from its verb: "among officials in ...".)
  if (ADVERBIAL_OPENERS.has(t[0]?.lower ?? '') || PARTICLES.has(t[0]?.lower ?? '')) return null;
  const k = t.findIndex((w) => MEMBER_PREPOSITIONS.has(w.lower));
  // The name right after the preposition ("in the Senate"), ending the phrase.
  const at = t[k + 1]?.lower === 'the' ? k + 2 : k + 1;
  if (k <= 0 || t[at]?.start !== name.start || t[t.length - 1].end !== name.end) return null;
  const head = t[k - 1].lower;
  if (DOCUMENT_NOUNS.has(head) || EVIDENCE_NOUNS.has(head)) return null;
  const people =
    GROUP_HEADS.has(head) ||
    PLURAL_COLLECTIVES.has(head) ||
    (head.endsWith('s') && (isAgentPlural(head) || PERSON_HEADS.has(head)));
  if (!people) return null;
  return { start: t[0].start, end: body ? name.end : t[k - 1].end };
}
