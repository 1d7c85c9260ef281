/**
 * The subject of the first of two coordinated verbs ("A reporter for USA Today spotted ... and
 * said ...", "Caught on video: staffer makes ... and admits ..."): the opening noun phrase of the
 * sentence, after a label and its colon, up to its verb.
 */
import { ADVERBIAL_OPENERS } from '../data/clause-words';
import { INTERJECTIONS } from '../data/interjections';
import { PREPOSITIONS } from '../data/prepositions';
import { CUES } from '../data/cues';
import { SPEAKER_PRONOUNS } from '../data/source-terms';
import { AUX, IRREGULAR_PAST, NP_STOP, PHRASE_PREPS } from '../data/speaker-words';
import { isAdverb, isVerbLike } from './cue';
import type { SpeakerSpan } from './draft';
import { isCap, isWord, type Token } from './tokens';

/** "Cruz exhorted Republicans to ... and said he ...": after "and", the sentence's opening name speaks. */
/** Words an opener before the subject may take ("In late August"). */
const OPENER_WORDS = 5;

export function coordinatedSubject(t: Token[], i: number): (SpeakerSpan & { boundary: number }) | null {
  let j = i - 1;
  while (j >= 0 && isWord(t[j]) && (AUX.has(t[j].lower) || isAdverb(t[j]))) j--;
  // "Caught on video: staffer makes ... and admits ...": a label before a colon is not the subject.
  let s = 0;
  for (let k = 0; k < j && k < 8; k++) if (t[k].text === ':') s = k + 1;
  // "Ah yes, the ferry boss ... and stating ...", "In August, Moss met ... and said": the subject
  // comes after an opener closed by its comma.
  for (let openers = 0; openers < 2 && s < j && isSkippedOpener(t[s]); openers++) {
    let c = s + 1;
    while (c < j && c - s <= OPENER_WORDS && isWord(t[c])) c++;
    if (c >= j || t[c].text !== ',') break;
    s = c + 1;
  }
  if (j <= s || t[j].lower !== 'and' || !isWord(t[s]) || !(isCap(t[s]) || SPEAKER_PRONOUNS.has(t[s].lower)))
    return null;
  // "cannot logically and critically understand": the "and" joins two adverbs, not two clauses.
  if (isAdverb(t[j - 1])) return null;
  // A pronoun is the whole subject ("So, they dig up ... and convince ...").
  if (SPEAKER_PRONOUNS.has(t[s].lower)) return { from: s, to: s + 1, boundary: s - 1 };
  // The opening noun phrase: up to its verb ("A reporter for USA Today spotted ...").
  let e = s;
  while (
    e < j &&
    isWord(t[e]) &&
    e - s < 8 &&
    !CUES.has(t[e].lower) &&
    !isAdverb(t[e]) &&
    !((isVerbLike(t[e].lower) || IRREGULAR_PAST.has(t[e].lower) || isPresentAfterNoun(t, e, s)) && !isCap(t[e])) &&
    !(NP_STOP.has(t[e].lower) && !PHRASE_PREPS.has(t[e].lower))
  )
    e++;
  if (e === s || ADVERBIAL_OPENERS.has(t[s].lower)) return null;
  return { from: s, to: e, boundary: s - 1 };
}

/** "staffer makes", "the mayor signs": an -s verb right after a lower-case singular noun. */
function isPresentAfterNoun(t: Token[], e: number, s: number): boolean {
  const w = t[e].lower;
  const b = t[e - 1];
  return (
    e > s &&
    w.length > 3 &&
    w.endsWith('s') &&
    !/(?:ss|us|is)$/.test(w) &&
    isWord(b) &&
    !isCap(b) &&
    !b.lower.endsWith('s') &&
    !NP_STOP.has(b.lower) &&
    // "shock troops tell", "border agents arrested": a plural head with its verb after it.
    verbMayFollow(t[e + 1])
  );
}

/** Is `w` a word an -s verb's object or adjunct may open with: not a verb, a cue or an auxiliary of its own? */
function verbMayFollow(w: Token | undefined): boolean {
  return !!w && isWord(w) && !isVerbLike(w.lower) && !CUES.has(w.lower) && !AUX.has(w.lower) && w.lower !== 'and';
}

/** An opener before the subject: an interjection or a preposition ("Ah yes,", "In August,"), not "Even" ("Even China, ..."). */
function isSkippedOpener(w: Token): boolean {
  return isWord(w) && (INTERJECTIONS.has(w.lower) || PREPOSITIONS.has(w.lower));
}
