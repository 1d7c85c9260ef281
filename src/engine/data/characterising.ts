/**
 * Words for caveats/characterising.ts: the adverbs that make a statement about a class of people
 * a rule ("politicians always ...", "governments never ..."), the modals allowed before them
 * ("will always"), the nouns of a habit ("has a habit of", "a knack for") and the subjects of
 * "in their right mind" ("nobody", "who").
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, CheckThat
 * subjectivity recall on unseen text), not copied from any list or corpus.
 */

/** Adverbs of a rule without exception. */
export const ALWAYS_WORDS: readonly string[] = ['always', 'never', 'invariably', 'inevitably', 'forever', 'constantly'];

/** Modals and auxiliaries between the plural and the adverb: "will always", "can never", "don't always". */
export const GENERIC_MODALS: readonly string[] = [
  'will',
  'would',
  'can',
  'do',
  "won't",
  "can't",
  "don't",
  'cannot',
  'should',
];

/** Nouns of a habit before "of"/"for" and a verb in -ing ("has a habit of blaming"). */
export const HABIT_NOUNS: readonly string[] = [
  'habit',
  'knack',
  'penchant',
  'propensity',
  'proclivity',
  'predilection',
  'weakness',
  'fondness',
];

/** Subjects of "in their right mind": "nobody", "no one", "anyone", "who". */
export const RIGHT_MIND_SUBJECTS: readonly string[] = [
  'nobody',
  'no',
  'noone',
  'anyone',
  'anybody',
  'who',
  'person',
  'people',
];

/** Past tenses without -ed: "Investigators never found ...", "Residents never got ..." report what happened. */
export const IRREGULAR_PASTS: readonly string[] =
  `was were had did knew took made said went came got saw gave told thought
felt left lost won found put set ran met paid held kept brought bought built sent spent caught taught fought sought heard
read led fled began became chose wrote spoke broke stole rose fell drew grew threw flew showed shown understood stood sat
meant let hit cut quit sold ate drove rode forgot forgave hid shut struck swore tore wore woke`
    .split(/\s+/)
    .filter(Boolean);

/** Words that make the plural a particular group or a count, not a class: "The officials", "Some voters". */
export const PARTICULAR_DETERMINERS: readonly string[] = `the these those this that our their his her its my your some
many few several both two three four five a an no such other`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Words after the verb that tie "always"/"never" to a time, a place or a routine ("Farmers always
 * plant wheat in October", "Officials always check passports at the border"): a routine, not a verdict.
 */
export const ROUTINE_WORDS: readonly string[] = `during before until within every each at weekend weekends
morning mornings evening evenings night nights daily weekly monthly annually year season spring summer autumn winter
january february march april may june july august september october november december monday tuesday wednesday
thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays saturdays sundays`
  .split(/\s+/)
  .filter(Boolean);

/**
 * Verbs after an opening "They" that describe, report or intend rather than characterise: what a
 * set holds ("They include ...", "They range from ..."), where people live or work, what they say,
 * think, plan or need; what they demand or allege (a report of a speech act); what a thing means
 * or requires. "They argue that ...", "They live in a two-room flat", "Accordingly, they demand an
 * open inquiry", "It does not mean ..." stay report.
 */
export const NEUTRAL_PRESENTS: readonly string[] =
  `include contain comprise consist range number total represent account cover span vary differ live work own
run rent operate remain stay face hold plan intend hope expect need say argue claim contend cite note point
insist believe think know agree disagree suspect estimate predict warn recall remember explain describe tell
write report call ask answer recommend urge propose explore examine study see hear read meet join arrive
leave come go return travel move visit sit stand lie appear look seem tend seek try serve help teach attend
share decline stem cost earn pay receive use threaten
suggest demand accuse deny allege charge mean matter apply require exist happen`
    .split(/\s+/)
    .filter(Boolean);

/** Nouns of impudence after "had the ... to": "had the gall to blame", "has the nerve to ask". */
export const IMPUDENCE_NOUNS: readonly string[] = `gall audacity temerity nerve chutzpah cheek effrontery impudence
brass`
  .split(/\s+/)
  .filter(Boolean);

/** Nouns of a virtue found wanting: "lacks the courage to", "didn't have the decency to". */
export const VIRTUE_NOUNS: readonly string[] = `courage guts decency integrity backbone spine honesty nous wit wits
sense grace humility foresight`
  .split(/\s+/)
  .filter(Boolean);
