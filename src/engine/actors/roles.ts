/**
 * Roles of a person from the words around a name mention: the title run before it ("Former
 * Russian president and current Security Council Deputy Chairman" Dmitry Medvedev), a lower-case
 * role before it ("Hillary Clinton’s campaign manager" Robby Mook), a party tag after it
 * (Rand Paul "(R-Ky.)"), and an apposition after it (Barr, "the attorney general",).
 *
 * Approach: short bounded scans left and right of the mention, word by word, on the same line;
 * no parsing. A role is kept only when its head is a title word (data/titles.ts), so ordinary
 * noun phrases next to names do not become roles.
 *
 * Known limits: appositions longer than eight words and roles after the verb ("Barr, who is the
 * attorney general") are not read.
 */
import type { Range } from '../../schema/brief';
import { COUNTRY_SHAPES, countryOf } from '../data/countries';
import { FUNCTION_WORDS, WordShapes } from '../data/common-words';
import { ROLE_MODIFIERS, TITLE_WORDS } from '../data/titles';
import { isWordCode } from '../text/words';
import { isSpaceCode } from '../text/spaces';
import { lazyRegExp } from '../text/lazy-regexp';

/** A character of a role word: a letter, digit or mark (`isWordCode`), or . ' ’ - (was /[\p{L}\p{N}\p{M}.'\u2019-]/u per character). */
function isRoleCode(c: number): boolean {
  return isWordCode(c) || c === 46 || c === 39 || c === 0x2019 || c === 45;
}
const PARTY_TAG = /^\s*\(([RDI]-[A-Z][A-Za-z.]{1,5})\)/;
const PARTY_TAG_COMMA = /^, ([RDI]-[A-Z][A-Za-z]{1,3}\.?),/;
/** Determiners that open an apposition ("Flynn, a top Trump surrogate,"). */
const APPOSITION_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'then']);
/** Lower-case words a role before a name may hold besides title words ("campaign manager", "national security adviser"). */
const ROLE_NOUNS = new Set([
  'campaign',
  'national',
  'security',
  'press',
  'foreign',
  'defense',
  'defence',
  'communications',
  'policy',
  'senior',
  'top',
  'chief',
  'general',
  'state',
  'county',
  'district',
  'city',
  'federal',
  'white',
  'house',
  'former',
  'deputy',
  'vice',
  'assistant',
  'executive',
  'managing',
  'political',
  'military',
  'finance',
  'health',
  'legal',
  'economic',
]);

/** Heads that are no title words but still make a role ("Trump surrogate", "White House official"). */
const LOOSE_HEAD = /^surrogate|^official$|^ally$/;
const POSSESSIVE_BEFORE = lazyRegExp(String.raw`((?:\p{Lu}[\p{L}.-]*\s){0,3}\p{Lu}[\p{L}.-]*['\u2019]s)\s+$`, 'u');
// (A word may be an abbreviation with its periods, "U.S.": "a spokesman for the U.S. Embassy in Beijing,".)
const APPOSITION = lazyRegExp(
  String.raw`^,\s+((\p{L}+)(?:\s+(?:\p{L}\.(?:\p{L}\.)+|[\p{L}\p{N}\u2019'-]+)){1,7}?)\s*[,.;]`,
  'u',
);

/**
 * A word lower-cased, without a possessive or a closing mark ("president’s", "gen."): what
 * `.replace(/[.\u2019']s?$/u, '').replace(/\.$/, '')` gives, by char code.
 */
function bare(w: string): string {
  const lower = w.toLowerCase();
  let end = lower.length;
  if (end >= 2 && lower.charCodeAt(end - 1) === 115 && isMark(lower.charCodeAt(end - 2))) end -= 2;
  else if (end >= 1 && isMark(lower.charCodeAt(end - 1))) end -= 1;
  if (end >= 1 && lower.charCodeAt(end - 1) === 46) end -= 1;
  return end === lower.length ? lower : lower.slice(0, end);
}

function isMark(c: number): boolean {
  return c === 46 || c === 0x2019 || c === 39;
}

/**
 * Can a party tag or an apposition follow at `at`: a bracket, after white space or none, or a
 * comma and white space before a party letter or an apposition's opener (", R-Ky.,", ", the")?
 */
function tagMayFollow(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 40) return true;
  if (c === 44) {
    const max = Math.min(text.length, at + 120);
    let i = at + 1;
    while (i < max && isSpaceCode(text.charCodeAt(i))) i++;
    return i > at + 1 && i < max && mayOpenTag(text.charCodeAt(i));
  }
  const max = Math.min(text.length, at + 120);
  let i = at;
  while (i < max && isSpaceCode(text.charCodeAt(i))) i++;
  return i > at && i < max && text.charCodeAt(i) === 40;
}

/** R, D, I of a party tag, or the first letter of an apposition opener (the, a, an, his, her, their, its, then) in either case. */
function mayOpenTag(c: number): boolean {
  if (c === 82 || c === 68 || c === 73) return true;
  const lower = c | 32;
  return c < 128 && (lower === 116 || lower === 97 || lower === 104 || lower === 105);
}

