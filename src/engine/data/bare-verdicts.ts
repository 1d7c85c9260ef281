/**
 * Words for caveats/bare-verdicts.ts: adjectives of a verdict that news also uses in other senses
 * ("a simple majority", "real estate", "a good deal of"), so no lexicon lists them, but that close
 * a predication as a judgement: "The explanation is simple.", "But the risk is real.", "This is a
 * respectable view.", "The levy is not good for the harbour.". Only counted after a copula and
 * closing the clause, or between "a" and a noun closing it.
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall on unseen opinion writing), not copied from any list or corpus.
 */

export const VERDICT_ADJECTIVES: readonly string[] = [
  'simple',
  'real',
  'good',
  'bad',
  'right',
  'wrong',
  'fair',
  'unfair',
  'wise',
  'unwise',
  'sensible',
  'reasonable',
  'unreasonable',
  'respectable',
  'obvious',
  'healthy',
  'unhealthy',
  'harmful',
  'useful',
  'useless',
  'worthwhile',
  'pointless',
  'sound',
  'unsound',
  'legitimate',
  'illegitimate',
  'admirable',
  'commendable',
  'welcome',
  'sane',
  'honest',
  'dishonest',
];

/** Degree words between the copula and the adjective: "is not so simple", "is all too real". */
export const VERDICT_DEGREES: readonly string[] = [
  'not',
  'so',
  'very',
  'all',
  'too',
  'quite',
  'simply',
  'hardly',
  'never',
  'always',
  'perfectly',
  'entirely',
  'also',
  'still',
  'now',
  'rather',
  'really',
  'truly',
  'both',
];

/**
 * Adjectives of what must be done, after an extraposed "it": "It is imperative to reduce ...",
 * "It is vital that the council acts.", "It is essential for the port to reopen.".
 */
export const DEONTIC_ADJECTIVES: readonly string[] = [
  'imperative',
  'essential',
  'vital',
  'crucial',
  'necessary',
  'important',
  'critical',
  'urgent',
  'paramount',
  'incumbent',
];
