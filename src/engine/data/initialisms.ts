/**
 * Words for actors/classify.ts: upper-case initialisms that English uses as common words for
 * things, measures and chat phrases ("GDP", "DNA", "an SUV", "FYI", "ASAP", "VS:"), never an
 * organisation's or a person's name, so a lone one in a text is no actor. Initialisms that are
 * also well-known bodies in news ("IMO", "ETA", "PR", "HR") are left out.
 *
 * Origin: compiled by hand for this project from the initialisms seen typed as organisations in
 * briefs of unseen PTC train articles (page chatter such as "FYI." and "VS:"); common English
 * abbreviations, no third-party list copied. Licence: same as this repository.
 */
export const COMMON_INITIALISMS: readonly string[] = [
  // Chat and letter abbreviations.
  'fyi',
  'asap',
  'vs',
  'rsvp',
  'ps',
  'tbd',
  'tba',
  'aka',
  'diy',
  'faq',
  'lol',
  'omg',
  'btw',
  'imho',
  'ok',
  // Things, measures and substances.
  'ai',
  'aids',
  'atm',
  'dna',
  'gdp',
  'gps',
  'hiv',
  'id',
  'iq',
  'pdf',
  'suv',
  'tv',
  'url',
  'vip',
];
