/**
 * Actor passes for capitalised words that are not names: a common word capitalised only because it
 * opens a sentence ("Intelligence agencies were ..."), a doctrine or process noun ("Zionism",
 * "Islamization"), a shouted word ("SIGNED by ..."), a phrase in
 * Title Case after "this" ("stop this Rigged Witch Hunt"). Linear in the mentions (plus one scan of
 * the text per one-word candidate, of which there are few).
 */
import { BODY_NOUNS, ORG_HEADS, ORGANIZATIONS } from '../data/organizations';
import { DOCUMENT_PARTS } from '../data/actor-words';
import { LABELS } from '../data/labels';
import { isOutlet } from '../data/outlets';
import { isPlace } from '../data/countries';
import { isFirstName } from '../data/first-names';
import { isPlatformLower } from '../data/platforms';
import { SPEECH_AFTER, SPEECH_AFTER_FIRST, speechAfter } from '../actors/speech';
import { drop, live, named, type ActorList } from './list';
import { lazyRegExp } from '../text/lazy-regexp';

/**
 * Does a sentence open at `s`, as the pattern `(?:^|[.!?]["”’]?[ \t]+|\n[ \t]*)$` read on the
 * 4 characters before it: the text's start, a line break and spaces or tabs, or a full stop, "!"
 * or "?", a closing quotation mark or none, and spaces or tabs? By char codes, with no slice.
 */
function opensSentenceAt(text: string, s: number): boolean {
  const from = Math.max(0, s - 4);
  if (s === from) return true;
  let i = s - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= from && text.charCodeAt(i) === 10) return true;
  if (i === s - 1 || i < from) return false;
  let c = text.charCodeAt(i);
  if (c === 34 || c === 0x201d || c === 0x2019) {
    if (--i < from) return false;
    c = text.charCodeAt(i);
  }
  return c === 46 || c === 33 || c === 63;
}

/**
 * Can DEMONSTRATIVE match before `s`: spaces or tabs right before it, after a letter that may end
 * "this", "these" or "such" (s, e, h in either case, or any letter beyond ASCII, which the
 * case-insensitive Unicode match may fold)?
 */
function mayFollowDemonstrative(text: string, s: number): boolean {
  // (DEMONSTRATIVE reads the 8 characters before the name: no scan goes further.)
  const from = Math.max(0, s - 8);
  let i = s - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i === s - 1 || i < from) return false;
  const c = text.charCodeAt(i);
  if (c >= 128) return true;
  const lower = c | 32;
  return lower === 115 || lower === 101 || lower === 104;
}
const DEMONSTRATIVE = /\b(?:this|these|such)[ \t]+$/iu;
const SHOUTED_ENDING = /(?:ED|ING)$/u;
/** A doctrine or process noun: "Zionism", "Islamization", "Trumpism" name an idea, never who acts. */
const ABSTRACT_ENDING = lazyRegExp(String.raw`\p{Ll}(?:ism|i[sz]ation)$`, 'u');
/**
 * An abstract noun by its ending ("Autonomy", "Affiliation", "Introduction", "Bioethics"), capitalised
 * for emphasis or as a heading: one word with no organisation's head word ("Federation",
 * "Commission") and no body of people (BODY_NOUNS: "Government", "Opposition") is a concept, not an actor. Eight letters or more, so short surnames ("Vance") stay.
 */
const CONCEPT_ENDING = lazyRegExp(
  String.raw`^\p{Lu}\p{Ll}{3,}(?:tion|sion|ity|ment|ness|ance|ence|ship|omy|ogy|ure)$`,
  'u',
);

function known(name: string): boolean {
  return ORGANIZATIONS.has(name.toLowerCase()) || isOutlet(name) || isPlace(name);
}

/**
 * The words written in lower case anywhere in `text`, built once (linear): the matches of
 * `(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])`, which are the maximal runs of letters and digits made
 * of lower-case letters only. Read by code points with an ASCII fast path: the Unicode regular
 * expression took over a millisecond on a 15 KB article.
 */
export function lowerCaseWords(text: string): Set<string> {
  const words = new Set<string>();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const start = i;
    let lower = true;
    // One run of letters and digits, from `start` to `i`.
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c >= 97 && c <= 122) i++;
      else if (c < 128) {
        if (!((c >= 65 && c <= 90) || (c >= 48 && c <= 57))) break;
        lower = false;
        i++;
      } else {
        const cp = text.codePointAt(i)!;
        if (!isLetterOrDigit(cp)) break;
        if (lower && !isLowerLetter(cp)) lower = false;
        i += cp > 0xffff ? 2 : 1;
      }
    }
    if (i > start) {
      if (lower) words.add(text.slice(start, i));
    } else i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return words;
}

