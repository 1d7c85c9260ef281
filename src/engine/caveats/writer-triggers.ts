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
import { classesOf, wordClass } from './word-classes';

/** "we" and its contractions, as the author-we pass reads them. */
export const WE_FORMS: readonly string[] = ['we', "we're", "we've", "we'd"];

/** The verbs of saying, as the shared class other passes use (one set, one bit). */
const SAYS = wordClass(REPORTED_VERBS);
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
  /** Which of its words are in the class: where each pass's rules can start. */
  anchors: number[];
}

const known = new WeakMap<Doc, WriterSentence[]>();

/** The document's sentences holding a word of the class, read once for all five passes. */
function writerSentences(doc: Doc): WriterSentence[] {
  let found = known.get(doc);
  if (found !== undefined) return found;
  found = [];
  const held = sentenceWordsOf(doc).classes;
  const classes = classesOf(doc);
  const { bits } = classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(held[ix] & WRITER_WORDS)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    const at = classes.at(ix);
    let reported = false;
    let figure = false;
    const anchors: number[] = [];
    for (let i = 0; i < toks.length; i++) {
      const b = bits[at + i];
      reported ||= (b & SAYS) !== 0;
      if (b & WRITER_WORDS) anchors.push(i);
      // A digit by its code (what `/\d/` finds in the word): the pattern ran on every word.
      if (!figure) figure = hasDigit(doc.text, toks[i].start, toks[i].end);
    }
    found.push({ ix, toks, reported, figure, anchors });
  }
  known.set(doc, found);
  return found;
}

/** Does text[from, to) hold an ASCII digit? */
function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * Visit each sentence that holds a word of the five passes' class and no verb of saying (reported
 * speech is the speaker's) nor, unless `figures` allows them, a figure, with its words and the
 * indexes of those in the class (each pass's rules start only there).
 */
export function eachWriterSentence(
  doc: Doc,
  figures: boolean,
  visit: (toks: readonly Token[], s: Sentence, anchors: readonly number[]) => void,
): void {
  for (const w of writerSentences(doc))
    if (!w.reported && (figures || !w.figure)) visit(w.toks, doc.sentences[w.ix], w.anchors);
}
