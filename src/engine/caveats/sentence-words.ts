/**
 * Which word classes each sentence holds, so a caveat pass can pass over a sentence none of whose
 * words can start (or complete) any of its rules without reading its words: most sentences start
 * none of a pass's rules, and reading each of their words for each pass was most of the caveat
 * stage's time (a profile of the PTC articles: a flat sum of per-word set look-ups over a dozen passes).
 *
 * Two banks of classes: the shared ones of caveats/word-classes.ts (`classes`, ORed per sentence)
 * and the trigger classes here (`triggerClass`), a bank of its own so the shared bank's thirty bits
 * stay for per-word filters. A pass's trigger class holds words without which its rule cannot
 * match (a rule's rarest word, not only its first), so a sentence lacking them is no match, as
 * the full scan would find. Every word is looked up once, by its id (text/word-tokens.ts).
 */
import type { Doc, Sentence } from '../document';
import type { Token } from '../text/word-tokens';
import { TRIGGERS, classesOf, wordClass } from './word-classes';
import { REPORTED_VERBS, TAG_VERBS } from '../data/caveat-words';
import type { Draft } from './author-voice';
import type { Regions } from './regions';

/** The bit of a trigger class of words (lower-case normal forms). Called at module load only. */
export function triggerClass(words: Iterable<string> | (() => Iterable<string>)): number {
  return TRIGGERS.add(words);
}

export class SentenceWords {
  /** The trigger bits of each word of the document (`doc.words.word(k)`). */
  readonly bits: Int32Array;
  /** Per sentence: the shared class bits (caveats/word-classes.ts) of its words, ORed. */
  readonly classes: Int32Array;
  /** Per sentence: the trigger bits of its words, ORed. */
  readonly triggers: Int32Array;
  /** Per sentence: how many words it has (`doc.words.sentence(...)`'s length, without making that list). */
  readonly counts: Int32Array;

  constructor(doc: Doc) {
    const { ends: wordEnds, count } = doc.words;
    const shared = classesOf(doc);
    const sharedBits = shared.bits;
    // (Looked up with the shared bits, in one pass over the words: caveats/word-classes.ts.)
    const bits = shared.triggerBits;
    const sentences = doc.sentences;
    const n = sentences.length;
    const classes = new Int32Array(n);
    const ors = new Int32Array(n);
    const counts = new Int32Array(n);
    for (let ix = 0; ix < n; ix++) {
      const end = sentences[ix].end;
      const from = shared.at(ix);
      // The words wholly inside the sentence, as doc.words.range gives them: those before the next
      // sentence's first word (when it starts after this one's end) but the last few that run past
      // the end (words come in order, so their ends do too), else all that end by the end.
      let to: number;
      if (ix + 1 < n && sentences[ix + 1].start >= end && shared.at(ix + 1) >= from) {
        to = shared.at(ix + 1);
        while (to > from && wordEnds[to - 1] > end) to--;
      } else {
        to = from;
        while (to < count && wordEnds[to] <= end) to++;
      }
      let c = 0;
      let t = 0;
      for (let k = from; k < to; k++) {
        c |= sharedBits[k];
        t |= bits[k];
      }
      classes[ix] = c;
      ors[ix] = t;
      counts[ix] = to - from;
    }
    this.bits = bits;
    this.classes = classes;
    this.triggers = ors;
    this.counts = counts;
  }
}

const known = new WeakMap<Doc, SentenceWords>();

/** The document's sentence classes (worked out once per document, on the first pass that asks). */
export function sentenceWordsOf(doc: Doc): SentenceWords {
  let found = known.get(doc);
  if (found === undefined) known.set(doc, (found = new SentenceWords(doc)));
  return found;
}

/**
 * The longest word of each phrase (the first of equal ones): a phrase matches only where all its
 * words are, so a sentence without its longest (mostly its rarest) word holds no match of it.
 */
export function longestWords(phrases: readonly string[]): string[] {
  const out: string[] = [];
  for (const phrase of phrases) {
    let best = '';
    for (const w of phrase.split(' ')) if (w.length > best.length) best = w;
    out.push(best);
  }
  return out;
}

/** The verbs of saying and those of a closing speech tag, as shared classes (for eachTriggeredSentence's `skip`). */
export const SAYING_WORDS = wordClass(REPORTED_VERBS);
export const TAG_WORDS = wordClass(TAG_VERBS);

/**
 * Visit each sentence that holds a word of the trigger class `trigger`, no word of the shared
 * class `skip` (a verb of saying: reported speech is the speaker's, not the author's; 0 for none)
 * and, when `skipFigures`, no word with a digit (a figure), with its words. (`skip` is read off the sentence's ORed bits:
 * a set look-up per word of every triggered sentence cost more than the rules.)
 */
export function eachTriggeredSentence(
  doc: Doc,
  trigger: number,
  skip: number,
  visit: (toks: readonly Token[], s: Sentence) => void,
  skipFigures = false,
): void {
  const words = sentenceWordsOf(doc);
  const held = words.triggers;
  const classes = words.classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(held[ix] & trigger) || classes[ix] & skip) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (!skipFigures || !hasDigit(doc.text, toks)) visit(toks, s);
  }
}

/**
 * Does any of the words hold an ASCII digit (what `/\d/` finds in a word)? Read off the text from
 * the first word to the last: a digit is a word character, so every digit there is in a word.
 */
function hasDigit(text: string, toks: readonly Token[]): boolean {
  if (toks.length === 0) return false;
  const end = toks[toks.length - 1].end;
  for (let i = toks[0].start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * The sentence's tokens `from` to `to` (both kept) as an author-voice opinion draft made by `rule`,
 * unless they overlap a region (a quotation, a claim's content): what each rule of the
 * eachTriggeredSentence passes does with what it found.
 */
export function pushAuthorOpinion(
  drafts: Draft[],
  regions: Regions,
  toks: readonly Token[],
  from: number,
  to: number,
  reason: string,
  rule: string,
): void {
  const start = toks[from].start;
  const end = toks[to].end;
  if (regions.overlaps(start, end)) return;
  drafts.push({ start, end, kind: 'opinion', voice: 'author', reason, rules: [rule] });
}
