/**
 * Actor passes that fix what a name is: parts of one name split apart, a name repeated by a credit
 * line, a generational suffix, a person swallowed into a longer name, a company suffix alone.
 * Each is a pass over the actor list (list.ts); linear in the mentions.
 */
import type { Actor, Range } from '../../schema/brief';
import { COMPANY_SUFFIXES, GENERATIONAL, ROLE_NOUNS } from '../data/actor-evidence';
import { isFirstName } from '../data/first-names';
import { isPlace } from '../data/countries';
import { isOutlet } from '../data/outlets';
import { TITLE_WORDS } from '../data/titles';
import { isSpaceCode } from '../text/spaces';
import {
  add,
  drop,
  findByName,
  firstNamed,
  live,
  markDropped,
  merge,
  named,
  onlyNamed,
  replace,
  type ActorList,
} from './list';
import { lazyRegExp } from '../text/lazy-regexp';

const RE_UPPER_THEN_SPACE = lazyRegExp(String.raw`\p{Lu}.*\s`, 'u');
const RE_STARTS_LOWER = lazyRegExp(String.raw`^\p{Ll}`, 'u');

/** "LLC", "Inc." or "Ltd" alone names nobody. */
export function dropSuffixOnly(list: ActorList): void {
  for (const a of live(list)) {
    // Every word must be a suffix: a first word that is none settles it before the name is split.
    const cut = separatorAt(a.name);
    if (lettersBefore(a.name, cut < 0 ? a.name.length : cut) > MAX_SUFFIX) continue;
    const first = (cut < 0 ? a.name : a.name.slice(0, cut)).toLowerCase().replace(/\./g, '');
    if (first !== '' && !COMPANY_SUFFIXES.has(first)) continue;
    const words = a.name
      .toLowerCase()
      .replace(/\./g, '')
      .split(/[\s,]+/)
      .filter(Boolean);
    if (words.length > 0 && words.every((w) => COMPANY_SUFFIXES.has(w))) drop(list, a, 'actor-passes/suffix-only');
  }
}

/** `name.search(/[\s,]/)`, by char code. */
function separatorAt(name: string): number {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 44 || isSpaceCode(c)) return i;
  }
  return -1;
}

/** The longest company suffix, in letters ("lllp", "gmbh"). */
const MAX_SUFFIX = Math.max(...[...COMPANY_SUFFIXES].map((w) => w.length));

/** How many characters before `end` are not full stops (the letters of "L.L.C."), counting no further than past MAX_SUFFIX. */
function lettersBefore(name: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end && n <= MAX_SUFFIX; i++) if (name.charCodeAt(i) !== 46) n++;
  return n;
}

/** "Reuters Reuters" (a credit line run into the text) is "Reuters". */
export function collapseRepeated(list: ActorList): void {
  for (const a of live(list)) {
    const name = repeatedWord(a.name);
    if (name === null) continue;
    const other = findByName(list, name, a);
    const type = isOutlet(name) ? 'organization' : a.type;
    const renamed = replace(list, a, { ...a, name, type, aliases: a.aliases.filter((n) => n !== name) });
    list.doc.trace?.add('actor', a.mentions[0].start, a.mentions[0].end, 'actor-passes/repeated-name');
    if (other) merge(list, other, renamed, 'actor-passes/repeated-name');
  }
}

/**
 * The word of a name that is one word twice ("Reuters Reuters"), or null: what
 * `name.split(/\s+/)` of two equal words gives, read by char code (most names fail at once).
 */
function repeatedWord(name: string): string | null {
  const n = name.length;
  let i = 0;
  while (i < n && !isSpaceCode(name.charCodeAt(i))) i++;
  if (i === n) return null;
  if (i === 0) {
    // (White space first: the split's first word is empty.)
    const words = name.split(/\s+/);
    return words.length === 2 && words[0] === words[1] ? words[0] : null;
  }
  let j = i;
  while (j < n && isSpaceCode(name.charCodeAt(j))) j++;
  // The rest is the first word again: as long, the same characters (so no white space in it either).
  if (n - j !== i) return null;
  for (let k = 0; k < i; k++) if (name.charCodeAt(j + k) !== name.charCodeAt(k)) return null;
  return name.slice(0, i);
}

