/**
 * Words for caveats/verdict-fragments.ts: the linking verbs that carry a verdict as "is" does ("the
 * inquiry has become a circus"), the adjectives that open an exclamative without its "it's"
 * ("Funny how that works.", "Strange that nobody noticed."), the one-word verdicts that make a
 * sentence alone ("Typical.", "Wrong again.") and the asides that grade the person they interrupt
 * ("the minister, ever the diplomat, ...", "to nobody's surprise"). Each counts only in its
 * structure, never alone.
 *
 * Origin: Written for edge-brief; MIT. From general English usage (issue 16, author-voice
 * subjectivity on sentences nobody tuned to), not copied from any list or corpus.
 */

/**
 * Linking verbs: subject + verb + evaluative head is a verdict as with "is". Multi-word ones
 * ("turned into") take their particle; the head is looked for after it.
 */
export const LINKING_VERBS: readonly string[] = [
  'become',
  'becomes',
  'became',
  'becoming',
  'remain',
  'remains',
  'remained',
  'prove',
  'proves',
  'proved',
  'proven',
  'look',
  'looks',
  'looked',
  'sound',
  'sounds',
  'sounded',
  'turn into',
  'turns into',
  'turned into',
  'descend into',
  'descends into',
  'descended into',
  'amount to',
  'amounts to',
  'amounted to',
  'degenerate into',
  'degenerates into',
  'degenerated into',
];

/**
 * Adjectives of attitude that open an exclamative whose "it is" is left out: "Funny how ...",
 * "Strange that ...", "Telling that ...", "Rich, coming from ..." is not included (no "how"/"that").
 */
export const EXCLAMATIVE_ADJECTIVES: readonly string[] = [
  'funny',
  'strange',
  'odd',
  'curious',
  'weird',
  'amazing',
  'astonishing',
  'remarkable',
  'telling',
  'ironic',
  'convenient',
  'sad',
  'shocking',
  'incredible',
  'interesting',
  'extraordinary',
  'typical',
  'revealing',
  'unsurprising',
  'predictable',
];

/** Verdicts that make a whole sentence of at most three words: "Typical.", "Wrong again.", "Pathetic!" */
export const ONE_WORD_VERDICTS: readonly string[] = [
  'typical',
  'wrong',
  'pathetic',
  'ridiculous',
  'absurd',
  'shameful',
  'disgraceful',
  'predictable',
  'unbelievable',
  'incredible',
  'priceless',
  'nonsense',
  'rubbish',
  'hypocrisy',
  'outrageous',
  'sad',
  'shocking',
  'classic',
  'brilliant',
  'genius',
];

/**
 * Asides that grade the person they interrupt, between commas or at the sentence start: "the
 * minister, ever the diplomat, said nothing", "to nobody's surprise, the board blamed the unions".
 */
export const GRADING_ASIDES: readonly string[] = [
  'ever the',
  'never one to',
  'always one to',
  'true to form',
  "to nobody's surprise",
  "to no one's surprise",
  'to the surprise of nobody',
  'to the surprise of no one',
  'surprise surprise',
];

/** Openers of a short verbless understatement or dismissal: "Not a good look.", "Hardly the stuff of legend." */
export const NEGATED_OPENERS: readonly string[] = ['not', 'hardly', 'scarcely', 'never'];

/**
 * Verdict nouns that "is" takes as readily as the heads of data/opinion-structures.ts but that had
 * no entry there: "the talks were a train wreck", "the scheme became a boondoggle".
 */
export const EXTRA_VERDICT_HEADS: readonly string[] = ['wreck', 'trainwreck', 'laughingstock', 'debacle'];

/**
 * Heads of data/opinion-structures.ts that a linking verb takes in a literal or verified sense:
 * "the hall became a theatre", "the forecast proved correct", "it looks pretty".
 */
export const LITERAL_AFTER_LINKING: readonly string[] = [
  'theater',
  'theatre',
  'circus',
  'pretty',
  'correct',
  'incorrect',
  'typical',
  'puppet',
  'stunt',
];

/**
 * Shell nouns: a noun that only names a kind of act or moment, so that in "this is a welcome step",
 * "that is a bold claim", "it was a sad day" the adjective before it is the whole predicate.
 */
export const SHELL_NOUNS: readonly string[] = [
  'step',
  'move',
  'sign',
  'signal',
  'development',
  'idea',
  'decision',
  'choice',
  'day',
  'moment',
  'thing',
  'claim',
  'argument',
  'result',
  'outcome',
  'start',
  'gesture',
  'gamble',
  'lesson',
  'reminder',
  'message',
  'tactic',
  'strategy',
  'approach',
  'achievement',
];

/**
 * Adjectives that classify or measure rather than judge, which a report puts before a shell noun:
 * "this is the second step", "it is a public holiday", "it was a long day", "a procedural move".
 */
export const CLASSIFYING_ADJECTIVES: readonly string[] = (
  'new old first second third fourth fifth last final next other same different similar separate single double ' +
  'long short busy quiet full half whole main key major minor common rare usual normal regular standard ' +
  'complex public private formal informal official joint national local federal annual daily weekly monthly ' +
  'early late recent current former future previous possible likely potential legal general special specific ' +
  'certain further additional initial preliminary temporary permanent procedural technical political economic ' +
  'military legislative judicial diplomatic financial medical scientific historic historical big small large ' +
  'one two three four five six seven eight nine ten another such breaking latest top ' +
  // Size and weight, the report's own words ("a significant step in the talks", "a huge step for the company").
  'significant important huge giant massive modest ' +
  // Determiners and quantifiers, which stand where the adjective would: "these are the days", "it was no step".
  'the this that these those his her its their our my your some any no all many few more most several'
).split(' ');

