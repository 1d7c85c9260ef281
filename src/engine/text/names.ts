/**
 * Proper names: maximal runs of capitalised words ("Dmitry Medvedev", "Security Council",
 * "U.S.", "NATO", "Al-Qaeda", "Bank of England"), with exact offsets, split from the title words
 * before them ("Lt. Gen." in "Lt. Gen. Michael Flynn" becomes the name's `prefix`).
 *
 * Approach (two linear passes over the document's one token stream, text/word-tokens.ts):
 * 1. Evidence. A capitalised word in a trusted position (mid-sentence, not after an opening quote
 *    or colon, not in a Title Case heading or an ALL CAPS line) counts as a capitalised word of
 *    this article; every lower-case word is noted too.
 * 2. Runs. Adjacent capitalised words on one line, joined by name connectors (of, de, van, al,
 *    bin...) form a run; a possessive, a hyphen into a lower-case word ("US-supplied"), punctuation
 *    or a function word ends it. A word in an opening position (sentence start, after a quote mark
 *    or a colon, in a heading) has to earn its place: the article capitalises it elsewhere, a
 *    gazetteer knows it, or (in running text only) it is not a common opener ("However",
 *    "Predictably", "Former"), not an -ly/-ing/-ed word and never seen in lower case.
 * Title words (Sen., President, Deputy Chairman, Sheriff) at the front of a run become the name's
 * prefix, unless the run is itself an organisation ("Justice Department").
 *
 * Known limits: no part-of-speech tagging, so a capitalised common word mid-sentence in running
 * text is taken for a name; names in ALL CAPS lines are found only through gazetteers or the
 * article's own capitalised forms; "and" never joins a name ("Johnson and Johnson" is two).
 */
import type { Range } from '../../schema/brief';
import { CALENDAR_WORDS, COMMON_OPENERS, FUNCTION_WORDS, WordShapes } from '../data/common-words';
import { countryAndPlaceKeys, countryOfLower } from '../data/countries';
import { ORG_HEADS, ORG_SUFFIX_ABBREVIATIONS, ORGANIZATIONS } from '../data/organizations';
import { isTeamInTable } from './tables';
import { isDateline } from './datelines';
import { isOutletLower, outletKeys } from '../data/outlets';
import { isPlatform, platformKeys } from '../data/platforms';
import { ROLE_MODIFIERS, TITLE_WORDS } from '../data/titles';
import { DocTokens } from './word-tokens';
import { ABBREVIATIONS } from '../data/abbreviations';

export interface NameSpan {
  start: number;
  end: number;
  text: string;
  /** The title words before the name in the same capitalised run ("Lt. Gen."), when there are any. */
  prefix?: Range;
  /** The name ended in a possessive ("Clinton’s"); the `’s` is not part of the span. */
  possessive?: boolean;
  /**
   * Taken on weak evidence only: every word opens a sentence, quotation or line, and nothing but
   * its not being a common word speaks for it ("Attendance: 5,000"). Consumers may want more.
   */
  weak?: boolean;
  /** Some word of the name also appears in lower case in the article ("Presidential Debates" and "the debates"). */
  common?: boolean;
}

interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** `lower` without the token's own period ("sen" for "Sen."). */
  bare: string;
  /** `lower` is a function word. */
  func: boolean;
  cap: boolean;
  allCaps: boolean;
  /** Ends the run: possessive, hyphen into a lower-case word, or punctuation right after. */
  stop: boolean;
  possessive: boolean;
  /** A period belongs to the token (title abbreviation, initial, dotted acronym). */
  dotted: boolean;
  opening: boolean;
  /** In a Title Case heading or ALL CAPS line: every word there has to earn its capital. */
  shouty: boolean;
  /** Part of a URL, handle or code ("pic.twitter.com/NnpcF33smC", "@axios", "F33"). */
  url: boolean;
  /** A known abbreviation followed by its period ("Mich.", "Calif."), titles aside. */
  abbreviation: boolean;
  /** Alone in brackets: "(AN)" after a name is an acronym even when it spells a function word. */
  bracketed: boolean;
}

