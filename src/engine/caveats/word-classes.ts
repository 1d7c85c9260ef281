/**
 * One lookup per word for all the caveat passes. Each pass filters a sentence's words by a few
 * word sets ("a copula", "a verb of saying", "a word a lexicon entry starts with"), and most words
 * are in none of them; hashed against each set in each pass, the same word was looked up a dozen
 * times per brief. Here each set a pass filters on is a class with its own bit (`wordClass`, at
 * module load), every word of the document gets the bits of all classes in one lookup each
 * (`classesOf(doc).bits`, once per brief), and a pass tests a bit: of a word, or of the word after
 * it, before it does any other work there. The sets themselves stay where they are, for the
 * rules' own checks.
 */
import type { Doc } from '../document';
import { WordTable } from '../text/word-tokens';

type Words = Iterable<string> | (() => Iterable<string>);

/**
 * A bank of up to 30 word classes, each a bit: words get the bits of every class that holds them,
 * by word id (text/word-tokens.ts), in a table made on the first document, not at module load (the
 * Worker's cold start). Classes are fixed once that table is made. One bank here, shared by the
 * per-word filters; a second (TRIGGERS) holds caveats/sentence-words.ts's trigger words.
 */
export class ClassBank {
  private readonly classes: Words[] = [];
  /** Word -> the bits of its classes. */
  private table: Map<string, number> | null = null;
  /** The bits by word id: the words' one look-up is the document's. */
  private readonly ids = new WordTable(() => (this.table ??= this.build()));

  constructor(private readonly what: string) {}

  /**
   * The bit of a class of words (lower-case normal forms; one set passed twice is one class), or of
   * a function giving them when the first sentence is read. Called at module load only.
   */
  add(words: Words): number {
    const at = this.classes.indexOf(words);
    if (at >= 0) return 1 << at;
    if (this.table) throw new Error(`${this.what} are fixed once the first sentence is read`);
    // 30 bits, so every word's bits are a small integer.
    if (this.classes.length === 30) throw new Error(`no bit left for another of the ${this.what}`);
    this.classes.push(words);
    return 1 << (this.classes.length - 1);
  }

  /** The bits of each word id. */
  byId(): Int32Array {
    return this.ids.byId();
  }

  private build(): Map<string, number> {
    const map = new Map<string, number>();
    this.classes.forEach((words, ix) => {
      for (const w of typeof words === 'function' ? words() : words) map.set(w, (map.get(w) ?? 0) | (1 << ix));
    });
    return map;
  }
}

const SHARED = new ClassBank('word classes');
/** The trigger classes' bank (caveats/sentence-words.ts's `triggerClass`), kept here so one pass reads both banks. */
export const TRIGGERS = new ClassBank('trigger classes');

/**
 * Both banks' bits of each word id side by side (shared at 2 id, trigger at 2 id + 1): the
 * document's words are looked up in one table, one cache line per word rather than two.
 */
let joint: Int32Array | null = null;
function jointById(): Int32Array {
  if (joint !== null) return joint;
  const shared = SHARED.byId();
  const triggers = TRIGGERS.byId();
  const out = new Int32Array(2 * shared.length);
  for (let id = 0; id < shared.length; id++) {
    out[2 * id] = shared[id];
    out[2 * id + 1] = triggers[id];
  }
  return (joint = out);
}

/** The bit of a class of words in the shared bank (ClassBank.add). Called at module load only. */
export function wordClass(words: Words): number {
  return SHARED.add(words);
}

/**
 * The class bits of every word of a document, in one typed array worked out in one pass (on the
 * first caveat pass that asks), and where each sentence's words start in it: a pass reads the bits
 * of word `i` of sentence `ix` as `bits[at(ix) + i]`, with no array per sentence.
 */
export class DocClasses {
  /** The bits of each word of the document (`doc.words.word(k)`). */
  readonly bits: Int32Array;
  /** The trigger bank's bits of each word of the document (caveats/sentence-words.ts). */
  readonly triggerBits: Int32Array;
  /** The index in the document's words of each sentence's first word. */
  private readonly firsts: Int32Array;

  constructor(doc: Doc) {
    const byId = jointById();
    const { starts, ids, count } = doc.words;
    const bits = new Int32Array(count);
    const triggerBits = new Int32Array(count);
    for (let k = 0; k < count; k++) {
      const at = ids[k] << 1;
      bits[k] = byId[at];
      triggerBits[k] = byId[at + 1];
    }
    this.bits = bits;
    this.triggerBits = triggerBits;
    // The sentences come in order: one walk finds each one's first word (as doc.words.sentence does).
    const sentences = doc.sentences;
    const firsts = new Int32Array(sentences.length);
    let k = 0;
    for (let ix = 0; ix < sentences.length; ix++) {
      const start = sentences[ix].start;
      if (ix > 0 && start < sentences[ix - 1].start) k = doc.words.indexAt(start);
      else while (k < count && starts[k] < start) k++;
      firsts[ix] = k;
    }
    this.firsts = firsts;
  }

  /** Where the bits of sentence `ix`'s words (`doc.words.sentence(ix, ...)`) start in `bits`. */
  at(ix: number): number {
    return this.firsts[ix];
  }
}

const known = new WeakMap<Doc, DocClasses>();

/** The document's word classes (one lookup per word for all passes). */
export function classesOf(doc: Doc): DocClasses {
  let classes = known.get(doc);
  if (classes === undefined) known.set(doc, (classes = new DocClasses(doc)));
  return classes;
}

/** Is any of the words `from` to `to` (exclusive) in the class? */
export function anyOf(bits: Int32Array, from: number, to: number, cls: number): boolean {
  for (let k = from; k < to; k++) if (bits[k] & cls) return true;
  return false;
}
