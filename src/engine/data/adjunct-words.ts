/**
 * Words of what follows a speech act's noun-phrase content in the writer's voice: the
 * circumstances of the act ("called for more school money in a statement on Thursday", "attacked
 * the plan during the debate"), the prepositions that open such an adjunct and the heads that
 * make one of time or occasion (attribution/trailing-adjunct.ts; channel nouns come from
 * data/channel-nouns.ts); and a second predicate of the speaker ("praised the plan but stopped
 * short of ...": attribution/coordinated-predicate.ts).
 *
 * Origin: written for edge-brief; MIT. Plain English function words and common nouns, no third-party list.
 */
import { ARTICLES_AND_POSSESSIVES } from './speaker-words';

/** Prepositions whose phrase is always a time of the act ("during the debate", "since the vote"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'since', 'throughout']);

/** Prepositions whose phrase is a time or occasion only when its head is one ("in July", "on Twitter"). */
export const OCCASION_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'over']);

/** Heads of an occasion phrase after "in" or "at" besides months, days, time nouns and channel nouns ("in early-morning tweets", "at the forum"). */
export const OCCASION_HEADS: ReadonlySet<string> = new Set([
  'tweet',
  'tweets',
  'posts',
  'remarks',
  'ruling',
  'diatribe',
  'rally',
  'forum',
  'debate',
  'debates',
  'convention',
  'event',
  'hall',
  'ad',
  'ads',
  'op-ed',
  'editorial',
  'decision',
  'opinion',
]);

/** Platforms, heads after "on" as well ("on Twitter", "on television"); after "on" a statement is a topic ("elaborate on the statement"). */
export const PLATFORM_HEADS: ReadonlySet<string> = new Set([
  'twitter',
  'facebook',
  'instagram',
  'youtube',
  'television',
  'radio',
]);

/** Words that may stand between the preposition and the head ("in a June statement", "on his Twitter account"). */
export const ADJUNCT_DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES_AND_POSSESSIVES,
  'last',
  'this',
  'that',
  'early',
  'late',
]);

/** Words opening a clause inside the object, whose own phrase a time after it is ("accused her of sleeping when calls came in during the raid"). */
export const INNER_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'when',
  'while',
  'where',
  'how',
  'why',
  'what',
  'because',
  'if',
  'unless',
  'whether',
  'although',
  'though',
  'after',
  'before',
  'until',
  'once',
  'who',
  'which',
  'that',
]);

/** Words after a comma that single out part of the object ("the record, especially his service during the war"). */
export const FOCUS_WORDS: ReadonlySet<string> = new Set(['especially', 'particularly', 'including', 'notably', 'such']);

/** Adverbs between a coordinator and the second predicate's verb ("and then took", "but also had to"). */
export const PREDICATE_ADVERBS: ReadonlySet<string> = new Set([
  'also',
  'then',
  'later',
  'since',
  'still',
  'quickly',
  'repeatedly',
  'subsequently',
  'eventually',
  'never',
  'often',
]);

/** Words that open a past verb's object or complement ("stopped short", "took the", "attempted to", "praised him"). */
export const OBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...ARTICLES_AND_POSSESSIVES,
  'him',
  'them',
  'it',
  'to',
  'that',
  'short',
  'up',
  'out',
  'on',
  'with',
  'for',
  'as',
  'into',
  'about',
]);
