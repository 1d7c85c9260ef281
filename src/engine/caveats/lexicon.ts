/**
 * Phrase lexicon matching over word tokens: every lexicon entry (one or more words) is indexed by
 * its first word once at module load, so matching a sentence is one pass over its words with a
 * Map lookup per word and a short list of candidate phrases (longest first).
 */
import type { Token } from '../text/word-tokens';

export { DocTokens, normalise, tokens, type Token } from '../text/word-tokens';

export interface Entry<C extends string> {
  words: string[];
  category: C;
}

export class PhraseIndex<C extends string> {
  private readonly byFirst = new Map<string, Entry<C>[]>();
  /**
   * What `match` looks a word up in: the entries by first word, and under a plural in -s that is
   * no entry's first word, the one-word entry of its singular ("bombshells" -> "bombshell"). Made
   * on first use, after every `add`, so a word costs one lookup.
   */
  private lookup: Map<string, Entry<C>[]> | null = null;

  add(category: C, phrases: readonly string[]): this {
    this.lookup = null;
    for (const phrase of phrases) {
      const words = phrase.split(' ');
      const list = this.byFirst.get(words[0]) ?? [];
      list.push({ words, category });
      list.sort((a, b) => b.words.length - a.words.length);
      this.byFirst.set(words[0], list);
    }
    return this;
  }

  /**
   * The longest entry starting at token `i`, if any (and how many tokens it spans). A plural
   * ("bombshells", "smears") matches its singular when only the singular is listed, and only as
   * a one-word entry, so phrase entries stay exact.
   */
  match(text: string, toks: Token[], i: number, accept?: (category: C) => boolean): Entry<C> | undefined {
    const list = (this.lookup ??= this.withPlurals()).get(toks[i].norm);
    return list ? this.matchIn(list, text, toks, i, accept) : undefined;
  }

  /** Every word an entry can start with (plurals of one-word entries included), with its candidate entries. */
  firstWords(): ReadonlyMap<string, readonly Entry<C>[]> {
    return (this.lookup ??= this.withPlurals());
  }

  /** `match` for a caller that has already looked the word up in `firstWords()`. */
  matchIn(list: readonly Entry<C>[], text: string, toks: Token[], i: number, accept?: (category: C) => boolean): Entry<C> | undefined {
    for (const entry of list) {
      if (accept && !accept(entry.category)) continue;
      if (i + entry.words.length > toks.length) continue;
      let ok = true;
      for (let k = 1; k < entry.words.length; k++) {
        // Words of a phrase are separated by white space only: "of, course" is not "of course".
        if (toks[i + k].norm !== entry.words[k] || !onlySpace(text, toks[i + k - 1].end, toks[i + k].start)) {
          ok = false;
          break;
        }
      }
      if (ok) return entry;
    }
    return undefined;
  }

  private withPlurals(): Map<string, Entry<C>[]> {
    const lookup = new Map(this.byFirst);
    for (const [word, list] of this.byFirst) {
      const plural = word + 's';
      const single = list.find((e) => e.words.length === 1);
      if (single && plural.length > 4 && !plural.endsWith('ss') && !this.byFirst.has(plural)) lookup.set(plural, [single]);
    }
    return lookup;
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}
