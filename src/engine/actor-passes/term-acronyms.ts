/**
 * An acronym the article defines for a phrase in lower case ("mild traumatic brain injury (MTBI)",
 * "weapons of mass destruction (WMD)", "a non-governmental organisation (NGO)") names a thing or a
 * kind, not who acts: it is no actor. A phrase the article capitalises ("Doctors Without Borders
 * (MSF)") is a name, and actors/acronyms.ts links it. Linear in the mentions; each test reads the
 * few words before the bracket.
 *
 * An acronym written with a plural "s" ("super PACs", "the CEOs", "DUIs") counts things of a kind,
 * and so does the same acronym alone when the article writes that plural ("a super PAC"): neither
 * is an actor (rule actor/plural-acronym).
 */
import type { Range } from '../../schema/brief';
import { drop, live, type ActorList } from './list';

/** Words a defined phrase may hold that give no letter to its acronym ("weapons of mass destruction"). */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', '&']);
/** Letters of an acronym: two to six capitals, with or without periods ("WMD", "N.G.O."). */
const ACRONYM = /^(?:[A-Z]\.?){2,6}$/;
/** Read no further back than this many words: a phrase of six letters with its function words. */
const MAX_WORDS = 12;

/** An acronym with a plural "s": two to six capitals, with or without periods, then a lower-case "s" ("PACs", "CEOs", "L.L.C.s"). */
const PLURAL_ACRONYM = /^(?:[A-Z]{2,6}|(?:[A-Z]\.){2,6})s$/;

export function dropTermAcronyms(list: ActorList): void {
  const { text } = list.doc;
  const actors = live(list);
  // The singular of every plural acronym named as an actor ("PAC" of "PACs").
  let kinds: Set<string> | null = null;
  for (const a of actors) if (PLURAL_ACRONYM.test(a.name)) (kinds ??= new Set()).add(a.name.slice(0, -1));
  for (const a of actors) {
    if (kinds !== null && (kinds.has(a.name) || PLURAL_ACRONYM.test(a.name))) {
      drop(list, a, 'actor/plural-acronym: an acronym the article writes in the plural names a kind');
      continue;
    }
    if (!ACRONYM.test(a.name)) continue;
    const letters = a.name.replace(/\./g, '').toLowerCase();
    if (a.mentions.some((m) => definesLowerCasePhrase(text, m, letters)))
      drop(list, a, 'actor/term-acronym: the acronym of a phrase written in lower case');
  }
}

/**
 * Is the mention in brackets right after words in lower case whose initials, function words
 * skipped, spell `letters` ("traumatic brain injury (TBI)")? A hyphen splits words
 * ("non-governmental organisation (NGO)").
 */
function definesLowerCasePhrase(text: string, m: Range, letters: string): boolean {
  if (text.charCodeAt(m.start - 1) !== 40 || text.charCodeAt(m.end) !== 41) return false;
  let i = m.start - 2;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  let k = letters.length - 1;
  for (let words = 0; words < MAX_WORDS && k >= 0 && i >= 0; words++) {
    const end = i + 1;
    while (i >= 0 && isWordCode(text.charCodeAt(i))) i--;
    const word = text.slice(i + 1, end);
    if (word.length === 0) return false;
    const first = word.charCodeAt(0);
    if (first >= 97 && first <= 122 && first === letters.charCodeAt(k)) k--;
    else if (!SKIPPED.has(word)) return false;
    // Words part at one space or one hyphen; anything else ends the phrase.
    const gap = text.charCodeAt(i);
    if (gap !== 32 && gap !== 45) break;
    i--;
  }
  return k < 0;
}

/** An ASCII letter, a digit, "&" or an apostrophe: a word's characters here (the phrase is lower-case English). */
function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 38;
}
