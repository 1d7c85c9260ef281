/**
 * The name finder's tokens (text/names.ts): the document's one token stream (text/word-tokens.ts)
 * read as capitalised words with what the run rules need to know of each (possessive, title
 * period, opening position, heading or shouting, URL, abbreviation), connectors between them, and
 * one shared BREAK for every other word. Lower-case words leave only their offsets (`Bounds`), so
 * the evidence pass can tell a capitalised word the article also writes in lower case.
 */
import { FUNCTION_WORDS, WordShapes } from '../data/common-words';
import { ORG_SUFFIX_ABBREVIATIONS } from '../data/organizations';
import { NAME_CONNECTORS as CONNECTORS } from '../data/name-connectors';
import { ROLE_MODIFIERS, TITLE_WORDS } from '../data/titles';
import { ABBREVIATIONS } from '../data/abbreviations';
import { lowerOf, WordTable, type DocTokens, type Token as WordToken } from './word-tokens';
import { isFootnoteMark, isListEnumerator } from './footnote-mark';
import { isHyphenatedGivenName } from './name-joins';

const RE_HYPHEN_LOWER = /-\p{Ll}/u;
const RE_DOTTED_INITIALS = /^(?:\p{Lu}\.){2,}$/u;

export interface Token {
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

export const UPPER = /^\p{Lu}/u;
const HAS_LOWER = /\p{Ll}/u;
const HAS_DIGIT = /\p{N}/u;
/** A number for a short word, to test set membership without slicing (a collision only costs a slice). */
export function hashOf(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) h = (Math.imul(h, 65599) + text.charCodeAt(i)) | 0;
  return h;
}
/** A function word (FUNCTION_WORDS) and a name connector (NAME_CONNECTORS), by the document's word ids. */
const FUNCTION = 1;
const CONNECTOR = 2;
const NAME_WORDS = new WordTable(
  (() => {
    const m = new Map<string, number>();
    for (const w of FUNCTION_WORDS) m.set(w, FUNCTION);
    for (const w of CONNECTORS) m.set(w, (m.get(w) ?? 0) | CONNECTOR);
    return m;
  })(),
);
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

