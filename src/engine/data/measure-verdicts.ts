/**
 * Words for caveats/measure-verdicts.ts: the degree words that grade an amount against what is
 * needed ("not nearly enough", "nowhere near enough"), the verbs of going past a limit ("goes too
 * far") and the grades of fit before "sense" ("makes perfect sense", "would make more sense").
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall on unseen text), not copied from any list or corpus.
 */

/** Words before a clause-final "enough" that say the amount falls short: "not nearly enough", "hardly enough". */
export const SHORT_DEGREES: readonly string[] = ['not', 'nearly', 'quite', 'hardly', 'barely', 'scarcely', 'near'];

/** Heads of the copula or the verb a shortfall is predicated with ("is not enough", "is not doing enough"). */
export const SHORT_VERBS: readonly string[] = [
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "'s",
  "it's",
  "that's",
  'doing',
  'do',
  'does',
  'did',
  'done',
];

/** Forms of "go" before "too far": "the ban goes too far", "the council went much too far". */
export const GO_FORMS: readonly string[] = ['go', 'goes', 'went', 'gone', 'going'];

/** Degree words between "go" and "too far": "goes much too far", "went one step too far". */
export const FAR_DEGREES: readonly string[] = [
  'much',
  'way',
  'far',
  'a',
  'step',
  'one',
  'bit',
  'little',
  'simply',
  'just',
];

/** Forms of "make" before "sense". */
export const MAKE_FORMS: readonly string[] = ['make', 'makes', 'made', 'making'];

/** Grades of fit between "make" and "sense": "perfect sense", "far more sense", "a lot of sense". */
export const SENSE_GRADES: readonly string[] = [
  'perfect',
  'good',
  'complete',
  'total',
  'absolute',
  'eminent',
  'more',
  'much',
  'far',
  'a',
  'lot',
  'of',
  'great',
  'sound',
  'real',
  'no',
  'little',
  'any',
  'less',
];