/** Participles of a negated deontic passive: "this cannot be allowed to continue", "must not be ignored". */
export const DEONTIC_PARTICIPLES: readonly string[] = [
  'allowed',
  'tolerated',
  'permitted',
  'ignored',
  'excused',
  'forgotten',
  'overlooked',
  'underestimated',
  'overstated',
  'dismissed',
  'trusted',
  'forgiven',
  'condoned',
];

/** Bare verbs after a sentence-initial "Don't" that belong to page furniture ("Don't miss", "Don't forget to subscribe"). */
export const FURNITURE_IMPERATIVES: readonly string[] = ['miss', 'forget', 'have', 'wait'];

/** Possessives of the sarcastic "in its infinite wisdom", "in their wisdom". */
export const WISDOM_OWNERS: readonly string[] = ['its', 'his', 'her', 'their', 'your'];
/** What may stand between the possessive and "wisdom": "in its infinite wisdom". */
export const WISDOM_DEGREES: readonly string[] = ['infinite', 'great', 'boundless', 'collective', 'supreme'];

/**
 * Natural forces and disasters: as the subject of a charged verb ("the storm unleashed torrential
 * rain", "the hurricane slammed into Florida", "the blast destroyed three buildings") the verb
 * reports what happened, with no judgement of anybody's conduct.
 */
export const NATURAL_FORCES: readonly string[] = (
  'storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes flood floods ' +
  'floodwaters earthquake earthquakes quake quakes tsunami fire fires wildfire wildfires blaze blazes blast blasts ' +
  'explosion explosions eruption volcano drought heatwave rain rains winds wind gale gales snow blizzard avalanche ' +
  'landslide landslides mudslide waves surge virus outbreak epidemic pandemic disease'
).split(' ');

/** Adjectives of an extraposed judgement: "it is hard to take them seriously", "it's easy to forget". */
export const EXTRAPOSED_GRADES: readonly string[] = [
  'hard',
  'difficult',
  'impossible',
  'easy',
  'tempting',
  'fair',
  'safe',
  'tough',
];

/**
 * Verbs of mind and speech after an extraposed grade: what is hard or easy to see, say or believe is
 * the author's judgement ("hard to take seriously", "difficult to overstate"); what is hard to reach
 * or book is a fact of access ("difficult to reach the island").
 */
export const EXTRAPOSED_VERBS: readonly string[] = [
  'take',
  'overstate',
  'exaggerate',
  'overestimate',
  'underestimate',
  'ignore',
  'imagine',
  'believe',
  'forget',
  'understand',
  'argue',
  'deny',
  'dismiss',
  'escape',
  'resist',
  'overlook',
  'blame',
  'justify',
  'defend',
  'fathom',
  'swallow',
  'stomach',
  'conclude',
  'avoid',
  'sympathize',
  'sympathise',
];

/** Nouns of "it is no ... that / to": "it's no exaggeration to say", "it is no coincidence that". */
export const NO_NOUNS: readonly string[] = ['exaggeration', 'coincidence', 'accident', 'wonder', 'surprise'];

/** Whole-sentence exclamations of relief or exasperation: "At last.", "Finally.", "Not again." */
export const FRAGMENT_EXCLAMATIONS: readonly string[] = [
  'at last',
  'at long last',
  'finally',
  'not again',
  'never again',
  'about time',
  'high time',
  'good grief',
  'so be it',
];

/** First-person frames of a view: "let me be blunt", "as far as I'm concerned", "count me among". */
export const FIRST_PERSON_FRAMES: readonly string[] = [
  'let me be',
  "as far as i'm concerned",
  'as far as i am concerned',
  'i have my doubts',
  'we have our doubts',
  'my own view',
  'my own sense',
  'my own guess',
  'my own feeling',
  'count me among',
  'count me in',
  'count me out',
  'call me skeptical',
  'call me sceptical',
  'call me cynical',
];

/**
 * Plain grades of how events went, which a report gives before a shell of outcome ("a bad day for
 * the markets", "a strong start", "a good result for the home side"); before a shell of choice they
 * judge ("a good thing", "a bad idea").
 */
export const PLAIN_GRADES: readonly string[] = 'good bad great tough difficult hard strong weak poor solid mixed'.split(
  ' ',
);
export const OUTCOME_SHELLS: readonly string[] = ['day', 'days', 'start', 'result', 'results', 'outcome', 'moment'];

/**
 * Units of time and measure: "little more than an hour", "one long day" measure, where "little
 * more than a photo op" and "one long car crash" reduce a thing to a verdict.
 */
export const MEASURE_UNITS: readonly string[] = (
  'second seconds minute minutes hour hours day days night nights week weeks month months year years decade ' +
  'decades century mile miles kilometre kilometres kilometer kilometers metre metres meter meters foot feet inch ' +
  'inches percent per cent half third quarter dozen hundred thousand million billion trillion fraction handful ' +
  'year-and-a-half term season'
).split(' ');
