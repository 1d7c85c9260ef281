/**
 * One word class shared by five passes, so they take one bit between them: the sweeping claim's
 * subjects ("nobody", "no"), the author's "we", the verbs of figurative harm, the superlatives of
 * merit ("best", "least") and the adjectives of a bare verdict ("simple", "real", "imperative").
 * Each pass still checks its own words; a sentence holding none of these words is passed over by
 * all five. The bit is the shared bank's (caveats/word-classes.ts, ORed per sentence by
 * caveats/sentence-words.ts): the trigger bank's thirty bits are all but spent (its own test takes
 * two).
 */
import { DEONTIC_ADJECTIVES, VERDICT_ADJECTIVES } from '../data/bare-verdicts';
import { HARM_VERBS } from '../data/figurative-harm';
import { MERIT_SUPERLATIVES } from '../data/superlative-verdicts';
import { UNIVERSAL_SUBJECTS } from '../data/sweeping-claims';
import type { Doc, Sentence } from '../document';
import type { Token } from '../text/word-tokens';
import { sentenceWordsOf } from './sentence-words';
import { wordClass } from './word-classes';

/** "we" and its contractions, as the author-we pass reads them. */
export const WE_FORMS: readonly string[] = ['we', "we're", "we've", "we'd"];

const WRITER_WORDS = wordClass([
  ...UNIVERSAL_SUBJECTS,
  'no',
  ...WE_FORMS,
  ...HARM_VERBS,
  ...MERIT_SUPERLATIVES,
  'least',
  ...VERDICT_ADJECTIVES,
  ...DEONTIC_ADJECTIVES,
]);

/**
 * Visit each sentence that holds a word of the five passes' class and no word `skip` accepts (a
 * verb of saying: reported speech is the speaker's), with its words.
 */
export function eachWriterSentence(
  doc: Doc,
  skip: (t: Token) => boolean,
  visit: (toks: readonly Token[], s: Sentence) => void,
): void {
  const held = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(held[ix] & WRITER_WORDS)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (!toks.some(skip)) visit(toks, s);
  }
}
