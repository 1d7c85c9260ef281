/**
 * The writer's own voice is not a claim (issue 16, claims): "I think the council has lost its way",
 * "We asked whether ..." outside any quotation are the article's author speaking, which the brief
 * reports as author-voice caveats, not as a quoted speaker named "I". Inside a quotation "I" is the
 * quoted speaker, and that claim stands.
 */
import { WRITER_NOUNS } from '../data/writer-nouns';

/** "I", "we", and with "am"/"are"/"have"/"would"/"will" run in ("I'm", "we’re", "I've"). */
const WRITER = /^(?:i|we)(?:['\u2019](?:m|re|ve|d|ll))?$/;

/** Rule speakers/writer-no-claim: a speaker phrase that is only "I" or "we" (outside quotations). */
export function isWriterSpeaker(words: readonly { lower: string }[]): boolean {
  return words.length === 1 && WRITER.test(words[0].lower);
}

/**
 * Rule speakers/writer-in-third-person: "this author has written ...", "as this reporter noted",
 * "the present writer believes": the writer naming themself, the author's voice as "I" is. "The
 * author" (of a book, of a letter the article answers) and "this author's book" name someone else.
 */
export function isWriterInThirdPerson(words: readonly { lower: string }[]): boolean {
  if (words.length === 2) return words[0].lower === 'this' && WRITER_NOUNS.has(words[1].lower);
  return (
    words.length === 3 && words[0].lower === 'the' && words[1].lower === 'present' && WRITER_NOUNS.has(words[2].lower)
  );
}