/** "DONALD TRUMP" in a shouted line is the "Donald Trump" the article names in mixed case. */
export function mergeCaseVariants(list: ActorList): void {
  // Built at the first shouted name: most articles have none.
  let mixed: Map<string, Actor> | undefined;
  for (const a of live(list)) {
    if (!isUpperCase(a.name) || !RE_UPPER_THEN_SPACE.test(a.name)) continue;
    if (!mixed) {
      mixed = new Map();
      for (const b of live(list)) if (b.name !== b.name.toUpperCase()) mixed.set(b.name.toLowerCase(), b);
    }
    const other = mixed.get(a.name.toLowerCase());
    if (other && !list.dropped.has(other.id)) mergeInto(list, other, a);
  }
}

/** `name === name.toUpperCase()`, by char code while the name is ASCII (most names fail at their second letter). */
function isUpperCase(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return name === name.toUpperCase();
  }
  return true;
}

/** Merges into the current form of `other` (an earlier merge may have replaced the object). */
function mergeInto(list: ActorList, other: Actor, a: Actor): void {
  const current = list.actors.find((b) => b.id === other.id && !list.dropped.has(b.id));
  if (current) merge(list, current, a, 'actor-passes/case-variant', false);
}

const INITIAL = lazyRegExp(String.raw`\s\p{Lu}\.(?=\s)`, 'gu');

/** "Donald J. Trump" and "Donald Trump" are one person: names equal without middle initials merge. */
export function mergeMiddleInitials(list: ActorList): void {
  const plain = new Map<string, Actor>();
  for (const a of live(list)) {
    if (a.type !== 'person' || !INITIAL.test(a.name)) continue;
    INITIAL.lastIndex = 0;
    plain.set(a.name.replace(INITIAL, '').toLowerCase(), a);
  }
  if (plain.size === 0) return;
  for (const b of live(list)) {
    const a = plain.get(b.name.toLowerCase());
    if (!a || a === b || b.type !== 'person' || list.dropped.has(a.id)) continue;
    const [into, from] = b.mentions.length >= a.mentions.length ? [b, a] : [a, b];
    merge(list, into, from, 'actor-passes/middle-initial');
  }
}

/**
 * The white space after a name, read within 8 characters: spaces or tabs, at most one line break
 * (`\r\n` or `\n`), spaces or tabs; with where its line break is (-1: none). (What the regular
 * expression `^[ \t]*(?:\r?\n)?[ \t]*` matched on the 8 characters from `at`: every such gap but the
 * empty one is a single line break or a run of spaces and tabs, so nothing more is tested.)
 */
