/**
 * Verbs that introduce a quotation only when they stand right next to it: how the words were
 * voiced ("she yells", "sings to the crowd", "asking, “...”"), and light verbs with a noun of saying
 * before a colon ("X made the following comment:", "X issued this statement:").
 *
 * Origin: written for this project (MIT, like the repository), after the cue words next to direct
 * quotations that the PolNeAR dev split annotates and the cue table lacked (Newell, Margolin &
 * Ruths, LREC 2018). Alone these words are mostly no report ("the asking price", "singing lessons",
 * "made the team"), so they count only beside a quotation. Licence: same as this repository.
 */

/** Voicing verbs and -ing forms of cue verbs left out of the cue table, with their dictionary form. */
export const QUOTE_SIDE_VERBS: ReadonlyMap<string, string> = new Map([
  ['asking', 'ask'],
  ['chanting', 'chant'],
  ['shouting', 'shout'],
  ['replying', 'reply'],
  ['responding', 'respond'],
  ['writing', 'write'],
  ['yell', 'yell'],
  ['yells', 'yell'],
  ['yelled', 'yell'],
  ['yelling', 'yell'],
  ['scream', 'scream'],
  ['screams', 'scream'],
  ['screamed', 'scream'],
  ['screaming', 'scream'],
  ['sing', 'sing'],
  ['sings', 'sing'],
  ['sang', 'sing'],
  ['singing', 'sing'],
  ['cry', 'cry'],
  ['cries', 'cry'],
  ['cried', 'cry'],
  ['whisper', 'whisper'],
  ['whispers', 'whisper'],
  ['whispered', 'whisper'],
  ['whispering', 'whisper'],
  ['exhort', 'exhort'],
  ['exhorts', 'exhort'],
  ['exhorted', 'exhort'],
  ['plead', 'plead'],
  ['pleads', 'plead'],
  ['pleaded', 'plead'],
  ['pleading', 'plead'],
  ['muse', 'muse'],
  ['mused', 'muse'],
  ['muses', 'muse'],
  ['recount', 'recount'],
  ['recounted', 'recount'],
  ['recounts', 'recount'],
  ['scoff', 'scoff'],
  ['scoffed', 'scoff'],
  ['scoffs', 'scoff'],
]);

/** Light verbs before a noun of saying and a colon ("made the following comment:", "posted this message:"). */
export const QUOTE_SIDE_LIGHT_VERBS: ReadonlySet<string> = new Set([
  'made',
  'makes',
  'issued',
  'issues',
  'released',
  'releases',
  'posted',
  'posts',
  'gave',
  'gives',
  'offered',
  'offers',
  'delivered',
]);

/** Nouns of saying after such a light verb. */
export const QUOTE_SIDE_NOUNS: ReadonlySet<string> = new Set([
  'comment',
  'comments',
  'statement',
  'statements',
  'remark',
  'remarks',
  'message',
  'tweet',
  'post',
  'response',
  'reply',
  'answer',
  'explanation',
  'warning',
  'assessment',
]);

/**
 * Written things whose words a quotation gives with "read": "“...,” the letter read.", "“...,”
 * read a statement from the council.", "the sign reads “...”". With any other subject "read" is
 * someone reading ("she read “The Raven” aloud"): no report.
 */
export const READ_DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement',
  'letter',
  'sign',
  'signs',
  'note',
  'message',
  'notice',
  'post',
  'tweet',
  'email',
  'e-mail',
  'memo',
  'headline',
  'caption',
  'release',
  'article',
  'text',
  'banner',
  'placard',
  'plaque',
  'inscription',
  'card',
  'ad',
  'advertisement',
  'complaint',
  'indictment',
  'filing',
  'document',
  'editorial',
  'petition',
  'report',
  'leaflet',
  'flyer',
  'invitation',
  'label',
  'subject',
  'order',
  'summary',
]);
