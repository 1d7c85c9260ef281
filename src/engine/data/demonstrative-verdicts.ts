/**
 * Words for caveats/demonstrative-verdicts.ts: the nouns of what is wrong or what matters that a
 * writer points at with "that is (precisely) the ..." ("That is precisely the problem.", "This is
 * the whole point."), and the focus words allowed between the copula and the noun.
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall classes), not copied from any list or corpus.
 */

/** Nouns of what is wrong or what matters. */
export const POINTED_NOUNS: readonly string[] = [
  'problem',
  'trouble',
  'point',
  'irony',
  'tragedy',
  'scandal',
  'mistake',
  'danger',
  'worry',
  'paradox',
];

/** Focus and degree words between the copula and the noun: "precisely the", "the whole", "the real". */
export const POINTED_FOCUS: readonly string[] = [
  'precisely',
  'exactly',
  'just',
  'whole',
  'real',
  'very',
  'central',
  'crux',
];
