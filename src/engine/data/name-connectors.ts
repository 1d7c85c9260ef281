/**
 * Name connectors: the lower-case words that may stand inside a proper name between two
 * capitalised words ("Bank of England", "Ludwig van Beethoven", "Osama bin Laden",
 * "Bosnia and Herzegovina"), and those of them that join only names a gazetteer knows.
 *
 * Origin: compiled by hand for this project from the particles of European and Arabic personal
 * names and the "of" of institutions (basic naming facts, no third-party list copied).
 * Licence: same as this repository.
 */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set([
  'of',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
  'for',
  'and',
  'on',
]);

/**
 * Connectors that join only names a gazetteer knows ("Bosnia and Herzegovina", "Fox and Friends"),
 * or, "for" and "on", a body's name after its head word ("Executive Office for Immigration Review",
 * "Senate Select Committee on Intelligence").
 */
export const WEAK_NAME_CONNECTORS: ReadonlySet<string> = new Set(['and', 'for', 'on']);

/** The weak connectors that may follow a body's head word inside its name. */
export const HEAD_CONNECTORS: ReadonlySet<string> = new Set(['for', 'on']);

/**
 * Prepositions that campaign and aid groups capitalise inside their names ("Doctors Without
 * Borders", "Mayors Against Illegal Guns", "Hillary For America"): written in Title Case in running
 * prose between two name words, they join the name. Other capitalised function words do not
 * ("Going To Benefit" is a headline fragment, "Kim Do Hoon" a person).
 */
export const TITLED_NAME_PREPOSITIONS: ReadonlySet<string> = new Set(['without', 'against', 'for']);

/**
 * Function words that are also common English surnames ("Theresa May", "Jane Little"): after a
 * first name they are the surname, not a modal or an adverb. Kept short on purpose: "Peter Five",
 * "Eden He" show what a general rule would join.
 */
export const FUNCTION_WORD_SURNAMES: ReadonlySet<string> = new Set(['may', 'will', 'little', 'long', 'young']);
