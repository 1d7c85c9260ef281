/**
 * Function words (articles, pronouns, prepositions, conjunctions, auxiliaries) of the languages the
 * language detector tells apart by words, all written in Latin script. A text's language is the one
 * whose function words it uses most; they are a small closed class, frequent in any news text.
 *
 * Origin: compiled for edge-brief from the most frequent function words of each language (basic
 * grammar facts, no third-party list copied); released under the project's own licence. Lower case,
 * with diacritics. Words that are also common English words ("in", "a", "also", "over", "die") are
 * left out of the other languages so that English text never scores for them.
 *
 * The lists are in data/stopwords-germanic.ts, -romance.ts and -other.ts; this file keeps the
 * languages in the detector's order.
 */
import { GERMANIC } from './stopwords-germanic';
import { ROMANCE } from './stopwords-romance';
import { OTHER } from './stopwords-other';

export const STOPWORDS = {
  en: GERMANIC.en,
  de: GERMANIC.de,
  fr: ROMANCE.fr,
  es: ROMANCE.es,
  pt: ROMANCE.pt,
  it: ROMANCE.it,
  nl: GERMANIC.nl,
  sv: GERMANIC.sv,
  pl: OTHER.pl,
  tr: OTHER.tr,
  id: OTHER.id,
} as const;

export type WordLanguage = keyof typeof STOPWORDS;