const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_DIGIT = /\p{N}/u;
const CONNECTORS = new Set([
  'of',
  'de',
  'da',
  'del',
  'della',
  'di',
  'du',
  'van',
  'von',
  'der',
  'den',
  'la',
  'le',
  'al',
  'el',
  'bin',
  'ibn',
  'y',
  'for',
  'and',
]);
/** A number for a short word, to test set membership without slicing (a collision only costs a slice). */
function hashOf(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 65599) + text.charCodeAt(i)) | 0;
  return h;
}
/** The first letters of the connectors, one bit per letter a-z: most short words are ruled out by it. */
const CONNECTOR_FIRST = [...CONNECTORS].reduce((bits, w) => bits | (1 << (w.charCodeAt(0) - 97)), 0);
/** Connectors that may only join, never follow a title ("Secretary of State" stays a title). */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z]{1,3}$/;
const OPENING_MARKS = new Set([
  '"',
  '\u201c',
  '\u2018',
  "'",
  '\u00ab',
  '(',
  '[',
  '*',
  '\u2022',
  '-',
  '\u2013',
  '\u2014',
  '#',
  '>',
]);
const CLOSING_MARKS = new Set(['"', "'", '\u201d', '\u2019', ')', ']', '\u00bb']);
const SENTENCE_PUNCT = new Set(['.', '!', '?', '\u2026', ':', ';', '|']);
/** The three sets above by char code, one bit each, so isOpening reads codes and builds no strings. */
const OPENS = 1;
const CLOSES = 2;
const ENDS = 4;
const MARKS = new Uint8Array(65536);
for (const m of OPENING_MARKS) MARKS[m.charCodeAt(0)] |= OPENS;
for (const m of CLOSING_MARKS) MARKS[m.charCodeAt(0)] |= CLOSES;
for (const m of SENTENCE_PUNCT) MARKS[m.charCodeAt(0)] |= ENDS;
/** Longest run of capitalised words still read as names (a list of six two-word names fits). */
const MAX_RUN = 12;
/** Connectors that join only names a gazetteer knows ("Bosnia and Herzegovina", "Fox and Friends"). */
const WEAK_CONNECTORS = new Set(['and', 'for']);

/**
 * @example
 * findNames('Former Russian president Dmitry Medvedev has warned NATO.')
 * // [{ text: 'Russian' }, { text: 'Dmitry Medvedev' }, { text: 'NATO' }] ("Former" is no name)
 */
export function findNames(text: string, words: DocTokens = new DocTokens(text)): NameSpan[] {
  // Pass 1: words, with evidence from trusted positions and every lower-case word.
  const lowerWords = LOWER_WORDS;
  lowerWords.length = 0;
  const tokens = tokenize(text, words, lowerWords);
  const lowerSeen = lowerForms(text, tokens, lowerWords);
  lowerWords.release();
  markShouting(tokens);
  const trusted = new Set<string>();
  for (const t of tokens)
    if (t.cap && !t.opening && !t.shouty && !t.func && !(t.allCaps && t.text.length > 6)) trusted.add(t.text);

  // Pass 2: runs of capitalised words.
  const out: NameSpan[] = [];
  // One array for every run (emitRun keeps no reference to it).
  const run: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (t === BREAK) {
      flushRun(text, run, trusted, lowerSeen, out);
      continue;
    }
    const prev = run.length ? run[run.length - 1] : null;
    const joined = prev !== null && !prev.stop && onlySpaces(text, prev.end + (prev.possessive ? 2 : 0), t.start);
    if (!joined) flushRun(text, run, trusted, lowerSeen, out);
    if (isNameWord(t)) {
      run.push(t);
      if (t.stop) flushRun(text, run, trusted, lowerSeen, out);
      continue;
    }
    // A connector stays in the run only between two name words on the same line.
    const next = tokens[k + 1];
    if (
      run.length &&
      joined &&
      CONNECTORS.has(t.text) &&
      !t.stop &&
      next &&
      isNameWord(next) &&
      onlySpaces(text, t.end, next.start)
    ) {
      run.push(t);
      continue;
    }
    flushRun(text, run, trusted, lowerSeen, out);
  }
  flushRun(text, run, trusted, lowerSeen, out);
  return out;
}

/** Emit the run of capitalised words read so far, and empty it. */
function flushRun(text: string, run: Token[], trusted: Set<string>, lowerSeen: Set<string>, out: NameSpan[]): void {
  // (Most flushes, at every lower-case word, have nothing to emit.)
  if (run.length === 0) return;
  emitRun(text, run, trusted, lowerSeen, out);
  run.length = 0;
}

function isNameWord(t: Token): boolean {
  if (!t.cap) return false;
  // A function word is never a name, in capitals too ("CLOSE OUR SOUTHERN BORDER"), unless a
  // gazetteer knows it ("US").
  if (t.func && !(t.allCaps && (isKnownLower(t.lower) || t.bracketed))) return false;
  // A lone capital letter is no name ("W L T" table heads); an initial carries its period ("J.").
  if (t.text.length === 1) return false;
  if (CALENDAR_SHAPES.mayHold(t.bare) && CALENDAR_WORDS.has(t.bare)) return false;
  // "FLINT, Mich.", "Ariz.": a state abbreviation is a dateline part, not a name.
  if (t.abbreviation) return false;
  if (PARTY_TAG.test(t.text)) return false;
  if (t.url) return false;
  return true;
}

