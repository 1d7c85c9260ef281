/**
 * Subordinators that open a fronted clause of time, cause or concession ("Before officials
 * commented, the mayor said ..."): a cue inside such a clause ends at the clause's comma, and what
 * follows is the main clause, not its content (attribution/fronted-clause.ts). "As" is left out:
 * "As X reported, S" credits S to X.
 *
 * Origin: written for edge-brief (issue 16, PolNeAR dev misses and false hits); MIT. Plain English
 * function words, no third-party list.
 */
export const FRONTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'before',
  'after',
  'when',
  'whenever',
  'while',
  'until',
  'once',
  'since',
  'because',
  'although',
  'though',
  'if',
  'unless',
]);

/**
 * Quantifiers that make "time" a subordinator ("Every time his rivals think ..., he ...", "Each time
 * officials say ..."): the clause opens like "whenever", and its subject starts after "time".
 */
export const TIME_CLAUSE_QUANTIFIERS: ReadonlySet<string> = new Set(['every', 'each', 'any', 'next']);
