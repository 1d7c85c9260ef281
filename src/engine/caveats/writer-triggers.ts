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
import { REPORTED_VERBS } from '../data/caveat-words';
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

/** A sentence holding a word of the class, its words, and whether a verb of saying or a figure is there. */
interface WriterSentence {
  ix: number;
  toks: readonly Token[];
  reported: boolean;
  figure: boolean;
}

const known = new WeakMap<Doc, WriterSentence[]>();

/** The document's sentences holding a word of the class, read once for all five passes. */
function writerSentences(doc: Doc): WriterSentence[] {
  let found = known.get(doc);
  if (found !== undefined) return found;
  found = [];
  const held = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(held[ix] & WRITER_WORDS)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    let reported = false;
    let figure = false;
    for (const t of toks) {
      reported ||= REPORTED_VERBS.has(t.norm);
      figure ||= /\d/.test(t.norm);
    }
    found.push({ ix, toks, reported, figure });
  }
  known.set(doc, found);
  return found;
}

/**
 * Visit each sentence that holds a word of the five passes' class and no verb of saying (reported
 * speech is the speaker's) nor, unless `figures` allows them, a figure, with its words.
 */
export function eachWriterSentence(
  doc: Doc,
  figures: boolean,
  visit: (toks: readonly Token[], s: Sentence) => void,
): void {
  for (const w of writerSentences(doc)) if (!w.reported && (figures || !w.figure)) visit(w.toks, doc.sentences[w.ix]);
}