/**
 * The lower-case words of the article that matter: those that are also the lower-cased form of a
 * capitalised word. A word is sliced only when its length and first letter match such a form, so
 * the hundreds of other words of an article cost no string.
 */
function lowerForms(text: string, tokens: Token[], bounds: Bounds): Set<string> {
  const lowerWords = bounds.data;
  // Each wanted form by a hash of its text; '' where two forms share a hash (then the word is
  // sliced and looked up). A form is dropped once seen, so "the" costs one slice, not fifty.
  // SHAPES counts the wanted forms of each shape, so most words are ruled out by one array read.
  // (Lower-case words of one or two letters are not kept, so forms that short are not wanted.)
  const wanted = new Map<number, string>();
  const shapes = SHAPES;
  const marked: number[] = [];
  for (const t of tokens) {
    if (!t.cap || t.bare.length <= 2) continue;
    const bare = t.bare;
    const h = hashOf(bare, 0, bare.length);
    const had = wanted.get(h);
    if (had === bare) continue;
    wanted.set(h, had === undefined ? bare : '');
    const shape = shapeOf(bare, 0, bare.length);
    if (shapes[shape]++ === 0) marked.push(shape);
  }
  const seen = new Set<string>();
  for (let k = 0; k < bounds.length && wanted.size > 0; k += 2) {
    const start = lowerWords[k];
    const end = lowerWords[k + 1];
    const shape = shapeOf(text, start, end);
    if (shapes[shape] === 0) continue;
    const h = hashOf(text, start, end);
    const form = wanted.get(h);
    if (form === undefined) continue;
    if (form !== '') {
      if (form.length === end - start && text.startsWith(form, start)) {
        seen.add(form);
        wanted.delete(h);
        shapes[shape]--;
      }
      continue;
    }
    const word = text.slice(start, end);
    if (wantedForm(tokens, word)) seen.add(word);
  }
  for (const shape of marked) shapes[shape] = 0;
  return seen;
}

/** Length, first, second and last letter of a word mixed into an index of SHAPES (a collision only costs a hash). */
function shapeOf(text: string, start: number, end: number): number {
  const h =
    Math.imul(end - start, 0x9e3779b1) ^
    Math.imul(text.charCodeAt(start), 0x85ebca6b) ^
    Math.imul(text.charCodeAt(start + 1), 0xc2b2ae35) ^
    Math.imul(text.charCodeAt(end - 1), 0x27d4eb2f);
  return (h ^ (h >>> 16)) & 0xfff;
}
/** How many wanted forms of each shape `lowerForms` still looks for; all zero between calls. */
const SHAPES = new Uint32Array(1 << 12);

/** Is the word the lower-cased form of a capitalised token? (Only where two forms share a hash.) */
function wantedForm(tokens: Token[], word: string): boolean {
  for (const t of tokens) if (t.cap && t.bare === word) return true;
  return false;
}

/** Shared stand-in for a plain lower-case word: it only ends a run, so it needs no object of its own. */
const BREAK: Token = connectorToken(-1, -1, '', true);

/** A token for a lower-case word: a connector, or BREAK. (Every token has the same fields, in the same order.) */
function connectorToken(start: number, end: number, word: string, stop: boolean): Token {
  return {
    start,
    end,
    text: word,
    lower: word,
    bare: word,
    func: word !== '' && FUNCTION_WORDS.has(word),
    cap: false,
    allCaps: false,
    stop,
    possessive: false,
    dotted: false,
    opening: false,
    shouty: false,
    url: false,
    abbreviation: false,
    bracketed: false,
  };
}

/**
 * Start and end offsets of words, two numbers a word, in one typed array kept from call to call
 * (the lower-case words of `tokenize`: no array grown and dropped per article).
 */
class Bounds {
  data = new Int32Array(1024);
  length = 0;

  push(start: number, end: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = start;
    this.data[this.length++] = end;
  }

  /** Let a very long text's offsets go once they are read. */
  release(): void {
    if (this.data.length > 1 << 16) this.data = new Int32Array(1024);
    this.length = 0;
  }
}
const LOWER_WORDS = new Bounds();

interface LineCount {
  words: number;
  caps: number;
  allCaps: number;
  capsFunction: number;
  from: number;
}

/**
 * The name finder's view of the document's words (one token stream, text/word-tokens.ts):
 * capitalised words and connectors get a Token, other lower-case words only feed `lowerSeen` and
 * break runs. Two words joined by an ampersand are one name word here ("AT&T"). Line by line, the
 * counts that tell a Title Case heading or an ALL CAPS line are kept as it goes.
 */