/** Shared stand-in for a plain lower-case word: it only ends a run, so it needs no object of its own. */
export const BREAK: Token = connectorToken(-1, -1, '', true);

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
export class Bounds {
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
export const LOWER_WORDS = new Bounds();

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
export function tokenize(text: string, words: DocTokens, lowerWords: Bounds): Token[] {
  const tokens: Token[] = [];
  const starts = words.starts;
  const ends = words.ends;
  const count = words.count;
  const ids = words.ids;
  const nameWords = NAME_WORDS.byId();
  let prev: Token | null = null;
  const line: LineCount = { words: 0, caps: 0, allCaps: 0, capsFunction: 0, from: 0 };
  // The first line break at or after the last word's start: one lies in the gap before a word
  // that starts past it (no word holds a line break).
  let newline = text.indexOf('\n');
  for (let k = 0; k < count; k++) {
    const start = starts[k];
    let end = ends[k];
    // "AT&T": an ampersand between two words joins them into one.
    let merged = false;
    while (text.charCodeAt(end) === 38 && k + 1 < count && starts[k + 1] === end + 1) {
      end = ends[++k];
      merged = true;
    }
    if (newline >= 0 && newline < start) {
      endLine(tokens, line);
      newline = text.indexOf('\n', start);
    }
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
      // A connector exactly as written (its normal form straightens no curly apostrophe).
      if (!merged && (nameWords[ids[k]] & CONNECTOR) !== 0 && text.startsWith(words.norm(k), start)) {
        const tok = connectorToken(start, end, words.norm(k), text[end] !== ' ' && text[end] !== '\u00a0');
        tokens.push(tok);
        prev = tok;
      } else if (prev !== BREAK) {
        tokens.push(BREAK);
        prev = BREAK;
      }
      continue;
    }
    if (!(c >= 65 && c <= 90) && c < 128) continue;
    const tok = capitalised(
      text,
      start,
      end,
      prev,
      joinersIn(text, start, end),
      merged ? null : words.word(k),
      merged ? 0 : nameWords[ids[k]],
    );
    tokens.push(tok);
    prev = tok;
    line.caps += tok.cap ? 1 : 0;
    if (tok.allCaps) line.allCaps++;
    if (tok.cap && !tok.opening && !tok.allCaps && tok.func) line.capsFunction++;
  }
  endLine(tokens, line);
  return tokens;
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
export function markShouting(tokens: Token[]): void {
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

const TITLE_SHAPES = new WordShapes(TITLE_WORDS, 20);
const ROLE_SHAPES = new WordShapes(ROLE_MODIFIERS, 20);

export function isTitle(lower: string): boolean {
  return TITLE_SHAPES.mayHold(lower) && TITLE_WORDS.has(lower);
}

export function isRoleModifier(lower: string): boolean {
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

/** Does an apostrophe at `end` close a plural possessive with a capitalised word after it ("Veterans’ Affairs")? */
function isPluralPossessiveBefore(text: string, end: number): boolean {
  const apos = text.charCodeAt(end);
  if (apos !== 39 && apos !== 0x2019) return false;
  const next = text.charCodeAt(end + 2);
  return text.charCodeAt(end + 1) === 32 && next >= 65 && next <= 90;
}

/**
 * A word that starts with a capital: possessive, hyphen, period and position worked out. `known` is
 * the document's word (text/word-tokens.ts) when the word is one word there: its strings are
 * taken as they are, not sliced and lower-cased again.
 */
function capitalised(
  text: string,
  start: number,
  wordEnd: number,
  prev: Token | null,
  joiners: number,
  known: WordToken | null,
  /** The document word's NAME_WORDS bits (0 for none, or when `known` is null). */
  nameBits: number,
): Token {
  let end = wordEnd;
  let word = known !== null ? known.text : text.slice(start, end);
  let stop = false;
  let possessive = false;
  // "US-supplied", "Kremlin-backed": the name is the part before the hyphen.
  const hyphen = (joiners & HAS_HYPHEN) !== 0 ? word.search(RE_HYPHEN_LOWER) : -1;
  if (hyphen > 0 && !isHyphenatedGivenName(word, hyphen, prev, start)) {
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
  } else if ((last === 115 || last === 83) && isPluralPossessiveBefore(text, end)) {
    // "Correspondents’ Association": a plural possessive may open a body's name; the run goes on
    // past its apostrophe, and names.ts keeps it whole only when a body's head word ends it.
    possessive = true;
  }
  // The caller only hands over words that start with a capital.
  const cap = true;
  const allCaps = word.length >= 2 && !hasLower(word) && countLetters(word) >= 2;
  // The document word's lower case (curly apostrophes kept, not its normal form) unless the word was cut.
  const lower = known !== null && end === wordEnd ? lowerOf(known) : word.toLowerCase();
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
    // (By the word's id when the token is the document word as it is, with no curly apostrophe.)
    func:
      known !== null && end === wordEnd && !dotted && known.lower === known.norm
        ? (nameBits & FUNCTION) !== 0
        : isFunctionWord(fullLower),
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
  // "[5] Probably a reference ...": a footnote's number in brackets opening its line.
  if (text.charCodeAt(i + 1) === 93 && isFootnoteMark(text, i)) return true;
  // "b) Besides the number ...", "(2) Rooms adapted to ...": a list item's enumerator opening its line.
  if (text.charCodeAt(i + 1) === 41 && isListEnumerator(text, i)) return true;
  const code = text.charCodeAt(i);
  if (code === 10 || code === 13) return true;
  if ((MARKS[code] & ENDS) !== 0) {
    // "Sen. Rand Paul", "Lt. Gen.": a period that belongs to a title or initial opens nothing.
    if (
      code === 46 &&
      prev &&
      prev.dotted &&
      prev.end === i + 1 &&
      !RE_DOTTED_INITIALS.test(prev.text) &&
      !ORG_SUFFIX_ABBREVIATIONS.has(prev.lower.slice(0, -1))
    )
      return false;
    return true;
  }
  return false;
}
