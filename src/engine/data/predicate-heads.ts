/**
 * What an evaluative predication (caveats/opinion-structures.ts, caveats/predicate-heads.ts) may
 * hold besides the hand list of data/opinion-structures.ts: the linking verbs that work as its
 * copula ("the plan seems foolish", "the timetable appears flawed", "the rescue looks shambolic"),
 * and the nouns of plans and policies of which a judging adjective (data/conduct-judgements.ts:
 * "dangerous", "weak", "reckless") is the author's verdict when predicated ("the new plan is
 * dangerous"), where the same adjective of a thing or an event is a fact ("the storm was
 * dangerous"). The heads themselves are the lists already held (data/opinion-structures.ts,
 * data/conduct-judgements.ts), not listed again here.
 *
 * Origin: written for edge-brief from general English usage (issue 16, subjectivity on unseen
 * text); no list copied. Licence: Written for edge-brief; MIT.
 */

/** Linking verbs that take a predicate adjective or noun like "is" does ("seems foolish"). */
export const LINKING_VERBS: readonly string[] = [
  'seems',
  'seemed',
  'appears',
  'appeared',
  'looks',
  'looked',
  'sounds',
  'sounded',
];

/**
 * Nouns of what people plan, propose or argue, beside data/conduct-judgements.ts's CONDUCT_NOUNS:
 * a judging adjective predicated of one is a verdict ("the proposal is reckless").
 */
export const JUDGED_SUBJECTS: readonly string[] = [
  'plan',
  'plans',
  'proposal',
  'proposals',
  'argument',
  'arguments',
  'strategy',
  'strategies',
  'response',
  'reasoning',
  'logic',
  'reform',
  'reforms',
  'measure',
  'measures',
  'excuse',
  'excuses',
];