function tokenize(text: string, words: DocTokens, lowerWords: Bounds): Token[] {
  const tokens: Token[] = [];
  const all = words.all;
  let prev: Token | null = null;
  const line: LineCount = { words: 0, caps: 0, allCaps: 0, capsFunction: 0, from: 0 };
  let gapFrom = 0;
  for (let k = 0; k < all.length; k++) {
    const word = all[k];
    const start = word.start;
    let end = word.end;
    // "AT&T": an ampersand between two words joins them into one.
    let merged = false;
    while (k + 1 < all.length && all[k + 1].start === end + 1 && text.charCodeAt(end) === 38) {
      end = all[++k].end;
      merged = true;
    }
    if (hasNewline(text, gapFrom, start)) endLine(tokens, line);
    gapFrom = end;
    const c = text.charCodeAt(start);
    line.words++;
    // Lower-case words and numbers: evidence and run breaks only (connectors keep a token).
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 128 && !UPPER.test(text[start]))) {
      if (c >= 48 && c <= 57) {
        line.words--; // numbers say nothing about a line's capitals
        tokens.push(BREAK);
        prev = BREAK;
        continue;
      }
      // Only words of three letters or more can tell against a capitalised word (shorter ones
      // are function words, which never make names anyway). Their positions are kept, not their
      // text: only the few that match a capitalised word's shape are ever sliced (see findNames).
      if (end - start > 2) lowerWords.push(start, end);
      // After a lower-case word or a number a connector joins nothing: like any other word it only
      // breaks runs, and the run is broken already (most words stop here).
      if (prev === BREAK) continue;
      if (!merged && isConnector(text, start, end, c, word.norm)) {
        const tok = connectorToken(start, end, word.norm, text[end] !== ' ' && text[end] !== '\u00a0');
        tokens.push(tok);
        prev = tok;
      } else if (prev !== BREAK) {
        tokens.push(BREAK);
        prev = BREAK;
      }
      continue;
    }
    if (!(c >= 65 && c <= 90) && c < 128) continue;
    const tok = capitalised(text, start, end, prev, joinersIn(text, start, end));
    tokens.push(tok);
    prev = tok;
    line.caps += tok.cap ? 1 : 0;
    if (tok.allCaps) line.allCaps++;
    if (tok.cap && !tok.opening && !tok.allCaps && tok.func) line.capsFunction++;
  }
  endLine(tokens, line);
  return tokens;
}

/** Is the lower-case word at [start, end), first code `c`, normal form `norm`, exactly a connector? */
function isConnector(text: string, start: number, end: number, c: number, norm: string): boolean {
  return (
    end - start <= 5 &&
    c >= 97 &&
    c <= 122 &&
    (CONNECTOR_FIRST & (1 << (c - 97))) !== 0 &&
    CONNECTORS.has(norm) &&
    text.startsWith(norm, start)
  );
}

/** A line break between two words. */
function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** The inner joiners of a word: a hyphen, a period (so most words are never searched for one). */
function joinersIn(text: string, start: number, end: number): number {
  let joiners = 0;
  for (let i = start + 1; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === 45) joiners |= HAS_HYPHEN;
    else if (d === 46) joiners |= HAS_PERIOD;
  }
  return joiners;
}

/**
 * Three or more words in capitals in a row inside running text ("CLOSE OUR SOUTHERN BORDER") are
 * shouting: like a heading, every word there has to earn its place.
 */
function markShouting(tokens: Token[]): void {
  let from = 0;
  for (let k = 0; k <= tokens.length; k++) {
    const t = tokens[k];
    if (t !== undefined && t.allCaps && (k === from || tokens[k - 1].end + 1 >= t.start - 1)) continue;
    if (k - from >= 3) for (let x = from; x < k; x++) tokens[x].shouty = true;
    from = t !== undefined && t.allCaps ? k : k + 1;
  }
}

/**
 * A Title Case heading ("Kremlin: NATO Weapons To Be Hit In Any Country") or an ALL CAPS line:
 * their capitals say nothing about names, so every word there has to earn its place. Capitalised
 * function words ("To Be Hit In Any") mark a heading; a line of nothing but names (a team list)
 * is not one.
 */
function endLine(tokens: Token[], line: LineCount): void {
  const { words, caps, allCaps, capsFunction } = line;
  const shoutyCaps = words >= 3 && allCaps / words >= 0.6;
  // The article's first line is its headline: Title Case there needs no capitalised function word
  // ("Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton", PolNeAR dev).
  const titleCase =
    (words >= 4 && caps / words >= 0.75 && capsFunction > 0) || (line.from === 0 && words >= 3 && caps / words >= 0.7);
  if (shoutyCaps || titleCase)
    for (let x = line.from; x < tokens.length; x++) if (tokens[x] !== BREAK) tokens[x].shouty = true;
  line.words = line.caps = line.allCaps = line.capsFunction = 0;
  line.from = tokens.length;
}

/** What the word scan saw inside a word: a hyphen, a period (so most words are never searched for one). */
const HAS_HYPHEN = 1;
const HAS_PERIOD = 2;

