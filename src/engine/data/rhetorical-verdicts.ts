/**
 * Words for caveats/rhetorical-verdicts.ts: the copulas and modals before a verdict's "hardly"
 * ("the plan is hardly a solution", "could hardly be worse"), what after "hardly" makes it a
 * measure of amount or frequency instead ("hardly any", "hardly ever"), the negated auxiliaries of
 * an escalation ("doesn't just X", "did not merely X"), the subjects that open an "If only ..."
 * wish, the modals of "we can do better" and the verbs of a report "merely" belittles ("the code
 * merely notes"). Each counts only in its structure, never alone.
 *
 * Origin: Written for edge-brief; MIT. From general English usage (CheckThat subjectivity recall
 * classes), not copied from any list or corpus.
 */

/** Linking verbs before "hardly" (a verdict: "is hardly a solution", "was hardly surprising"). */
export const HARDLY_COPULAS: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  "it's",
  "that's",
  "he's",
  "she's",
  "they're",
  "there's",
  'seems',
  'seemed',
  'looks',
  'looked',
  'sounds',
  'sounded',
];

/** Modals of "could hardly be worse", "can hardly be called a success". */
export const HARDLY_MODALS: readonly string[] = ['can', 'could', 'would', 'will', 'may', 'might'];

/** After "hardly": amount or frequency, not a verdict ("hardly any snow", "hardly ever there"). */
export const HARDLY_MEASURES: readonly string[] = [
  'any',
  'anyone',
  'anybody',
  'anything',
  'anywhere',
  'ever',
  'enough',
  'more',
  'less',
];

/** Negated do-support of an escalation: "doesn't just burden", "did not merely delay". */
export const ESCALATION_NEGATIONS: readonly string[] = ["doesn't", "didn't", "don't"];
/** The same with a separate "not": "does not merely", "did not just". */
export const ESCALATION_AUXILIARIES: readonly string[] = ['does', 'did', 'do'];
/** The restricting adverbs of an escalation (not "only": "didn't only stop on Sundays" is a fact). */
export const ESCALATION_ADVERBS: readonly string[] = ['just', 'merely'];

/** Words that open the wish after "If only" ("If only the council had listened"). */
export const WISH_SUBJECTS: readonly string[] = [
  'i',
  'we',
  'you',
  'he',
  'she',
  'they',
  'it',
  'there',
  'the',
  'this',
  'that',
  'these',
  'those',
  'our',
  'their',
  'his',
  'her',
  'its',
  'my',
  'your',
  'someone',
  'somebody',
  'people',
  'more',
];

/** Verbs of a wish's unreal past or modal ("If only the council had listened", "if only it were"). */
export const WISH_VERBS: readonly string[] = ['had', "hadn't", 'were', 'would', 'could', "we'd", "they'd", "i'd"];

/** Modals of "we can do better", "the county could do better" ("ought" with its "to"). */
export const BETTER_MODALS: readonly string[] = [
  'can',
  'could',
  'must',
  'should',
  'ought',
  "can't",
  'cannot',
  "couldn't",
];

/**
 * Verbs of a text's or a body's report that "merely"/"just" belittle ("the code merely notes",
 * "the guidance just says"): present forms, which "just" takes only as "no more than".
 */
export const BELITTLED_REPORTS: readonly string[] = [
  'says',
  'notes',
  'states',
  'asks',
  'requires',
  'suggests',
  'recommends',
  'mentions',
  'acknowledges',
  'urges',
];
/** Past forms, after "merely" only ("just said" is recent news). */
export const BELITTLED_REPORTS_PAST: readonly string[] = [
  'said',
  'noted',
  'stated',
  'asked',
  'required',
  'suggested',
  'recommended',
  'mentioned',
  'acknowledged',
  'urged',
];

/** Modals of a feasibility the author asserts: "the depot could easily house every bus". */
export const EASE_MODALS: readonly string[] = ['could', 'can', 'would'];
