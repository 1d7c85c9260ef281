/**
 * One lookup per word for all the caveat passes. Each pass filters a sentence's words by a few
 * word sets ("a copula", "a verb of saying", "a word a lexicon entry starts with"), and most words
 * are in none of them; hashed against each set in each pass, the same word was looked up a dozen
 * times per brief. Here each set a pass filters on is a class with its own bit (`wordClass`, at
 * module load), every sentence's words get the bits of all classes in one lookup each
 * (`classesOf(doc).of(ix, toks)`, once per brief), and a pass tests a bit. The sets themselves stay where they are,
 * for the rules' own checks.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';

const classes: (Iterable<string> | (() => Iterable<string>))[] = [];
/** Word -> the bits of its classes; made on the first sentence, not at module load (the Worker's cold start). */
let table: Map<string, number> | null = null;

/**
 * The bit of a class of words (lower-case normal forms; one set passed twice is one class), or of
 * a function giving them when the first sentence is read. Called at module load only.
 */
export function wordClass(words: Iterable<string> | (() => Iterable<string>)): number {
  const at = classes.indexOf(words);
  if (at >= 0) return 1 << at;
  if (table) throw new Error('word classes are fixed once the first sentence is read');
  // 30 bits, so every word's bits are a small integer.
  if (classes.length === 30) throw new Error('no bit left for another word class');
  classes.push(words);
  return 1 << (classes.length - 1);
}

function build(): Map<string, number> {
  const map = new Map<string, number>();
  classes.forEach((words, ix) => {
    for (const w of typeof words === 'function' ? words() : words) map.set(w, (map.get(w) ?? 0) | (1 << ix));
  });
  return map;
}

/**
 * The class bits of the words of a document's sentences, each sentence's worked out once (on the
 * first pass that reads it) and kept with the document. Plain arrays of small integers: a typed
 * array or a weak-map entry per sentence cost more to make than the lookups they save.
 */
export class SentenceClasses {
  private readonly words: (readonly Token[] | undefined)[] = [];
  private readonly bits: number[][] = [];

  /** The bits of sentence `ix`, whose words are `toks` (as `doc.words.sentence` hands them out). */
  of(ix: number, toks: readonly Token[]): readonly number[] {
    if (this.words[ix] === toks) return this.bits[ix];
    const map = (table ??= build());
    const bits: number[] = [];
    for (let k = 0; k < toks.length; k++) bits.push(map.get(toks[k].norm) ?? 0);
    this.words[ix] = toks;
    this.bits[ix] = bits;
    return bits;
  }
}

const known = new WeakMap<Doc, SentenceClasses>();

/** The document's sentence classes (one lookup per pass). */
export function classesOf(doc: Doc): SentenceClasses {
  let classes = known.get(doc);
  if (classes === undefined) known.set(doc, (classes = new SentenceClasses()));
  return classes;
}

/** Is any word of the sentence in the class? */
export function anyOf(bits: readonly number[], cls: number): boolean {
  for (let k = 0; k < bits.length; k++) if (bits[k] & cls) return true;
  return false;
}