const FUNCTION_SHAPES = new WordShapes(FUNCTION_WORDS, 12);
const CALENDAR_SHAPES = new WordShapes(CALENDAR_WORDS, 12);

const TITLE_SHAPES = new WordShapes(TITLE_WORDS, 20);
const ROLE_SHAPES = new WordShapes(ROLE_MODIFIERS, 20);

function isTitle(lower: string): boolean {
  return TITLE_SHAPES.mayHold(lower) && TITLE_WORDS.has(lower);
}

function isRoleModifier(lower: string): boolean {
  return ROLE_SHAPES.mayHold(lower) && ROLE_MODIFIERS.has(lower);
}

/** The function words of one or two letters a-z, by a 27 x 27 table of their codes ("he", "in", "a"): no string hashed. */
const SHORT_FUNCTION = new Uint8Array(27 * 27);
for (const w of FUNCTION_WORDS) if (w.length <= 2 && isAsciiLower(w)) SHORT_FUNCTION[shortIndex(w)] = 1;

function isAsciiLower(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) < 97 || w.charCodeAt(i) > 122) return false;
  return true;
}

/** A one- or two-letter a-z word's place in SHORT_FUNCTION (the second letter 26 when there is none). */
function shortIndex(w: string): number {
  return (w.charCodeAt(0) - 97) * 27 + (w.length === 2 ? w.charCodeAt(1) - 97 : 26);
}

/** `FUNCTION_WORDS.has(lower)`, short words by table, the rest ruled out by shape where possible. */
function isFunctionWord(lower: string): boolean {
  if (lower.length <= 2 && lower.length > 0 && isAsciiLower(lower)) return SHORT_FUNCTION[shortIndex(lower)] === 1;
  return FUNCTION_SHAPES.mayHold(lower) && FUNCTION_WORDS.has(lower);
}

/** A word that starts with a capital: possessive, hyphen, period and position worked out. */
function capitalised(text: string, start: number, wordEnd: number, prev: Token | null, joiners: number): Token {
  let end = wordEnd;
  let word = text.slice(start, end);
  let stop = false;
  let possessive = false;
  // "US-supplied", "Kremlin-backed": the name is the part before the hyphen.
  const hyphen = (joiners & HAS_HYPHEN) !== 0 ? word.search(/-\p{Ll}/u) : -1;
  if (hyphen > 0) {
    end = start + hyphen;
    word = word.slice(0, hyphen);
    stop = true;
  }
  const last = word.charCodeAt(word.length - 1);
  const apos = word.charCodeAt(word.length - 2);
  if ((last === 115 || last === 83) && (apos === 39 || apos === 0x2019) && word.length > 2) {
    end -= 2;
    word = word.slice(0, -2);
    stop = true;
    possessive = true;
  }
  // The caller only hands over words that start with a capital.
  const cap = true;
  const allCaps = word.length >= 2 && !hasLower(word) && countLetters(word) >= 2;
  const lower = word.toLowerCase();
  let dotted = false;
  if (!possessive && text.charCodeAt(end) === 46 && cap) {
    const inner = (joiners & HAS_PERIOD) !== 0 && word.includes('.');
    const bare = inner ? lower.replace(/\./g, '') : lower;
    if (word.length === 1 || inner || isTitle(bare) || isRoleModifier(bare)) {
      end += 1;
      word += '.';
      dotted = true;
    } else if (companySuffix(text, bare, start, end, prev)) {
      // "AMR Corp., its parent": the suffix keeps its period and ends the name (at the end of a
      // line the period is the sentence's, and the name ends before it).
      stop = true;
      if (end + 1 < text.length && text.charCodeAt(end + 1) !== 10 && text.charCodeAt(end + 1) !== 13) {
        end += 1;
        word += '.';
        dotted = true;
      }
    }
  }
  const abbreviation = !dotted && !stop && text.charCodeAt(end) === 46 && ABBREVIATIONS.has(word) && !isTitle(lower);
  // Punctuation right after (not a space) ends a run: "Graham," "Medvedev." "Jones’ dog".
  const after = text.charCodeAt(end);
  if (!possessive && !dotted && end < text.length && after !== 32 && after !== 0xa0) stop = true;
  const before = start > 0 ? text.charCodeAt(start - 1) : 0;
  const fullLower = dotted ? lower + '.' : lower;
  return {
    start,
    end,
    text: word,
    lower: fullLower,
    bare: lower,
    func: isFunctionWord(fullLower),
    cap,
    allCaps,
    stop,
    possessive,
    dotted,
    opening: cap && isOpening(text, start, prev),
    shouty: false,
    url:
      hasDigit(word) ||
      before === 47 ||
      before === 64 ||
      before === 35 ||
      ((joiners & HAS_PERIOD) !== 0 && word.includes('.') && /\.(?:com|org|net|gov|edu|co|io)\b/i.test(word)),
    abbreviation,
    bracketed: allCaps && before === 40 && text.charCodeAt(end) === 41,
  };
}

