/**
 * One lookup per word for all the caveat passes. Each pass filters a sentence's words by a few
 * word sets ("a copula", "a verb of saying", "a word a lexicon entry starts with"), and most words
 * are in none of them; hashed against each set in each pass, the same word was looked up a dozen
 * times per brief. Here each set a pass filters on is a class with its own bit (`wordClass`, at
 * module load), every sentence's words get the bits of all classes in one lookup each
 * (`classesOf`, once per brief), and a pass tests a bit. The sets themselves stay where they are,
 * for the rules' own checks.
 */
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
  if (classes.length === 31) throw new Error('no bit left for another word class');
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

/** The class bits of each word of a sentence's (shared, unchanging) word list, worked out once. */
const known = new WeakMap<readonly Token[], Int32Array>();

export function classesOf(toks: readonly Token[]): Int32Array {
  let bits = known.get(toks);
  if (bits !== undefined) return bits;
  const map = (table ??= build());
  bits = new Int32Array(toks.length);
  for (let k = 0; k < toks.length; k++) bits[k] = map.get(toks[k].norm) ?? 0;
  known.set(toks, bits);
  return bits;
}

/** Is any word of the sentence in the class? */
export function anyOf(bits: Int32Array, cls: number): boolean {
  for (let k = 0; k < bits.length; k++) if (bits[k] & cls) return true;
  return false;
}