const ALL_LOWER = lazyRegExp(String.raw`^\p{Ll}+$`, 'u');
const LETTER_OR_DIGIT = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const LOWER_LETTER = lazyRegExp(String.raw`\p{Ll}`, 'u');
/**
 * Searches before the set of all lower-case words is built: an article asks about a few words (one
 * in ten asks more than 12), and a search costs a small part of building the set.
 */
const SEARCHES = 32;

/**
 * `lowerCaseWords(text).has(word)`, answered by searching the text for the word with letters or
 * digits on neither side while few words are asked about (the set costs a scan of the whole text
 * with a Unicode regular expression), and from the set after that, so no input makes it quadratic.
 */
export class LowerCaseWords {
  private set: Set<string> | undefined;
  private searches = 0;

  constructor(private readonly text: string) {}

  has(word: string): boolean {
    if (this.set) return this.set.has(word);
    if (++this.searches > SEARCHES) return (this.set = lowerCaseWords(this.text)).has(word);
    if (!ALL_LOWER.test(word)) return false;
    const { text } = this;
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      const pair = i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2));
      const before = pair ? i - 2 : i - 1;
      if (before >= 0 && isLetterOrDigit(text.codePointAt(before)!)) continue;
      const after = i + word.length;
      if (after < text.length && isLetterOrDigit(text.codePointAt(after)!)) continue;
      return true;
    }
    return false;
  }
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

function isLowerLetter(cp: number): boolean {
  if (cp < 128) return cp >= 97 && cp <= 122;
  return LOWER_LETTER.test(String.fromCodePoint(cp));
}

/** Does a number follow `end` after one space: digits ("Article 19") or a Roman numeral ("Book II")? */
function numberAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  return NUMBER_START.test(text.slice(end + 1, end + 12));
}
/** A Roman numeral of a reign, a council or a chapter (II to XX), standing alone. */
const LONE_NUMERAL = /^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI{0,3}|XIX|XX)$/;
const NUMBER_START = /^(?:\d|[IVXLC]+\b)/;

/** Might ABSTRACT_ENDING match: the name ends in "ism" or "ation" (no regex run on the others). */
function mayEndAbstract(name: string): boolean {
  return name.endsWith('ism') || name.endsWith('ation');
}

/**
 * Might CONCEPT_ENDING match: seven characters or more (a capital, three lower-case letters, an
 * ending of three or more), the last one an ending's (n, y, t, s, p or e).
 */
function mayEndConcept(name: string): boolean {
  if (name.length < 7) return false;
  const c = name.charCodeAt(name.length - 1);
  return c === 110 || c === 121 || c === 116 || c === 115 || c === 112 || c === 101;
}

/** Might LONE_NUMERAL match: the name opens with I, V or X. */
function mayBeNumeral(name: string): boolean {
  const c = name.charCodeAt(0);
  return c === 73 || c === 86 || c === 88;
}

/** The name's last word (after its last space). */
function lastWord(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** `name.split(' ')[0]`. */
function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** How many names inProse confirms one by one (a scan of the text each); past that LowerCaseWords alone decides. */
const PROSE_CHECKS = 16;

/**
 * Does `word` (lower case) stand in the text as a word of prose: white space, an opening bracket or
 * quotation mark (or the text's start) before it, and white space, punctuation or the end after it?
 * "twitter" in "pic.twitter.com" or "patel" in "jpatel@" is part of an address, not the common word.
 */
function inProse(text: string, word: string): boolean {
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const before = i === 0 ? 32 : text.charCodeAt(i - 1);
    const after = i + word.length >= text.length ? 32 : text.charCodeAt(i + word.length);
    const next = i + word.length + 1 >= text.length ? 32 : text.charCodeAt(i + word.length + 1);
    if (!(before === 32 || before === 10 || before === 9 || PROSE_BEFORE.includes(String.fromCharCode(before))))
      continue;
    if (
      after === 46
        ? next === 32 || next === 10
        : after === 32 || after === 10 || PROSE_AFTER.includes(String.fromCharCode(after))
    )
      return true;
  }
  return false;
}
const PROSE_BEFORE = '("“‘\'[';
const PROSE_AFTER = ',;:!?)"”’\']';

