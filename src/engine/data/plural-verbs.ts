/**
 * Finite verbs of the plural that follow a plural noun subject and never the object of a verb of
 * saying ("questions go unasked", "promises remain", "claims linger"): after a cue word that is
 * also a plural noun they show the word is the noun (attribution/noun-not-cue.ts). Not "are",
 * "were": "those she claims were there" is a verb of saying before a clause with its subject gapped.
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall classes), not copied from any list or corpus.
 */
export const PLURAL_FINITE_VERBS: readonly string[] = [
  'go',
  'went',
  'remain',
  'linger',
  'persist',
  'loom',
  'mount',
  'abound',
];
