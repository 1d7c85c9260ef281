/**
 * Quantifiers that stand alone as the subject of a cue verb ("Some say ...", "Many argue that ...",
 * "But few believe ..."): a plural pronoun of unnamed people, not a determiner before a noun.
 *
 * Origin: written for edge-brief (MIT, like the repository); plain English quantifiers, from the
 * unnamed-group sources of the PolNeAR dev split (issue 16). No third-party list.
 */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'few', 'several', 'both']);

/** Words that may stand before such a subject at the start of its clause ("But some say", "Still, many argue"). */
export const QUANTIFIER_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'and',
  'but',
  'yet',
  'still',
  'while',
  'though',
  'although',
  'whereas',
  'and',
  'so',
  'now',
  'indeed',
]);
