/**
 * Mixed-case forms of the article's names: whether a word a heading writes in capitals ("CAMPESE",
 * "CUP") stands elsewhere as a name of its own ("Campese") or only inside longer ones ("World
 * Cup"). Read by actors/classify.ts to tell an acronym from a shouted word.
 */
import type { NameSpan } from '../document';
import { lazyRegExp } from '../text/lazy-regexp';

/**
 * The words of the article's names written in mixed case ("Campese", "Cup"), lower-cased: true
 * when one stands as a name by itself somewhere, false when only inside a longer one.
 */
function mixedCaseWords(names: NameSpan[]): Map<string, boolean> {
  const out = new Map<string, boolean>();
  // A name read again changes nothing: its words are already in.
  const done = new Set<string>();
  for (const n of names) {
    if (done.has(n.text)) continue;
    done.add(n.text);
    if (!hasLowerLetter(n.text)) continue;
    const words = n.text.split(' ');
    for (const w of words) {
      // Only the words written in mixed case count ("NYMEX" in "NYMEX Alberta" is still an acronym).
      if (w.length < 2 || !hasLowerLetter(w)) continue;
      const lower = w.toLowerCase();
      if (words.length === 1) out.set(lower, true);
      else if (!out.has(lower)) out.set(lower, false);
    }
  }
  return out;
}

/** How many words `mixedCaseForm` reads from the names one by one before it builds the whole map instead. */
const MIXED_LOOKUPS = 8;

export interface MixedForms {
  names: NameSpan[];
  /** The words asked about so far, with their answers. */
  asked: Map<string, boolean | undefined>;
  /** `mixedCaseWords`, once more words were asked about than MIXED_LOOKUPS. */
  all: Map<string, boolean> | null;
}

/**
 * `mixedCaseWords(names).get(key)`: most articles ask about a few acronyms, or none, so each is
 * looked for in the names by itself; an article with many builds the map (and stays linear).
 */
export function mixedCaseForm(m: MixedForms, key: string): boolean | undefined {
  if (m.all !== null) return m.all.get(key);
  if (m.asked.has(key)) return m.asked.get(key);
  if (m.asked.size >= MIXED_LOOKUPS) {
    m.all = mixedCaseWords(m.names);
    return m.all.get(key);
  }
  const form = mixedCaseWordOf(m.names, key);
  m.asked.set(key, form);
  return form;
}

/** What `mixedCaseWords` says of one lower-cased word, read from the names without building the map. */
function mixedCaseWordOf(names: NameSpan[], key: string): boolean | undefined {
  const ascii = isAscii(key);
  let inside = false;
  for (const n of names) {
    const t = n.text;
    if (ascii && t.length < key.length) continue;
    const single = t.indexOf(' ') < 0;
    for (let from = 0; ;) {
      let to = t.indexOf(' ', from);
      if (to < 0) to = t.length;
      if (
        to - from >= 2 &&
        (!ascii || to - from === key.length) &&
        sameLower(t, from, to, key, ascii) &&
        hasLowerIn(t, from, to)
      ) {
        if (single) return true;
        inside = true;
      }
      if (to === t.length) break;
      from = to + 1;
    }
  }
  return inside ? false : undefined;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}

/**
 * `s.slice(from, to).toLowerCase() === key`, by char code while both are ASCII. (An ASCII key is
 * matched only by a word of its length: no character lower-cases into ASCII of another length.)
 */
function sameLower(s: string, from: number, to: number, key: string, ascii: boolean): boolean {
  if (!ascii) return s.slice(from, to).toLowerCase() === key;
  for (let i = from; i < to; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) return s.slice(from, to).toLowerCase() === key;
    if (c >= 65 && c <= 90) c += 32;
    if (c !== key.charCodeAt(i - from)) return false;
  }
  return true;
}

/** `hasLowerLetter(s.slice(from, to))`, without the slice while the text is ASCII. */
function hasLowerIn(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER_LETTER.test(s.slice(from, to));
  }
  return false;
}

const LOWER_LETTER = lazyRegExp(String.raw`\p{Ll}`, 'u');

/** `/\p{Ll}/u.test(s)`, decided by char code while the text is ASCII. */
function hasLowerLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return LOWER_LETTER.test(s);
  }
  return false;
}