export function dropCommonWords(list: ActorList): void {
  const { doc } = list;
  const text = doc.text;
  const title = doc.titleRange;
  let lower: LowerCaseWords | undefined;
  let proseChecks = 0;
  // known() (three gazetteer look-ups) only once a rule would drop the name.
  for (const a of live(list)) {
    const ms = named(doc, a);
    if (ms.length === 0) continue;
    const oneWord = !/\s/u.test(a.name);
    if (a.type === 'person' && (oneWord || isFirstName(firstWord(a.name)))) continue;
    if (oneWord) {
      // Shouted: an all-caps word with a verb's or adverb's ending is no acronym.
      if (a.name.length >= 5 && SHOUTED_ENDING.test(a.name) && a.name === a.name.toUpperCase()) {
        if (!known(a.name)) drop(list, a, 'actor-passes/shouted-word');
        continue;
      }
      // "Zionism", "the Islamization of ...": an idea capitalised, not an actor.
      if (
        a.type !== 'person' &&
        ((mayEndAbstract(a.name) && ABSTRACT_ENDING.test(a.name)) ||
          (mayEndConcept(a.name) &&
            CONCEPT_ENDING.test(a.name) &&
            !ORG_HEADS.has(a.name.toLowerCase()) &&
            !BODY_NOUNS.has(a.name.toLowerCase()) &&
            !isFirstName(a.name))) &&
        !known(a.name)
      ) {
        drop(list, a, 'actor-passes/abstract-noun');
        continue;
      }
      // "post-Vatican II", "Bush I and II", "chapter VIII": a numeral cut from its name, no one.
      if (mayBeNumeral(a.name) && LONE_NUMERAL.test(a.name)) {
        drop(list, a, 'actor-passes/lone-numeral');
        continue;
      }
      // "Chapter 8", "Article 19 of the Declaration": a passage cited by number. "Editor's Note:",
      // "The Latest:": a label of the page's furniture.
      const lowerName = a.name.toLowerCase();
      if (
        (DOCUMENT_PARTS.has(lowerName) && ms.every((m) => numberAfter(text, m.end))) ||
        (LABELS.has(lowerName) && ms.every((m) => text.charCodeAt(m.end) === 58))
      ) {
        drop(list, a, DOCUMENT_PARTS.has(lowerName) ? 'actor-passes/document-part' : 'actor-passes/furniture-label');
        continue;
      }
      // A common word opening sentences, written lower case elsewhere in the article.
      const opens = ms.every((m) => opensSentenceAt(text, m.start));
      if (
        opens &&
        a.name !== a.name.toUpperCase() &&
        (lower ??= new LowerCaseWords(text)).has(a.name.toLowerCase()) &&
        !known(a.name)
      ) {
        drop(list, a, 'actor-passes/sentence-opener');
        continue;
      }
      // "seek the Truth", "denied Communion": a common word capitalised for reverence or emphasis,
      // which the article also writes in lower case, guessed an organisation for want of anything
      // else. A body's head word ("Commission", "Church") or body noun ("Government") still names
      // one, and so does a name that speaks ("Patel told ...", though a tag line reads "patel").
      if (
        a.type === 'organization' &&
        a.name !== a.name.toUpperCase() &&
        !ORG_HEADS.has(lowerName) &&
        !BODY_NOUNS.has(lowerName) &&
        !isFirstName(a.name) &&
        (lower ??= new LowerCaseWords(text)).has(lowerName) &&
        !known(a.name) &&
        !isPlatformLower(lowerName) &&
        !ms.some((m) => speechAfter(text, m.end, SPEECH_AFTER, SPEECH_AFTER_FIRST)) &&
        (proseChecks++ >= PROSE_CHECKS || inProse(text, lowerName))
      ) {
        drop(list, a, 'actor-passes/common-word-capitalised');
        continue;
      }
    } else {
      // Rule actor-passes/document-part-cited: "Romans Chapter 13", "the Charter Article 2": a
      // passage cited by a document part and a number at every mention, as "Chapter 8" alone is.
      if (DOCUMENT_PARTS.has(lastWord(a.name).toLowerCase()) && ms.every((m) => numberAfter(text, m.end))) {
        drop(list, a, 'actor-passes/document-part-cited');
        continue;
      }
      // "this Rigged Witch Hunt": a thing pointed at, not an actor.
      const body = ms.filter((m) => !(title && m.start >= title.start && m.start < title.end));
      if (
        body.length > 0 &&
        body.every(
          (m) =>
            mayFollowDemonstrative(text, m.start) && DEMONSTRATIVE.test(text.slice(Math.max(0, m.start - 8), m.start)),
        ) &&
        !known(a.name)
      )
        drop(list, a, 'actor-passes/demonstrative');
    }
  }
}
