/**
 * Word lists for the author-stance detectors (src/engine/caveats/author-stance.ts). Each entry only
 * counts in its structure (after "a"/"an" and before a name, after a possessive or demonstrative,
 * after "our" in the author's narration), never alone.
 *
 * Origin: compiled by hand for this project (no third-party text), from the classes of failure in
 * issue 16 (attributive evaluative adjectives, evaluative nouns used to refer, the inclusive first
 * person); words that read as neutral report in news ("prominent", "leading", "former",
 * "embattled") were left out. Licence: same as this repository.
 *
 * Entries are lower case; curly apostrophes are folded to straight ones before lookup.
 */

/** Attitudes the author ascribes to a named person: "an incredulous Carlson", "a defiant Trump". */
export const ATTITUDE_ADJECTIVES: readonly string[] = [
  'incredulous',
  'defiant',
  'smug',
  'furious',
  'angry',
  'indignant',
  'exasperated',
  'irate',
  'petulant',
  'combative',
  'unrepentant',
  'hapless',
  'bewildered',
  'flustered',
  'rattled',
  'chastened',
  'gleeful',
  'giddy',
  'sheepish',
  'sullen',
  'testy',
  'prickly',
  'belligerent',
  'bombastic',
  'sanctimonious',
  'pompous',
  'arrogant',
  'clueless',
  'desperate',
  'hysterical',
  'unhinged',
  'whiny',
  'smirking',
  'seething',
  'fuming',
];

/** Adverbs that may stand between the article and the attitude: "a visibly angry Trump". */
export const ATTITUDE_ADVERBS: readonly string[] = ['visibly', 'clearly', 'increasingly', 'obviously', 'openly'];

/**
 * Nouns that judge what they name, used to refer: "her latest antics", "this charade", "such
 * nonsense" (after a possessive or demonstrative, with at most one modifier between).
 */
export const EVALUATIVE_NOUNS: readonly string[] = [
  'antics',
  'stunt',
  'stunts',
  'gimmick',
  'gimmicks',
  'charade',
  'farce',
  'sham',
  'nonsense',
  'hypocrisy',
  'circus',
  'fiasco',
  'travesty',
  'tantrum',
  'tantrums',
  'rant',
  'rants',
  'meltdown',
  'drivel',
  'shenanigans',
  'grandstanding',
  'posturing',
  'hysteria',
  'idiocy',
  'stupidity',
];

/** Modifiers allowed between the determiner and the evaluative noun: "her latest antics". */
export const EVALUATIVE_NOUN_MODIFIERS: readonly string[] = [
  'latest',
  'newest',
  'usual',
  'typical',
  'own',
  'recent',
  'whole',
  'little',
  'same',
  'continued',
  'constant',
  'endless',
];

/**
 * What "our" shares with the reader when the author writes it: the country and its institutions
 * ("if our leaders were serious", "our democracy"). A newsroom's own "our" ("our reporting", "our
 * poll") is not in the list.
 */
export const SHARED_POLITY: readonly string[] = [
  'leaders',
  'country',
  'nation',
  'government',
  'politicians',
  'representatives',
  'lawmakers',
  'congress',
  'democracy',
  'republic',
  'constitution',
  'freedom',
  'freedoms',
  'liberty',
  'rights',
  'society',
  'culture',
  'values',
  'children',
  'kids',
  'troops',
  'borders',
  'elected',
  'political',
  'president',
  'institutions',
  'elections',
  'founders',
  'founding',
  "nation's",
  "country's",
  // The shared place and time: "our cities", "our schools", "our history", "our moment".
  'cities',
  'towns',
  'streets',
  'schools',
  'communities',
  'economy',
  'history',
  'civilization',
  'generation',
  'future',
  'moment',
  'times',
];