/** "Corp", "Inc", "Ltd" right after a capitalised word, with a period after it. */
function companySuffix(text: string, bare: string, start: number, end: number, prev: Token | null): boolean {
  return (
    ORG_SUFFIX_ABBREVIATIONS.has(bare) &&
    prev !== null &&
    prev !== BREAK &&
    prev.cap &&
    prev.end + 1 === start &&
    text.charCodeAt(end) === 46
  );
}

/** A lower-case letter anywhere (ASCII by code, the rest by the Unicode class). */
function hasLower(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127) return HAS_LOWER.test(word);
  }
  return false;
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    if (c > 127) return HAS_DIGIT.test(word);
  }
  return false;
}

function countLetters(word: string): number {
  let k = 0;
  for (let i = 0; i < word.length; i++)
    if (word.charCodeAt(i) !== 46 && word.charCodeAt(i) !== 45 && word.charCodeAt(i) !== 39) k++;
  return k;
}

/** Does the word at `start` open a sentence, a quotation, a line or a clause after a colon? */
function isOpening(text: string, start: number, prev: Token | null): boolean {
  if (start === 0) return true;
  // Right after an opening mark: a quotation, a bracket or a bullet starts here.
  const before = text.charCodeAt(start - 1);
  if ((MARKS[before] & OPENS) !== 0 && before !== 45) return true;
  let i = start - 1;
  while (i >= 0) {
    // Skip spaces, closing marks and symbols (emoji are surrogate pairs) back to what precedes.
    const code = text.charCodeAt(i);
    if (
      code === 32 ||
      code === 9 ||
      code === 0xa0 ||
      (MARKS[code] & CLOSES) !== 0 ||
      (code >= 0xd800 && code <= 0xdfff) ||
      (code >= 0x2190 && code <= 0x2bff)
    )
      i--;
    else if ((MARKS[code] & OPENS) !== 0)
      return true; // "said: “ This", "* John"
    else break;
  }
  if (i < 0) return true;
  const code = text.charCodeAt(i);
  if (code === 10 || code === 13) return true;
  if ((MARKS[code] & ENDS) !== 0) {
    // "Sen. Rand Paul", "Lt. Gen.": a period that belongs to a title or initial opens nothing.
    if (
      code === 46 &&
      prev &&
      prev.dotted &&
      prev.end === i + 1 &&
      !/^(?:\p{Lu}\.){2,}$/u.test(prev.text) &&
      !ORG_SUFFIX_ABBREVIATIONS.has(prev.lower.slice(0, -1))
    )
      return false;
    return true;
  }
  return false;
}

function onlySpaces(text: string, from: number, to: number): boolean {
  if (to <= from) return to === from;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 0xa0) return false;
  }
  return true;
}

/** Is this capitalised sequence something a gazetteer knows? */
export function isKnownName(name: string): boolean {
  return isKnownLower(name.toLowerCase());
}

/** The names the gazetteers of `isKnownName` know as they stand, lower-cased, in one set: one lookup instead of five. */
const KNOWN_NAMES: ReadonlySet<string> = new Set([
  ...ORGANIZATIONS,
  ...countryAndPlaceKeys(),
  ...outletKeys(),
  ...platformKeys(),
]);

const KNOWN_SHAPES = new WordShapes(KNOWN_NAMES, 63);

/** `isKnownName` for a name already lower-cased. */
function isKnownLower(lower: string): boolean {
  if (KNOWN_SHAPES.mayHold(lower) && KNOWN_NAMES.has(lower)) return true;
  // What the set misses: an outlet after "the" ("the Politico"), a platform with spaces around.
  if (lower.startsWith('the ') && isOutletLower(lower)) return true;
  const trimmed = lower.trim();
  return trimmed !== lower && isPlatform(trimmed);
}

/**
 * `isKnownName` of the run's text. The text is sliced and lower-cased only when its shape, read
 * from the tokens' lower-cased forms, is one a gazetteer name has (most runs are no such name).
 */
function isKnownRun(text: string, run: Token[]): boolean {
  const first = run[0];
  const last = run[run.length - 1];
  if (mayBeKnownRun(run, last.end - first.start)) return isKnownName(text.slice(first.start, last.end));
  return false;
}

function mayBeKnownRun(run: Token[], length: number): boolean {
  // Spaces between the tokens lower-case to themselves; a token whose lower-cased form has
  // another length (a rare letter), or a leading "the" (outlets), is left to the lookup.
  for (const t of run) if (t.lower.length !== t.text.length) return true;
  const first = run[0].lower;
  const last = run[run.length - 1].lower;
  if (first === 'the') return true;
  return KNOWN_SHAPES.mayHoldCodes(length, first.charCodeAt(0), last.charCodeAt(last.length - 1));
}