/** The shapes of the words that extend a title run (a demonym aside): others need not be sliced. */
const ROLE_WORD_SHAPES = new WordShapes([...ROLE_MODIFIERS, ...TITLE_WORDS, ...ROLE_NOUNS, 'and'], 40);

/**
 * Might the word at `b`..`e` extend a title run: might `bare` of it be a role word, or it a demonym?
 * Read from char codes, lower-cased by `| 32` (letters fold, other ASCII stays outside a-z); a
 * word with any other character is left to the look-ups.
 */
function mayBeRoleWord(text: string, b: number, e: number): boolean {
  for (let i = b; i < e; i++) if (text.charCodeAt(i) >= 128) return true;
  const first = text.charCodeAt(b) | 32;
  if (COUNTRY_SHAPES.mayHoldCodes(e - b, first, text.charCodeAt(e - 1) | 32)) return true;
  // `bare`: no possessive "'s" or closing mark, then no full stop.
  let end = e;
  if (end - b >= 2 && (text.charCodeAt(end - 1) | 32) === 115 && isMark(text.charCodeAt(end - 2))) end -= 2;
  else if (end - b >= 1 && isMark(text.charCodeAt(end - 1))) end -= 1;
  if (end - b >= 1 && text.charCodeAt(end - 1) === 46) end -= 1;
  return end > b && ROLE_WORD_SHAPES.mayHoldCodes(end - b, first, text.charCodeAt(end - 1) | 32);
}

/**
 * @example
 * const text = 'Former Russian president and current Security Council Deputy Chairman Dmitry Medvedev warned.';
 * rolesAround(text, { start: 70, end: 85 }, { start: 38, end: 69 }, 0)
 * // ['Former Russian president', 'Security Council Deputy Chairman']
 */
export function rolesAround(text: string, name: Range, prefix: Range | undefined, floor: number): string[] {
  const roles: string[] = [];
  let left = prefix ? prefix.start : name.start;
  // Extend the title run to the left over modifiers, demonyms, title words and "and" ("Former
  // Russian president and current").
  let cursor = left;
  for (let steps = 0; steps < 8; steps++) {
    // The word before the cursor, by a backward character scan (a regex anchored at the end
    // would retry from every position of the window).
    let e = cursor;
    while (e > floor && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 0xa0)) e--;
    if (e === cursor) break;
    let b = e;
    while (b > floor && e - b < 40 && isRoleCode(text.charCodeAt(b - 1))) b--;
    if (b === e || !mayBeRoleWord(text, b, e)) break;
    const word = text.slice(b, e);
    const w = bare(word);
    const wordStart = b;
    const isRoleWord =
      ROLE_MODIFIERS.has(w) ||
      TITLE_WORDS.has(w) ||
      (countryOf(word)?.demonym ?? false) ||
      w === 'and' ||
      ROLE_NOUNS.has(w);
    if (!isRoleWord || (FUNCTION_WORDS.has(w) && w !== 'and')) break;
    cursor = wordStart;
  }
  // A role never starts with "and". (With no title prefix and no role word before the name, there
  // is no role text: most mentions.)
  let roleText = prefix || cursor !== name.start ? text.slice(cursor, prefix ? prefix.end : name.start).trim() : '';
  if (roleText !== '') roleText = roleText.replace(/^and\s+/i, '');
  if (roleText && hasTitleHead(roleText)) {
    for (const part of roleText.split(/\s+and\s+/)) {
      const cleaned = part.replace(/^(?:current|currently)\s+/i, '').trim();
      // (A role text with no "and" and no "current" in front was just found to have a title head.)
      if (cleaned && (cleaned === roleText || hasTitleHead(cleaned))) roles.push(cleaned);
    }
    left = cursor;
  }
  // A possessive name before a lower-case role: "Hillary Clinton’s campaign manager".
  if (!prefix && roles.length === 1 && left > floor) {
    const before = text.slice(Math.max(floor, left - 60), left);
    const m = before.match(POSSESSIVE_BEFORE);
    if (m) roles[0] = `${m[1]} ${roles[0]}`;
  }
  // After the name: a party tag, then an apposition.
  // (Most names are followed by neither: then nothing is sliced.)
  if (tagMayFollow(text, name.end)) {
    const after = text.slice(name.end, Math.min(text.length, name.end + 120));
    const tag = PARTY_TAG.exec(after) ?? PARTY_TAG_COMMA.exec(after);
    if (tag) roles.push(tag[1]);
    const appo = after.charCodeAt(0) === 44 ? after.match(APPOSITION) : null;
    if (appo && APPOSITION_OPENERS.has(appo[2].toLowerCase()) && hasTitleHead(appo[1])) roles.push(appo[1]);
  }
  return roles.length < 2 ? roles : [...new Set(roles)];
}

/** Does the phrase hold a title word (its head, loosely: any title word in it)? */
function hasTitleHead(phrase: string): boolean {
  const words = phrase.split(/\s+/);
  for (const w of words) {
    const b = bare(w);
    if (TITLE_WORDS.has(b) && !ROLE_MODIFIERS.has(b)) return true;
  }
  for (const w of words) if (LOOSE_HEAD.test(w.toLowerCase())) return true;
  return false;
}
