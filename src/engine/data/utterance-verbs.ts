/**
 * Verbs of utterance that take a short quotation as their object with no comma before it ("The
 * crowd chanted “lock him up”", "he muttered “go away” and left"): by lemma, from the `quote` class
 * of cues.ts. Beside a quotation they report the quoted words; alone they say how something sounded.
 *
 * Origin: written for edge-brief (MIT, like the repository); plain English verbs, from the chanted
 * and shouted quotations among the PolNeAR dev misses (issue 16). No third-party list.
 */
export const UTTERANCE_LEMMAS: ReadonlySet<string> = new Set([
  'shout',
  'chant',
  'mutter',
  'yell',
  'scream',
  'whisper',
  'exclaim',
]);
