/**
 * Words that show "call" in a sense that names nothing: a telephone call ("called him twice",
 * "called her by phone", "called police"). Used by attribution/call-sense.ts.
 *
 * Origin: compiled by hand for this project from the false claims seen on the PTC (SemEval 2020
 * task 11) train articles ("called X three times", "called X about ...", "called the principal again");
 * common English words, no third-party list copied. Licence: same as this repository.
 */

/** Object pronouns a call reaches ("called him", "called them"); "it" is left out ("called it a farce" names). */
export const CALLED_PRONOUNS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'us', 'them', 'you']);

/** Services one calls, the object on its own ("called police", "called 911"). */
export const CALLED_SERVICES: ReadonlySet<string> = new Set([
  'police',
  '911',
  '999',
  '112',
  'authorities',
  'ambulance',
]);

/** Words right after the object that end a phone call's clause ("called him again", "called her about ..."). */
export const CALL_TAILS: ReadonlySet<string> = new Set([
  'again',
  'back',
  'twice',
  'repeatedly',
  'together',
  'about',
  'to',
  'by',
  'from',
  'at',
  'after',
  'before',
  'while',
  'when',
  'and',
]);

/** Tails strong enough after a common-noun object ("called the principal again", "called the clerk twice"). */
export const STRICT_CALL_TAILS: ReadonlySet<string> = new Set(['again', 'back', 'twice', 'repeatedly', 'by']);

/** Count words before "times" ("called her three times"). */
export const CALL_COUNTS: ReadonlySet<string> = new Set(
  'two three four five six seven eight nine ten several multiple many numerous countless dozens'.split(' '),
);
