/**
 * The speaker check's question "is this word written in lower case somewhere in the article?"
 * (a capitalised one among them is a common word, not a name), from the document's token stream.
 */
import { DocTokens } from '../text/word-tokens';

/** The words the text writes in lower case. */
export function lowerCaseWords(text: string, words: DocTokens = new DocTokens(text)): ReadonlySet<string> {
  // From the document's one token stream: a Unicode-property regular expression over the whole
  // text was the costliest step of the speaker check.
  const lower = new Set<string>();
  const { starts, ends, count } = words;
  for (let k = 0; k < count; k++) if (isLowerStart(text, starts[k])) lower.add(text.slice(starts[k], ends[k]));
  return lower;
}

function isLowerStart(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return (c >= 97 && c <= 122) || (c > 127 && isLowerCase(text[start]));
}

const isLowerCase = (ch: string) => ch !== ch.toUpperCase() && ch === ch.toLowerCase();

/** Searches before the set is built: most articles ask about a handful of words. */
const SEARCHES = 8;

/**
 * `lowerCaseWords(text).has(word)`, answered by searching the text for the word and looking up the
 * token at each hit while few words are asked about (the set costs a slice per word of the
 * article), and from the set after that, so no input makes it quadratic.
 */
export class LowerWords {
  private set: ReadonlySet<string> | undefined;
  private searches = 0;

  constructor(
    private readonly text: string,
    private readonly words: DocTokens,
  ) {}

  has(word: string): boolean {
    if (this.set) return this.set.has(word);
    if (++this.searches > SEARCHES) return (this.set = lowerCaseWords(this.text, this.words)).has(word);
    if (word === '') return false;
    const { text } = this;
    const { starts, ends, count } = this.words;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const k = this.words.indexAt(i);
      if (k < count && starts[k] === i && ends[k] === i + word.length && isLowerStart(text, i)) return true;
    }
    return false;
  }
}