/** Can a word in an opening position be part of a name? */
function earnsCapital(t: Token, trusted: Set<string>, lowerSeen: Set<string>): boolean {
  if (trusted.has(t.text)) return true;
  if (isKnownLower(t.bare) && !(t.opening && COMMON_OPENERS.has(t.lower))) return true;
  const bare = t.bare;
  if (isTitle(bare) && !isRoleModifier(bare)) return true;
  if (t.shouty) {
    // ALL CAPS: the article's own capitalised form ("JAPAN" and "Japan") or a gazetteer entry.
    return t.allCaps && (trusted.has(t.text[0] + t.lower.slice(1)) || isKnownLower(t.lower));
  }
  // An acronym in running text (NATO, TASS, CIA, UNESCO); a longer word in capitals ("ABSTRACT",
  // "SPONSORED") is emphasis or a label unless the article writes it in mixed case too.
  if (t.allCaps) return t.text.replace(/\./g, '').length <= 6 || trusted.has(t.text[0] + t.lower.slice(1));
  if (COMMON_OPENERS.has(bare) || isRoleModifier(bare)) return false;
  if (lowerSeen.has(t.lower)) return false;
  if (/(?:ly|ing|ed)$/.test(t.lower) && t.lower.length > 4) return false;
  return true;
}

function emitRun(text: string, run: Token[], trusted: Set<string>, lowerSeen: Set<string>, out: NameSpan[]): void {
  // A run this long with no punctuation is no name nor list of names but noise or an attack:
  // skipping it keeps everything downstream linear in the names there really are.
  if (run.length > MAX_RUN) return;
  // "Trump and Clinton" is two names; "Bosnia and Herzegovina" is one because a gazetteer says so.
  const weak = weakConnectorAt(run);
  if (weak > 0 && !isKnownRun(text, run)) {
    emitRun(text, run.slice(0, weak), trusted, lowerSeen, out);
    emitRun(text, run.slice(weak + 1), trusted, lowerSeen, out);
    return;
  }
  // Trim connectors off both ends.
  while (run.length && !run[0].cap) run = run.slice(1);
  while (run.length && !run[run.length - 1].cap) run = run.slice(0, -1);
  if (!run.length) return;
  // Three or more words in capitals in running text are shouting, not a name, unless known.
  // (Whether a gazetteer knows the run whole is asked at most once.)
  let known: boolean | undefined;
  if (run.length >= 3 && run.filter((t) => t.allCaps).length >= 3 && !run[0].shouty && !(known = isKnownRun(text, run)))
    return;
  // A run a gazetteer knows whole ("New Zealand", "United States") needs no more proof.
  if (run.length > 1 && run.length <= 4 && (known ?? isKnownRun(text, run))) {
    splitTitle(text, run, out, false, lowerSeen);
    return;
  }
  // In a heading or ALL CAPS line, words that earn their capital only one by one stand alone
  // ("NFL AMERICAN FOOTBALL" is not one name).
  // A club in a sports table or a dateline needs no more proof ("HARTFORD 12 7 6", "RANGOON 1996-12-06").
  const table =
    run[0].allCaps &&
    (isTeamInTable(text, run[0].start, run[run.length - 1].end) ||
      isDateline(text, run[0].start, run[run.length - 1].end));
  if (table && run.every((t) => t.cap)) {
    splitTitle(text, run, out, false, lowerSeen);
    return;
  }
  if (run.some((t) => t.shouty)) {
    for (const t of run) if (t.cap && earnsCapital(t, trusted, lowerSeen)) splitTitle(text, [t], out, false, lowerSeen);
    return;
  }
  // Words in opening positions must earn their capital; a run is cut where one does not.
  // (A run with no such cut is its own one segment, not copied.)
  const segments: Token[][] = [];
  let from = 0;
  for (let k = 0; k < run.length; k++) {
    const t = run[k];
    // Long words in capitals are shouting or labels ("SPONSORED") wherever they stand.
    const needsProof = t.opening || t.shouty || (t.allCaps && t.text.length > 6);
    if (t.cap && needsProof && !earnsCapital(t, trusted, lowerSeen)) {
      if (k > from) segments.push(run.slice(from, k));
      from = k + 1;
    }
  }
  if (from === 0) segments.push(run);
  else if (from < run.length) segments.push(run.slice(from));
  for (let s of segments) {
    while (s.length && !s[0].cap) s = s.slice(1);
    while (s.length && !s[s.length - 1].cap) s = s.slice(0, -1);
    if (!s.length) continue;
    // A lone opening word with nothing after it, followed by a comma ("Boy, ..."), is an interjection
    // or adverb unless the article capitalises it elsewhere or a gazetteer knows it.
    // ("(Oviedo, Spain)" after a player's name is no interjection: a bracket opened it.)
    if (
      s.length === 1 &&
      (s[0].opening || s[0].shouty) &&
      text[s[0].end] === ',' &&
      text[s[0].start - 1] !== '(' &&
      !trusted.has(s[0].text) &&
      !isKnownLower(s[0].lower)
    )
      continue;
    const weak = onlyWeakWords(s, trusted);
    splitTitle(text, s, out, weak, lowerSeen);
  }
}