function gapAfter(text: string, at: number): { length: number; newline: number } {
  const max = Math.min(text.length, at + 8);
  let i = at;
  while (i < max && isSpaceOrTab(text.charCodeAt(i))) i++;
  let newline = -1;
  if (i < max && text.charCodeAt(i) === 10) newline = i++;
  else if (i + 1 < max && text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) {
    newline = i + 1;
    i += 2;
  }
  while (i < max && isSpaceOrTab(text.charCodeAt(i))) i++;
  return { length: i - at, newline };
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}
const CAPITAL_WORD = lazyRegExp(
  String.raw`(?:^|[^\p{L}\p{N}'\u2019.-])(\p{Lu}[\p{L}'\u2019-]*)([ \t]*\r?\n[ \t]*|[ \t]+)$`,
  'u',
);
/** A lower-case word joining two capitalised ones inside an organisation's name ("Doctors without Borders"). */
const INNER_CONNECTOR = lazyRegExp(String.raw`(?:^|[^\p{L}])(\p{Lu}\p{Ll}+s[ \t]+(?:without|for|against))[ \t]+$`, 'u');
const BEFORE_SENTENCE_START = /(?:^|[.!?:;"\u201c\u201d]\s*|\n\s*\n\s*)$/u;

/**
 * Parts of one name split apart: two actors whose mentions touch with only a space or a single line
 * break between them ("South" / "Dakota" across a hard-wrapped line) are one actor, and a name
 * whose capitalised first word was left out ("J Street", "Doctors without Borders", "South" before
 * a line break) gets it back.
 */
export function joinSplitNames(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  // Adjacent mentions of two actors. The mentions by start are indexed at the first look-up (before
  // any join, so from the same list): most articles have no name followed by a gap to look across.
  let starts: Map<number, Actor> | undefined;
  for (const a of live(list)) {
    if (list.dropped.has(a.id)) continue;
    const m = onlyNamed(doc, a);
    if (m === null) continue;
    // The gap below starts with white space: a name followed by anything else needs no slice.
    const c = text.charCodeAt(m.end);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13) continue;
    // Look at most one line break ahead for the next mention.
    const gap = gapAfter(text, m.end);
    if (gap.length === 0) continue;
    if (!starts) {
      starts = new Map();
      for (const x of live(list)) for (const n of named(doc, x)) starts.set(n.start, x);
    }
    const b = starts.get(m.end + gap.length);
    if (!b || b === a || list.dropped.has(b.id) || onlyNamed(doc, b) === null) continue;
    // Last, as it reads both lines whole.
    if (gap.newline >= 0 && !hardWrapped(text, gap.newline)) continue;
    const bm = onlyNamed(doc, b)!;
    joinInto(list, b, a, { start: m.start, end: bm.end }, 'actor-passes/split-name');
  }
  // A capitalised word left out before a name.
  for (const a of live(list)) {
    const m = firstNamed(doc, a);
    if (m === undefined) continue;
    if (!mayFollowWord(text, m.start, a.type === 'person')) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    let start = -1;
    const inner = INNER_CONNECTOR.exec(before);
    const word = CAPITAL_WORD.exec(before);
    if (a.type !== 'person' && inner)
      start = m.start - inner[1].length - (before.length - inner.index - inner[0].length) - 1;
    else if (
      word &&
      a.type !== 'person' &&
      word[1].length === 1 &&
      word[1] !== 'A' &&
      word[1] !== 'I' &&
      word[2] === ' '
    ) {
      start = m.start - 2;
    } else if (
      word &&
      word[2].includes('\n') &&
      word[1].length > 1 &&
      hardWrapped(text, m.start - word[2].length + word[2].indexOf('\n'))
    ) {
      const wordStart = m.start - word[2].length - word[1].length;
      if (BEFORE_SENTENCE_START.test(text.slice(Math.max(0, wordStart - 4), wordStart))) continue;
      start = wordStart;
    }
    if (start < 0) continue;
    start = text.indexOf(text.slice(start).trimStart().slice(0, 1), start);
    const span = { start, end: m.end };
    const name = text.slice(span.start, span.end).replace(/\s+/g, ' ');
    const type = isPlace(name) ? 'place' : a.type === 'person' ? 'person' : 'organization';
    const other = findByName(list, name, a);
    const next = replace(list, a, {
      ...a,
      name,
      type,
      aliases: a.aliases.includes(a.name) ? a.aliases : [...a.aliases, a.name],
      mentions: a.mentions.map((x) => (x === m ? span : x)),
    });
    doc.trace?.add('actor', span.start, span.end, 'actor-passes/split-name');
    if (other) merge(list, other, next, 'actor-passes/split-name');
  }
}

/**
 * What the capitalised-word rules of joinSplitNames need before a name at `start`, read from char
 * codes before either regular expression runs: white space right before it, and a line break in it
 * (a person takes back only a word from the line before), or else (not a person) "...s without",
 * "...s for" or "...s against" before it, or one capital letter and a single space ("J Street").
 */
function mayFollowWord(text: string, start: number, person: boolean): boolean {
  const c = text.charCodeAt(start - 1);
  if (c !== 32 && c !== 9 && c !== 10) return false;
  let g = start - 1;
  let newlines = 0;
  for (; g >= 0 && start - g <= 40; g--) {
    const d = text.charCodeAt(g);
    if (d === 10) newlines++;
    else if (d !== 32 && d !== 9 && d !== 13) break;
  }
  const w = text.charCodeAt(g);
  // Across one line break only, from a word's last letter (a name opening a paragraph takes nothing back).
  if (newlines > 0) return newlines === 1 && (isAsciiLetter(w) || w >= 128 || w === 39 || w === 45);
  if (person) return false;
  return (
    connectorAt(text, g, 'without') ||
    connectorAt(text, g, 'against') ||
    connectorAt(text, g, 'for') ||
    (g === start - 2 && c === 32 && ((w >= 65 && w <= 90) || w >= 128))
  );
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** INNER_CONNECTOR's tail ending at `last`: a word in -s, spaces or tabs, and the connector ("Doctors without"). */
function connectorAt(text: string, last: number, connector: string): boolean {
  let i = last - connector.length + 1;
  if (!text.startsWith(connector, i)) return false;
  const c = text.charCodeAt(i - 1);
  if (c !== 32 && c !== 9) return false;
  for (i -= 2; i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9); i--);
  return text.charCodeAt(i) === 115;
}

const LOWER_WORD = lazyRegExp(String.raw`(?:^|\s)\p{Ll}`, 'gu');

/**
 * Is the line break at `at` a hard wrap inside prose rather than the end of a line of its own (a
 * headline, a table row, a one-sentence-per-line text)? The line before runs on (no closing
 * punctuation) and both lines read as prose (lower-case words).
 */
function hardWrapped(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  let to = text.indexOf('\n', at + 1);
  if (to < 0) to = text.length;
  const before = text.slice(from, at).trimEnd();
  const after = text.slice(at + 1, to);
  if (before.length < 30 || /[.!?:;"\u201d\u2019)]$/u.test(before)) return false;
  return (before.match(LOWER_WORD)?.length ?? 0) >= 3 && (after.match(LOWER_WORD)?.length ?? 0) >= 2;
}

function joinInto(list: ActorList, b: Actor, a: Actor, span: Range, rule: string): void {
  const text = list.doc.text;
  const name = text.slice(span.start, span.end).replace(/\s+/g, ' ');
  const type = isPlace(name) ? 'place' : a.type === 'person' || b.type === 'person' ? 'person' : b.type;
  const mentions = [...a.mentions, ...b.mentions].filter((x) => !(x.start >= span.start && x.end <= span.end));
  const joined = replace(list, b, {
    ...b,
    name,
    type,
    mentions: [...mentions, span].sort((x, y) => x.start - y.start),
    aliases: b.aliases,
    salience: b.salience + a.salience,
  });
  markDropped(list, a.id);
  list.doc.trace?.add('actor', span.start, span.end, rule);
  const other = findByName(list, name, joined);
  if (other) merge(list, other, joined, rule);
}

/**
 * "Donald Trump Jr." is not "Donald Trump": mentions followed by a generational suffix become their
 * own actor (the whole actor, when no full name without the suffix is left).
 */
export function splitGenerational(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  for (const a of live(list)) {
    if (a.type !== 'person') continue;
    const suffixed: Range[] = [];
    for (const m of named(doc, a)) {
      if (!mayBeGenerational(text, m.end)) continue;
      const s = GENERATIONAL.exec(text.slice(m.end, m.end + 8));
      if (s) suffixed.push({ start: m.start, end: m.end + s[0].length });
    }
    if (suffixed.length === 0) continue;
    const first = text.slice(suffixed[0].start, suffixed[0].end);
    const name = first.replace(/,?\s+/g, ' ').replace(/ (Jr|Sr|Jnr|Snr)$/u, ' $1.');
    const rest = named(doc, a).filter((m) => !suffixed.some((s) => s.start === m.start));
    const fullLeft = rest.some((m) => /\s/u.test(text.slice(m.start, m.end)));
    for (const s of suffixed) doc.trace?.add('actor', s.start, s.end, 'actor-passes/generational');
    if (!fullLeft) {
      const mentions = a.mentions.map((m) => suffixed.find((s) => s.start === m.start) ?? m);
      replace(list, a, { ...a, name, mentions, aliases: [...new Set([...a.aliases, a.name])] });
      continue;
    }
    const share = (a.salience * suffixed.length) / Math.max(1, a.mentions.length);
    const keep = a.mentions.filter((m) => !suffixed.some((s) => s.start === m.start));
    replace(list, a, { ...a, mentions: keep, salience: a.salience - share });
    add(list, name, 'person', suffixed, share);
  }
}

/**
 * What GENERATIONAL needs at `at`, read from char codes before the slice: an optional comma,
 * spaces or tabs, then "J" or "S".
 */
function mayBeGenerational(text: string, at: number): boolean {
  // (GENERATIONAL reads the 8 characters from `at`: no scan goes further.)
  const max = at + 8;
  let i = text.charCodeAt(at) === 44 ? at + 1 : at;
  const from = i;
  while (i < max && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  const c = i < max ? text.charCodeAt(i) : -1;
  return i > from && (c === 74 || c === 83);
}

const NAME_PART = lazyRegExp(String.raw`^\p{Lu}[\p{L}'\u2019-]*\.?$`, 'u');

function personAt(words: string[], from: number): number {
  // A first name and one or two more capitalised words.
  if (!isFirstName(words[from] ?? '')) return 0;
  let n = 1;
  while (from + n < words.length && n < 3 && NAME_PART.test(words[from + n])) n++;
  return n >= 2 ? n : 0;
}

/**
 * A person swallowed into a longer name: "Joe Smith administration" names Joe Smith too, and
 * "FBI Agent Peter Strzok" is Peter Strzok with a role.
 */
export function attachSwallowed(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  for (const a of live(list)) {
    if (a.type === 'person') continue;
    // Fewer than three words (most names): no split.
    const space = a.name.indexOf(' ');
    if (space < 0 || a.name.indexOf(' ', space + 1) < 0) continue;
    const words = a.name.split(' ');
    // "<title> First Last" at the end: the actor is that person.
    for (let i = 1; i < words.length - 1; i++) {
      const before = words[i - 1].toLowerCase().replace(/\.$/, '');
      if (!TITLE_WORDS.has(before) && !ROLE_NOUNS.has(before)) continue;
      const n = personAt(words, i);
      if (n === 0 || i + n !== words.length) continue;
      const person = words.slice(i).join(' ');
      const prefix = words.slice(0, i).join(' ');
      const mentions = a.mentions.map((m) => {
        const at = text.slice(m.start, m.end).lastIndexOf(words[i]);
        return at > 0 ? { start: m.start + at, end: m.end } : m;
      });
      const next = replace(list, a, {
        ...a,
        name: person,
        type: 'person',
        roles: [...new Set([...a.roles, prefix])],
        mentions,
      });
      for (const m of mentions) doc.trace?.add('actor', m.start, m.end, 'actor-passes/swallowed-person');
      const other = findByName(list, person, next, 'person');
      if (other) merge(list, other, next, 'actor-passes/swallowed-person');
      break;
    }
    if (list.dropped.has(a.id) || !list.actors.includes(a)) continue;
    // "First Last <lower-case noun>" ("Joe Smith administration"): the person is named too.
    const n = personAt(words, 0);
    if (n === 0 || n === words.length || !words.slice(n).every((w) => RE_STARTS_LOWER.test(w))) continue;
    const person = words.slice(0, n).join(' ');
    const spans: Range[] = [];
    for (const m of a.mentions)
      if (text.startsWith(person, m.start)) spans.push({ start: m.start, end: m.start + person.length });
    if (spans.length === 0) continue;
    for (const s of spans) doc.trace?.add('actor', s.start, s.end, 'actor-passes/swallowed-person');
    const other = findByName(list, person, a, 'person');
    if (other)
      replace(list, other, { ...other, mentions: [...other.mentions, ...spans].sort((x, y) => x.start - y.start) });
    else add(list, person, 'person', spans, a.salience / 2);
  }
}
