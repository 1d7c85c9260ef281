/**
 * The writer's own voice is not a claim (issue 16, claims): "I think the council has lost its way",
 * "We asked whether ..." outside any quotation are the article's author speaking, which the brief
 * reports as author-voice caveats, not as a quoted speaker named "I". Inside a quotation "I" is the
 * quoted speaker, and that claim stands.
 */

/** "I", "we", and with "am"/"are"/"have"/"would"/"will" run in ("I'm", "we’re", "I've"). */
const WRITER = /^(?:i|we)(?:['\u2019](?:m|re|ve|d|ll))?$/;

/** Rule speakers/writer-no-claim: a speaker phrase that is only "I" or "we" (outside quotations). */
export function isWriterSpeaker(words: readonly { lower: string }[]): boolean {
  return words.length === 1 && WRITER.test(words[0].lower);
}
