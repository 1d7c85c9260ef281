/**
 * Acronyms and their expansions are one organisation: "the Federal Bureau of Investigation (FBI)",
 * "National Alliance (AN)", "the Department of Justice ... the DOJ", "Islamic State ... ISIS".
 *
 * Approach, over the typed names of one article (in text order):
 * 1. Introduced: an acronym in brackets right after a name ("Médecins Sans Frontières (MSF)"), or
 *    a name in brackets right after an acronym ("MSF (Médecins Sans Frontières)"), is that name's
 *    acronym when every one of its letters is the initial of some word of the name (the order may
 *    differ: acronyms often follow the organisation's own language, "National Alliance (AN)").
 * 2. Spelled out: elsewhere, an acronym is a multi-word organisation's when its letters are that
 *    name's initials in order, with or without its small words ("Department of Justice": DJ, DOJ).
 * 3. Well known: a few acronyms whose letters do not spell the usual English name ("ISIS" and
 *    "Islamic State"), from data/organizations.ts, when the article names both.
 * Everything is keyed by lower-cased text, so the cost is one pass over the names plus a map.
 *
 * Known limits: countries ("United States (US)") merge elsewhere and are left alone; an acronym
 * that two organisations of the article both spell out goes to the first; lower-case letters in
 * an acronym ("BoE") are not read.
 */
import type { ActorType, Range } from '../../schema/brief';
import { ACRONYM_EXPANSIONS } from '../data/organizations';
import { isSpaceCode } from '../text/spaces';
import { lazyRegExp } from '../text/lazy-regexp';

const RE_ACRONYM_DOTTED = lazyRegExp(String.raw`^(?:\p{Lu}\.?){2,}$`, 'u');
const RE_ACRONYM_CAPS = lazyRegExp(String.raw`^\p{Lu}{2,}$`, 'u');

export interface TypedName {
  range: Range;
  text: string;
  type: ActorType | 'unknown';
  key: string;
}

/** Types whose names can be spelled as an organisation's acronym. */
const EXPANDABLE = new Set<string>(['organization', 'unknown', 'person']);
const SMALL_WORDS = new Set([
  'of',
  'and',
  'for',
  'the',
  'de',
  'du',
  'des',
  'la',
  'le',
  'el',
  'del',
  'di',
  'da',
  'van',
  'von',
  'der',
  'on',
  'in',
  'to',
  '&',
]);

/** Is the name written as an acronym ("FBI", "U.N.", "NYMEX")? */
export function isAcronym(name: string): boolean {
  // Both shapes need a capital or a period second: "Trump" is ruled out without a regex.
  const second = name.charCodeAt(1);
  if (name.length < 2 || (second >= 97 && second <= 122)) return false;
  return RE_ACRONYM_DOTTED.test(name) || RE_ACRONYM_CAPS.test(name);
}

/**
 * Acronym key -> the key of the expansion it stands for, and the set of expansion keys (which are
 * organisations, whatever their shape said).
 */
export function linkAcronyms(
  text: string,
  names: TypedName[],
): { alias: Map<string, string>; expansions: Set<string> } {
  const alias = new Map<string, string>();
  const expansions = new Set<string>();
  // 1. Introduced in brackets, either way round.
  for (let k = 0; k + 1 < names.length; k++) {
    const a = names[k];
    const b = names[k + 1];
    if (!bracketed(text, a.range.end, b.range)) continue;
    if (isAcronym(b.text) && !isAcronym(a.text) && EXPANDABLE.has(a.type) && lettersFit(b.text, a.text))
      link(alias, expansions, b, a);
    else if (isAcronym(a.text) && !isAcronym(b.text) && EXPANDABLE.has(b.type) && lettersFit(a.text, b.text))
      link(alias, expansions, a, b);
  }
  // 2. Spelled out in order, and 3. well known: only organisations of two words or more expand.
  const byInitials = new Map<string, TypedName>();
  const byKey = new Map<string, TypedName>();
  // The same text again gives the same initials, already taken by its first mention.
  const read = new Set<string>();
  for (const n of names) {
    if ((n.type !== 'organization' && n.type !== 'unknown') || !n.text.includes(' ')) continue;
    if (!byKey.has(n.key)) byKey.set(n.key, n);
    if (read.has(n.text)) continue;
    read.add(n.text);
    for (const initials of initialsOf(n.text)) if (!byInitials.has(initials)) byInitials.set(initials, n);
  }
  if (byKey.size === 0) return { alias, expansions };
  for (const n of names) {
    // A country's short form ("US") is the country, merged by its canonical name elsewhere.
    if (alias.has(n.key) || n.type === 'country' || !isAcronym(n.text)) continue;
    const letters = n.text.replace(/\./g, '');
    const expansion = byInitials.get(letters) ?? byKey.get(ACRONYM_EXPANSIONS.get(letters.toLowerCase()) ?? '');
    if (expansion) link(alias, expansions, n, expansion);
  }
  return { alias, expansions };
}

/** The acronym stands for the expansion (unless it already stands for another). */
function link(alias: Map<string, string>, expansions: Set<string>, acronym: TypedName, expansion: TypedName): void {
  if (alias.has(acronym.key) || acronym.key === expansion.key) return;
  alias.set(acronym.key, expansion.key);
  expansions.add(expansion.key);
}

/** Is `b` the whole of a bracket that opens one space after `aEnd`: "Name (B)"? */
function bracketed(text: string, aEnd: number, b: Range): boolean {
  return (
    text.charCodeAt(aEnd) === 32 &&
    text.charCodeAt(aEnd + 1) === 40 &&
    b.start === aEnd + 2 &&
    text.charCodeAt(b.end) === 41
  );
}

/** Every letter of the acronym is the initial of a distinct word of the name, in any order. */
function lettersFit(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => w && !SMALL_WORDS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase());
  const letters = acronym.replace(/\./g, '');
  if (letters.length < 2 || letters.length > initials.length + 1) return false;
  const pool = [
    ...initials,
    ...name
      .split(/[\s-]+/)
      .filter((w) => SMALL_WORDS.has(w.toLowerCase()))
      .map((w) => w[0].toUpperCase()),
  ];
  for (const ch of letters) {
    const at = pool.indexOf(ch);
    if (at < 0) return false;
    pool.splice(at, 1);
  }
  return true;
}

/** A name's initials without and with its small words: "Department of Justice" -> DJ, DOJ. */
function initialsOf(name: string): string[] {
  // The words of `name.split(/[\s-]+/)`, read in place (a small word is at most three letters).
  let all = '';
  let content = '';
  const n = name.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(name.charCodeAt(i))) i++;
    if (i >= n) break;
    const start = i;
    while (i < n && !isSeparator(name.charCodeAt(i))) i++;
    const initial = name[start].toUpperCase();
    all += initial;
    if (i - start > 3 || !SMALL_WORDS.has(name.slice(start, i).toLowerCase())) content += initial;
  }
  return content === all ? [all] : [content, all];
}

/** White space (`\s`) or a hyphen: what separates the words of a name for its initials. */
function isSeparator(c: number): boolean {
  return c === 45 || isSpaceCode(c);
}
