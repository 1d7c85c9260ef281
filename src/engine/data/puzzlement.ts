/**
 * Words for caveats/puzzlement.ts: the verbs of understanding in the writer's negated "I have
 * never understood why", the words allowed between "I" and the verb, and the nouns of "to their
 * credit" / "to his shame".
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall on unseen text), not copied from any list or corpus.
 */

/** Verbs of understanding before "why", "how", "what". */
export const PUZZLE_VERBS: readonly string[] = [
  'understand',
  'understood',
  'see',
  'fathom',
  'comprehend',
  'grasp',
  'imagine',
  'figure',
  'get',
];

/** Words between "I"/"we" and the verb: negations, auxiliaries, "fail to", "for the life of me". */
export const PUZZLE_GLUE: readonly string[] = [
  'have',
  "'ve",
  'still',
  'never',
  'not',
  'do',
  "don't",
  'did',
  "didn't",
  'does',
  'can',
  "can't",
  'cannot',
  'could',
  "couldn't",
  'simply',
  'just',
  'really',
  'honestly',
  'truly',
  'fail',
  'to',
  'quite',
  'hardly',
  'ever',
];

/** Nouns of the aside "to their credit", "to his shame". */
export const CREDIT_NOUNS: readonly string[] = ['credit', 'shame', 'discredit'];
