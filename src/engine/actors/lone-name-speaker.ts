/**
 * Rule merge/lone-name-speaks-later: a one-word name guessed an organisation at its first mention
 * for want of evidence ("opened by Okonkwo") is a person when a later mention speaks as people
 * speak ("“We are ready,” Okonkwo said", "Okonkwo told reporters he ...", "Okonkwo said ... He
 * also ..."). The evidence must be a person's, not only a body's: the mention stands bare (no
 * "the", possessive or preposition before it: "The Nuncio added", "Assange's Wikileaks
 * responded"), is spelt as a surname is (no inner capital: "TheDCNF"), speaks with a verb of
 * saying a company does not own ("reported", "tweeted", "announced" are left out), not of its own
 * affairs ("said its"), and a quotation or a "he"/"she" stands next to the speech ("Norilsk said
 * in September that it ..." stays a body).
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
const SURNAME_SHAPE = lazyRegExp(String.raw`^(?:O[’']|Mc|Mac)?\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$`, 'u');
/** What may not stand right before a bare name: an article, a possessive, a preposition. */
const BOUND_BEFORE = lazyRegExp(String.raw`(?:\b(?:the|a|an|of|for|at|in|by|to|with|from|on|into)|[’']s)[ \t]+$`, 'iu');
/** A quotation closing right before the name ("..., ” Okonkwo said"). */
const QUOTE_BEFORE = lazyRegExp(String.raw`[”"][ \t]*$`, 'u');
/** A quotation opening right after the verb ("Okonkwo said: “...", "Okonkwo told us, “..."). */
const QUOTE_AFTER = lazyRegExp(String.raw`^[^.\n“”"]{0,40}?[,:][ \t]*[“"]`, 'u');
/** "he"/"she" in the rest of the sentence, or opening the next one. */
const PERSON_PRONOUN_AFTER = lazyRegExp(String.raw`^(?:[^.\n]*\b(?:he|she)\b|[^.\n]*[.!?][ \t\n]+(?:He|She)\b)`, 'u');

function letterBits(words: string): number {
  let bits = 0;
  for (const w of words.split(' ')) bits |= 1 << (w.charCodeAt(0) - 97);
  return bits;
}

/** Does the one-word name at [start, end) speak here as a person does? */
export function speaksAsPerson(text: string, start: number, end: number): boolean {
  if (!SURNAME_SHAPE.test(text.slice(start, end))) return false;
  if (!speechAfter(text, end, PERSON_SPEECH, PERSON_SPEECH_FIRST)) return false;
  if (speechAfter(text, end, ORG_SPEECH, ORG_SPEECH_FIRST_ALL)) return false;
  const before = text.slice(Math.max(0, start - 12), start);
  if (BOUND_BEFORE.test(before)) return false;
  if (QUOTE_BEFORE.test(before)) return true;
  const after = text.slice(end, end + 200);
  return QUOTE_AFTER.test(after) || PERSON_PRONOUN_AFTER.test(after);
}
