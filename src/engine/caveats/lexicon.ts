/**
 * Phrase lexicon matching over word tokens: every lexicon entry (one or more words) is indexed by
 * its first word (and a phrase also by its second), so matching a sentence is one pass over its
 * words with a Map lookup per word and a short list of candidate phrases (longest first).
 */
import type { Token } from '../text/word-tokens';

export interface Entry<C extends string> {
  words: string[];
  category: C;
}

export class PhraseIndex<C extends string> {
  private readonly byFirst = new Map<string, Entry<C>[]>();

  add(category: C, phrases: readonly string[]): this {
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
   * Every word an entry can start with, with its entries, so a scan costs one lookup per word. A
   * plural in -s that is no entry's first word ("bombshells", "smears") maps to the one-word entry
   * of its singular, so phrase entries stay exact.
   */
  firstWords(): Map<string, Candidates<C>> {
    const lookup = new Map<string, Candidates<C>>();
    for (const [word, list] of this.byFirst) lookup.set(word, candidates(list));
    for (const [word, list] of this.byFirst) {
      const plural = word + 's';
      const single = list.find((e) => e.words.length === 1);
      if (single && plural.length > 4 && !plural.endsWith('ss') && !this.byFirst.has(plural))
        lookup.set(plural, candidates([single]));
    }
    return lookup;
  }

  /**
   * The longest of `candidates` (token `i`'s entries in `firstWords()`) whose words follow from
   * token `i`: a phrase whose second word is the next token's, else the word's one-word entry.
   * `continued` false says the next token continues none of the candidates (they are not tried).
   */
  match(candidates: Candidates<C>, text: string, toks: Token[], i: number, continued = true): Entry<C> | undefined {
    const next = toks[i + 1];
    const longer = next === undefined || !continued ? undefined : candidates.bySecond.get(next.norm);
    if (longer !== undefined)
      for (const entry of longer) {
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
    return candidates.single;
  }
}

/**
 * A first word's entries: its phrases by their second word, longest first (a common first word,
 * "the" or "a", starts dozens, and a scan compares the next word with only those it can start),
 * and its first one-word entry, which matches whenever no phrase does.
 */
export interface Candidates<C extends string> {
  bySecond: Map<string, Entry<C>[]>;
  single: Entry<C> | undefined;
}

/** The candidates of a list of entries, longest first. */
function candidates<C extends string>(list: readonly Entry<C>[]): Candidates<C> {
  const bySecond = new Map<string, Entry<C>[]>();
  for (const e of list) {
    if (e.words.length < 2) continue;
    const same = bySecond.get(e.words[1]);
    if (same) same.push(e);
    else bySecond.set(e.words[1], [e]);
  }
  return { bySecond, single: list.find((e) => e.words.length === 1) };
}

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0) return false;
  }
  return true;
}
