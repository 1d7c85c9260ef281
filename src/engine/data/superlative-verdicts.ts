/**
 * Words for caveats/superlative-verdicts.ts: superlatives of merit (not of size, age, count or
 * speed, which a report measures: "the largest", "the oldest", "the fastest"), and two absolutes
 * that rank the same way ("the perfect example", "the ideal place"), and the words allowed
 * between a copula and "the" ("is one of the", "is perhaps the", "was by far the").
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall on unseen opinion writing), not copied from any list or corpus.
 */

/** Superlatives (and absolutes) of merit: a ranking only the writer can make. */
export const MERIT_SUPERLATIVES: readonly string[] = [
  'best',
  'worst',
  'greatest',
  'strongest',
  'weakest',
  'clearest',
  'finest',
  'smartest',
  'wisest',
  'dumbest',
  'stupidest',
  'bravest',
  'boldest',
  'simplest',
  'easiest',
  'purest',
  'truest',
  'saddest',
  'cruelest',
  'cruellest',
  'ugliest',
  'nicest',
  'kindest',
  'grimmest',
  'starkest',
  'surest',
  'fairest',
  'noblest',
  'silliest',
  'craziest',
  'strangest',
  'oddest',
  'weirdest',
  'bleakest',
  'loveliest',
  'nastiest',
  'meanest',
  'laziest',
  'gravest',
  'direst',
  'worthiest',
  'perfect',
  'ideal',
];

/** Between the copula and "the": "is one of the", "is perhaps the", "was by far the". */
export const RANKING_LEADS: readonly string[] = [
  'one',
  'of',
  'among',
  'perhaps',
  'probably',
  'arguably',
  'easily',
  'surely',
  'simply',
  'by',
  'far',
  'still',
  'also',
  'now',
  'truly',
  'really',
];

/** After the superlative, words that make it a record measured, not a verdict: "since 1990", "on record". */
export const RECORD_WORDS: readonly string[] = ['since', 'record', 'recorded', 'decades', 'history', 'ever'];

/**
 * Nouns of a physical force a report measures, after "strongest", "weakest" or "worst": "the
 * strongest storm to hit the coast", "the weakest currency in the region".
 */
export const MEASURED_NOUNS: readonly string[] = [
  'storm',
  'storms',
  'hurricane',
  'typhoon',
  'cyclone',
  'tornado',
  'earthquake',
  'quake',
  'tremor',
  'aftershock',
  'eruption',
  'wind',
  'winds',
  'gust',
  'gusts',
  'flood',
  'flooding',
  'drought',
  'heatwave',
  'wildfire',
  'signal',
  'currency',
  'dollar',
  'pound',
  'euro',
  'yen',
];
