/**
 * Words for caveats/sweeping-claims.ts: the subjects of a claim about everybody or nobody
 * ("Nobody can ...", "Everyone knows ...", "No government ever ..."), the modals and adverbs that
 * may follow them, and the verbs of a reporter's routine ("could not be reached", "would not
 * comment") that leave such a sentence a report.
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall on unseen opinion writing), not copied from any list or corpus.
 */

/** One-word subjects that take in everybody or nobody (singular: a verb in -s). */
export const UNIVERSAL_SUBJECTS: readonly string[] = [
  'nobody',
  'everyone',
  'everybody',
  'anything',
  'everything',
  'nothing',
];

/** Modals of a generic claim: "Nobody can answer that.", "Nothing will change that." */
export const GENERIC_MODALS: readonly string[] = [
  'can',
  'cannot',
  "can't",
  'will',
  "won't",
  'would',
  "wouldn't",
  'could',
  "couldn't",
  'should',
  'must',
];

/** Adverbs between the subject and its verb: "No party ever wants ...", "Nobody really knows ...". */
export const SWEEPING_ADVERBS: readonly string[] = ['ever', 'really', 'truly', 'actually', 'seriously', 'even'];

/**
 * Verbs of a reporter's routine after a negative subject ("No one could be reached", "Nobody
 * would comment", "No one answered the door"): a report of who did not respond, not a verdict.
 */
export const ROUTINE_VERBS: readonly string[] = [
  'comment',
  'comments',
  'confirm',
  'confirms',
  'respond',
  'responds',
  'reply',
  'replies',
  'return',
  'returns',
  'verify',
  'verifies',
  'immediately',
  'be',
  'been',
  'has',
  'have',
  'had',
  'was',
  'were',
  'does',
  'did',
];
