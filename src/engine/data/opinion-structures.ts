/**
 * Word lists for the structural opinion detectors (src/engine/caveats/opinion-structures.ts):
 * evaluative predicate heads, ironic "a <label> of a ..." labels, exhortation openers and
 * first-person stance formulas; and for caveats/judgement-structures.ts the degree adverbs, verbs
 * of praise and blame and comparatives of a judging predicate. Each entry only counts in its structure (a copula before it, a
 * sentence start, ...), never alone.
 *
 * Origin: compiled by hand for this project (no third-party text), from the classes of failure in
 * issue 16 (evaluative predication, interjections, first-person stance, exhortation, ironic
 * labels); entries that read as neutral report in news ("success", "victory", "bad", "good",
 * "sad") were left out. Licence: same as this repository.
 *
 * Entries are lower case; curly apostrophes are folded to straight ones before lookup.
 */

/**
 * Heads of an evaluative predicate: after "is / are / was / were / would be" with a definite
 * subject ("this is political theater", "the senator is a hypocrite", "they aren't pretty").
 */
export const EVALUATIVE_PREDICATES: readonly string[] = [
  'theater',
  'theatre',
  'farce',
  'circus',
  'charade',
  'sham',
  'joke',
  'disaster',
  'catastrophe',
  'fiasco',
  'travesty',
  'mess',
  'nonsense',
  'rubbish',
  'garbage',
  'hypocrisy',
  'hypocrite',
  'hypocritical',
  'typical',
  'pathetic',
  'laughable',
  'ridiculous',
  'absurd',
  'insane',
  'crazy',
  'stupid',
  'dumb',
  'idiotic',
  'pretty',
  'ugly',
  'shameful',
  'disgraceful',
  'embarrassing',
  'embarrassment',
  'disgrace',
  'outrageous',
  'incorrect',
  'correct',
  'terrible',
  'awful',
  'horrible',
  'wonderful',
  'amazing',
  'brilliant',
  'fantastic',
  'incredible',
  'unbelievable',
  'hilarious',
  'dishonest',
  'cowardly',
  'shameless',
  'clueless',
  'delusional',
  'hysterical',
  'unhinged',
  'preposterous',
  'nonsensical',
  'meaningless',
  'pointless',
  'useless',
  'worthless',
  'hopeless',
  'deplorable',
  'despicable',
  'disgusting',
  'vile',
  'evil',
  'wicked',
  'idiots',
  'idiot',
  'fools',
  'fool',
  'liar',
  'liars',
  'loser',
  'losers',
  'clowns',
  'clown',
  'cowards',
  'coward',
  'fraud',
  'frauds',
  'crooks',
  'puppet',
  'stunt',
  'gimmick',
  'hoax',
  'scam',
  'antics',
  // Judging adjectives: wise or foolish, encouraging or troubling, fair or not.
  'smart',
  'wise',
  'unwise',
  'foolish',
  'naive',
  'misguided',
  'irresponsible',
  'sensible',
  'commendable',
  'laudable',
  'encouraging',
  'worrying',
  'troubling',
  'disappointing',
  'refreshing',
  'reassuring',
  'puzzling',
  'ironic',
  'unfair',
  'unjust',
  'silly',
  'petty',
  'cynical',
];

/** The label in "a <label> of a <thing>" ("a train wreck of a summit", "a joke of a bill"). */
export const IRONIC_LABELS: readonly string[] = [
  'wreck',
  'joke',
  'disaster',
  'mess',
  'farce',
  'circus',
  'hell',
  'nightmare',
  'sham',
  'travesty',
  'fire',
  'catastrophe',
  'fiasco',
  'beast',
  'monster',
  'whopper',
  'doozy',
  'gem',
];

/**
 * Openers of a call to action at the start of a sentence (after an optional "So", "And", "But",
 * "Now"): "Let's not pretend ...", "It's time to ...", "We must ...". Multi-word entries are
 * space-separated words.
 */
export const EXHORTATIONS: readonly string[] = [
  "let's",
  'let us',
  "it's time",
  'it is time',
  'time to',
  'we must',
  "we mustn't",
  'we need to',
  'we should',
  "we shouldn't",
  'we have to',
  'we ought to',
  "we can't",
  'we cannot',
  'never forget',
  'remember',
  'make no mistake',
  'mark my words',
  'wake up',
  'enough is enough',
];

/**
 * First-person stance and interjection formulas, anywhere in the author's voice: "If you ask me",
 * "I for one", "what many of us thought", "So much for unity".
 */
export const STANCE_FORMULAS: readonly string[] = [
  'if you ask me',
  'i for one',
  'many of us',
  'most of us',
  'those of us',
  'some of us',
  'all of us',
  'so much for',
  "just so we're clear",
  'just so we are clear',
  'let me be clear',
  'i guarantee',
  "don't get me wrong",
  'truth be told',
  'god forbid',
  'heaven forbid',
  'thank god',
  'thank goodness',
  'needless to say',
  'you have to wonder',
  'one has to wonder',
  'one wonders',
  'go figure',
  'surprise surprise',
  'big surprise',
  'oh how',
  'oh well',
  'yeah right',
  'how convenient',
  'how ironic',
  'what a joke',
  'what a shame',
  'safe to say',
  'a right to know',
  'deserve to know',
  'deserves to know',
  'sorta',
  'kinda',
  'like a bully',
  'like a child',
  'like a tyrant',
  'like a thug',
];

/** Exclamations of courtesy, which are no opinion ("Thank you!" closing a donation box). */
export const COURTESY: readonly string[] = [
  'thank you',
  'thanks',
  'welcome',
  'congratulations',
  'good luck',
  'happy',
  'enjoy',
  'cheers',
  'subscribe',
  'sign up',
  'please',
];

/**
 * Degree adverbs that make a predicate adjective a judgement after a copula ("the chapter is quite
 * short", "the plan was rather timid", "the fares are too high"). Only after "is / are / was /
 * were / be", before a lower-case content word; see JUDGEMENT_IDIOMS for the measured uses.
 */
export const PREDICATE_DEGREES: readonly string[] = [
  'quite',
  'rather',
  'too',
  'remarkably',
  'noticeably',
  'strikingly',
  'surprisingly',
  'refreshingly',
  'perfectly',
  'wholly',
  'especially',
  'particularly',
  'singularly',
  'decidedly',
  'eminently',
];

/**
 * After a copula and a degree adverb, words that measure rather than judge: "too early to say",
 * "so far", "so many", "too close to call", "quite a few", "rather than", "especially in ...".
 */
export const JUDGEMENT_IDIOMS: readonly string[] = [
  'far',
  'much',
  'many',
  'few',
  'little',
  'long',
  'early',
  'soon',
  'late',
  'close',
  'often',
  'rare',
  'common',
  'likely',
  'unlikely',
  'different',
  'similar',
  'busy',
];

/**
 * Verbs of praise and blame in a deontic passive: "the changes are to be welcomed", "such talk is
 * to be deplored". The author's verdict on what deserves approval.
 */
export const VERDICT_PARTICIPLES: readonly string[] = [
  'welcomed',
  'applauded',
  'commended',
  'praised',
  'admired',
  'celebrated',
  'encouraged',
  'condemned',
  'deplored',
  'regretted',
  'lamented',
  'feared',
  'avoided',
  'resisted',
  'opposed',
  'ridiculed',
  'pitied',
];

/** Comparative verdicts after a copula: "the old plan was better", "nothing is worse than ...". */
export const COMPARATIVE_VERDICTS: readonly string[] = ['better', 'worse', 'preferable', 'superior', 'inferior'];
