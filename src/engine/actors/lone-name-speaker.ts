/**
 * Rule merge/lone-name-speaks-later: a one-word name guessed an organisation at its first mention
 * for want of evidence ("opened by Okonkwo") is a person when a later mention speaks as people
 * speak ("“We are ready,” Okonkwo said", "Okonkwo told reporters he ...", "Okonkwo said ... He
 * also ..."). The evidence must be a person's, not only a body's: the mention opens its clause
 * (no article, possessive, number or other lower-case word before it: "The Nuncio added",
 * "Assange's Wikileaks responded", "the 13th Amendment was"), is spelt as a surname is (no inner
 * capital: "TheDCNF"), speaks with a verb of saying a company does not own ("reported",
 * "tweeted", "announced" are left out), not of its own affairs ("said its"), and a quotation or a
 * "he"/"she" stands next to the speech ("Norilsk said in September that it ..." stays a body).
 *
 * Rule merge/lone-name-he-after: so is one whose clause goes on with a "he" or "she" before any
 * other name or any "it"/"its"/"they" ("Marrowby knew well that he could not win"), or with a
 * "himself"/"herself" ("Marrowby cast the council, and himself, as the rescuers").
 */
import { ORG_SPEECH, speechAfter } from './speech';
import { lazyRegExp } from '../text/lazy-regexp';

/** Verbs of saying a person uses (SPEECH_AFTER without the verbs a company or outlet owns). */
const PERSON_SPEECH =
  /^(?:,[^,]{0,60},)?\s+(?:said|says|told|added|warned|wrote|explained|argued|noted|asked|claimed|stated|insisted|responded|replied|continued)\b/u;
const PERSON_SPEECH_FIRST = letterBits(
  'said says told added warned wrote explained argued noted asked claimed stated insisted responded replied continued',
);
const ORG_SPEECH_FIRST_ALL = letterBits('said says announced reported');

/** A surname's spelling: one capital, then lower case, an O’/Mc/Mac prefix or a hyphenated part allowed. */
const SURNAME_SHAPE = lazyRegExp(String.raw`^(?:O[\u2019']|Mc|Mac)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$`, 'u');
/**
 * What may stand right before a bare name: the start of a line, punctuation, a capitalised word
 * ("Later Okonkwo said"), or a word that opens a clause ("and", "but", "that"); not an article, a
 * possessive, a number or any other lower-case word ("The Nuncio added", "the 13th Amendment was").
 */
const CLAUSE_OPENING_BEFORE = lazyRegExp(
  String.raw`(?:^|[\n.,;:!?\u201d"(\u2014\u2013-]|\b(?!(?:The|A|An|His|Her|Its|Their|Our|My|Your|This|That|These|Those)\b)\p{Lu}[\p{L}.]*|\b(?:and|but|or|as|while|when|that|because|after|before|if|since|though|although|so|then|where|until|unless|whereas|yet))[ \t]*$`,
  'u',
);
/** A quotation closing right before the name ("..., ” Okonkwo said"). */
const QUOTE_BEFORE = lazyRegExp(String.raw`[\u201d"][ \t]*$`, 'u');
/** A quotation opening right after the verb ("Okonkwo said: “...", "Okonkwo told us, “..."). */
const QUOTE_AFTER = lazyRegExp(String.raw`^[^.\n\u201c\u201d"]{0,40}?[,:][ \t]*[\u201c"]`, 'u');
/** "he"/"she" in the rest of the sentence, or opening the next one. */
const PERSON_PRONOUN_AFTER = lazyRegExp(String.raw`^(?:[^.\n]*\b(?:he|she)\b|[^.\n]*[.!?][ \t\n]+(?:He|She)\b)`, 'u');

function letterBits(words: string): number {
  let bits = 0;
  for (const w of words.split(' ')) bits |= 1 << (w.charCodeAt(0) - 97);
  return bits;
}

/**
 * The name's clause goes on (a lower-case word after it), then "he"/"she" with no capital, "it",
 * "its", "they", "their", clause mark or quotation mark before it ("As Reason points out, in 2010
 * he ...", "Coal isn't the villain,” he said" are no evidence).
 */
const HE_AFTER = lazyRegExp(
  String.raw`^[ \t]+\p{Ll}(?:(?!\b(?:it|its|they|their)\b)[^.!?,;:\n\p{Lu}\u201c\u201d"]){0,120}?\b(?:he|she)\b`,
  'u',
);
/** The name's clause goes on, then a reflexive that stands for its subject (no quotation mark between). */
const REFLEXIVE_AFTER = lazyRegExp(String.raw`^[ \t]+\p{Ll}[^.!?\n\u201c\u201d"]{0,150}?\b(?:himself|herself)\b`, 'u');

/** Which rule, if any, says the one-word name at [start, end) is a person here: it speaks as one, or a "he" stands for it. */
export function personEvidence(text: string, start: number, end: number): string | null {
  if (!SURNAME_SHAPE.test(text.slice(start, end))) return null;
  const before = text.slice(Math.max(0, start - 16), start);
  if (!CLAUSE_OPENING_BEFORE.test(before)) return null;
  const after = text.slice(end, end + 200);
  if (speechAfter(text, end, PERSON_SPEECH, PERSON_SPEECH_FIRST)) {
    if (speechAfter(text, end, ORG_SPEECH, ORG_SPEECH_FIRST_ALL)) return null;
    if (QUOTE_BEFORE.test(before) || QUOTE_AFTER.test(after) || PERSON_PRONOUN_AFTER.test(after))
      return 'merge/lone-name-speaks-later';
  }
  return HE_AFTER.test(after) || REFLEXIVE_AFTER.test(after) ? 'merge/lone-name-he-after' : null;
}
