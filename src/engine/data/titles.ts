/**
 * Titles, honorifics and role nouns that stand before a person's name ("Sen.", "Lt. Gen.",
 * "Sheriff", "Deputy Chairman") and the modifiers that stand before those ("Former", "Retired").
 * They end up in an actor's roles, never in its name.
 * Origin: written for edge-brief from AP style's title rules and the titles met in the worked
 * examples, PolNeAR dev and CoNLL-2003 text. Licence: MIT, part of this project.
 */

/** Title words, lower-cased, without a trailing period. */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  // Honorifics and abbreviations
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady', 'rev', 'reverend', 'hon', 'fr', 'pastor', 'rabbi', 'imam', 'sheikh', 'sheik',
  // Politics and government
  'president', 'pres', 'vice', 'prime', 'minister', 'premier', 'chancellor', 'secretary', 'sen', 'senator', 'rep', 'representative', 'congressman',
  'congresswoman', 'gov', 'governor', 'mayor', 'speaker', 'ambassador', 'envoy', 'attorney', 'atty', 'commissioner', 'councilman', 'councilwoman',
  'councillor', 'councilor', 'delegate', 'assemblyman', 'assemblywoman', 'chairman', 'chairwoman', 'chair', 'deputy', 'spokesman', 'spokeswoman',
  'spokesperson', 'leader', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop', 'chief', 'director',
  'administrator', 'adviser', 'advisor', 'aide', 'treasurer', 'comptroller', 'controller', 'sheriff', 'marshal', 'judge', 'justice', 'magistrate',
  'prosecutor', 'inspector', 'insp', 'superintendent', 'supt', 'detective', 'det', 'officer', 'constable', 'lawmaker', 'legislator', 'whip',
  'candidate', 'nominee', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'executive', 'manager', 'coach', 'captain', 'capt', 'general', 'gen',
  'lieutenant', 'lt', 'colonel', 'col', 'major', 'maj', 'sergeant', 'sgt', 'corporal', 'cpl', 'private', 'pvt', 'admiral', 'adm', 'commander',
  'cmdr', 'cmdt', 'brigadier', 'brig', 'marshal', 'field', 'staff', 'retired', 'ret', 'emeritus', 'professor', 'dean', 'provost', 'chancellor',
  'physician', 'surgeon', 'nurse', 'analyst', 'economist', 'strategist', 'pollster', 'correspondent', 'editor', 'columnist', 'reporter',
  'anchor', 'host', 'producer', 'author', 'writer', 'lawyer', 'counsel', 'solicitor', 'barrister', 'head', 'boss', 'owner', 'publisher',
  // Sport (CoNLL-2003 text: "Defender Hassan Abbas", "Centre Jason Little")
  'defender', 'midfielder', 'striker', 'goalkeeper', 'winger', 'centre', 'batsman', 'bowler', 'skipper', 'veteran', 'champion', 'rookie',
]);

/** Words before a title that belong to the role ("Former Russian president"), lower-cased. */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'retired', 'current', 'acting', 'interim', 'outgoing', 'incoming', 'late', 'then', 'ex', 'deputy', 'vice', 'senior', 'junior',
  'assistant', 'associate', 'top', 'chief', 'lead', 'principal', 'special', 'first', 'second', 'elected', 'designate', 'then-',
]);

/** Honorifics that tell a person's gender, for pronoun resolution. */
export const GENDER_OF_TITLE: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'], ['congressman', 'male'], ['chairman', 'male'],
  ['spokesman', 'male'], ['councilman', 'male'], ['assemblyman', 'male'], ['pope', 'male'], ['father', 'male'], ['fr', 'male'],
  ['mrs', 'female'], ['ms', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'], ['queen', 'female'], ['princess', 'female'],
  ['congresswoman', 'female'], ['chairwoman', 'female'], ['spokeswoman', 'female'], ['councilwoman', 'female'], ['assemblywoman', 'female'],
]);

/** Titles that mark a person even when the name after them is a single unknown word ("Sen. Paul"). */
export const PERSON_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'sir', 'dame', 'sen', 'senator', 'rep', 'gov', 'governor', 'president', 'judge', 'justice',
  'gen', 'general', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'sheriff', 'mayor', 'minister', 'chairman', 'chairwoman', 'secretary',
  'rev', 'pope', 'king', 'queen', 'prince', 'princess', 'congressman', 'congresswoman', 'ambassador', 'coach', 'director', 'attorney',
]);