/** `s.some((t) => isTitle(t.bare) || isRoleModifier(t.lower))`. */
function hasTitleWord(s: Token[]): boolean {
  for (const t of s) if (isTitle(t.bare) || isRoleModifier(t.lower)) return true;
  return false;
}

/** Where "and" or "for" stands in the run, or -1 (a capitalised word never spells one). */
function weakConnectorAt(run: Token[]): number {
  for (let k = 0; k < run.length; k++) if (!run[k].cap && WEAK_CONNECTORS.has(run[k].text)) return k;
  return -1;
}

/** Does nothing but its opening position speak for every capitalised word of the segment? */
function onlyWeakWords(s: Token[], trusted: Set<string>): boolean {
  for (const t of s)
    if (t.cap && !((t.opening || t.shouty) && !trusted.has(t.text) && !isKnownLower(t.bare))) return false;
  return true;
}

/** Separate title words at the front of a run from the name they introduce. */
function splitTitle(text: string, s: Token[], out: NameSpan[], weak: boolean, lowerSeen: Set<string>): void {
  const lastTok = s[s.length - 1];
  // Only a run with a title word in it needs to know whether it is an organisation as a whole.
  const titled = hasTitleWord(s) || (s.length >= 3 && (countryOfLower(s[0].lower)?.demonym ?? false));
  const whole = titled ? text.slice(s[0].start, lastTok.end).toLowerCase() : '';
  const isOrg = titled && (ORGANIZATIONS.has(whole) || ORG_HEADS.has(lastTok.lower) || isOutletLower(whole));
  let cut = 0;
  if (titled && !isOrg) {
    for (let k = 0; k < s.length - 1; k++) {
      const bare = s[k].bare;
      // A demonym before a name is a role too ("Swede Kennet Andersson", "German Chancellor Angela Merkel").
      const demonym = k === 0 && s.length >= 3 && (countryOfLower(s[k].lower)?.demonym ?? false);
      if (isTitle(bare) || isRoleModifier(bare) || demonym) {
        cut = k + 1;
        // "Secretary of State Rex Tillerson": "of" and one word after a title stay in the title.
        if (s[k + 1] && s[k + 1].lower === 'of' && s[k + 3]) cut = k + 3;
      }
    }
    if (cut >= s.length) cut = s.length;
  }
  let name = cut === 0 ? s : s.slice(cut);
  while (name.length && !name[0].cap) name = name.slice(1);
  if (!name.length) return;
  // A name of only title words ("President", "Sen.") or ending in one ("Foreign Minister") names no one.
  if (name.every((t) => isTitle(t.bare)) || (!isOrg && isTitle(name[name.length - 1].bare))) return;
  const first = name[0];
  const last = name[name.length - 1];
  // A lone one-letter word ("U" of U-turn) is no name.
  if (name.length === 1 && first.text.length < 3 && first.text.replace(/\./g, '').length < 2) return;
  const span: NameSpan = { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
  if (cut > 0) span.prefix = { start: s[0].start, end: s[cut - 1].end };
  if (last.possessive) span.possessive = true;
  if (weak) span.weak = true;
  if (name.length > 1 && lowerSeen.size > 0 && hasCommonWord(text, name, lowerSeen)) span.common = true;
  out.push(span);
}

/**
 * Does a word of the name, as `name.split(' ')` gives it, appear in lower case in the article?
 * Read from the tokens (their lower-cased forms are at hand): a token stands as such a word only
 * with a plain space (or the name's edge) on both sides. (Only multi-word names need the flag:
 * a lone word was already checked when it opened a sentence.)
 */
function hasCommonWord(text: string, name: Token[], lowerSeen: Set<string>): boolean {
  const last = name.length - 1;
  for (let k = 0; k <= last; k++) {
    const t = name[k];
    const w = t.text;
    const c = w.charCodeAt(0);
    if (w.length <= 2 || !((c >= 65 && c <= 90) || (c > 127 && UPPER.test(w)))) continue;
    if ((k > 0 && text.charCodeAt(t.start - 1) !== 32) || (k < last && text.charCodeAt(t.end) !== 32)) continue;
    if (lowerSeen.has(t.lower)) return true;
  }
  return false;
}
