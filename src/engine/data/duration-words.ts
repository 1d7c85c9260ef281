/**
 * A stretch of time before a cue verb ("who has worked there for years said", "for the past two
 * decades said", "since last spring said"): the units it counts and the words that may stand
 * between its opening preposition and its unit. Read by speakers/time-before-cue.ts.
 *
 * Origin: written for edge-brief (MIT, like the repository) from English grammar (duration
 * adverbials); no third-party list.
 */

/** The units of a duration, singular and plural. */
export const DURATION_UNITS: ReadonlySet<string> = new Set([
  'year',
  'years',
  'month',
  'months',
  'week',
  'weeks',
  'day',
  'days',
  'decade',
  'decades',
  'generation',
  'generations',
  'while',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);

/** Words between the preposition and the unit ("for the past two", "for more than a", "since last"). */
export const DURATION_MODIFIERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'one',
  'past',
  'last',
  'many',
  'several',
  'some',
  'few',
  'more',
  'than',
  'nearly',
  'almost',
  'about',
  'over',
  'recent',
  'long',
  'good',
]);

/** Prepositions that open a duration ("for years", "since last year", "over the past decade", "in recent years"). */
export const DURATION_OPENERS: ReadonlySet<string> = new Set(['for', 'since', 'over', 'in']);
