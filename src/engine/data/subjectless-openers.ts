/**
 * Words that show a sentence's opening phrase is no subject: an adverbial clause's opener ("Given
 * what we know, consider ..."), or, after a capitalised first word, the determiner that makes that
 * word a verb with its object ("Read the report and note ...": an imperative has no speaker).
 *
 * Origin: written for this project (MIT, like the repository), from English grammar.
 */

/** Words that open an adverbial clause or a fronted participle, never a subject. */
export const ADVERBIAL_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'given',
  'if',
  'unless',
  'although',
  'though',
  'because',
  'whereas',
  'assuming',
  'considering',
  'supposing',
  'provided',
  'whether',
]);

/** Determiners right after a word make it a verb with its object ("Read the report"). ("Trump this week said": not "this".) */
export const OBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'your', 'our', 'my']);

/** Words after the determiner that make it a time phrase after a name ("Hale the next day said", "Hale a week later"). */
export const TIME_AFTER_DETERMINER: ReadonlySet<string> = new Set([
  'next',
  'other',
  'following',
  'same',
  'day',
  'week',
  'month',
  'year',
  'decade',
  'few',
  'couple',
]);

/** Words that may stand before a determiner inside a noun phrase ("All the members", "Half the town"). */
export const PREDETERMINERS: ReadonlySet<string> = new Set([
  'all',
  'both',
  'half',
  'such',
  'what',
  'quite',
  'rather',
  'many',
  'only',
  'even',
  'just',
  'not',
  'twice',
  'once',
]);
