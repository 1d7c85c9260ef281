/**
 * Language of the article (ISO 639-1 code). The engine's rules are for English; other languages
 * get a brief that says which language was detected and carries no extraction.
 *
 * Approach, in one linear pass over the first `SAMPLE_CHARS` characters (the first
 * `EARLY_CHARS` only, when they are plainly English, as nearly every article is):
 * 1. Script: letters are counted per script. When one non-Latin script holds most of them, it
 *    names the language (Cyrillic: Ukrainian when its own letters і ї є ґ occur, else Russian;
 *    Arabic script: Persian when its own letters occur, else Arabic; Han with kana: Japanese).
 * 2. Words: in Latin script, the language whose function words (data/stopwords.ts) the text uses
 *    most wins, but only with at least `MIN_HITS` of them and more than `MARGIN` times as many as
 *    English has: quoting a foreign phrase, or a page of names, stays English.
 *
 * Known limits: evidence too thin (a headline, a list of names, no letters at all) answers `en`,
 * since English is what the engine is for; one code per script for the script-named languages
 * (Serbian and Bulgarian read as `ru`, Urdu as `ar`); Latin-script languages without a word list
 * (data/stopwords.ts names the eleven) read as the closest listed one or as `en`.
 */
import type { Doc } from './document';
import { STOPWORDS, type WordLanguage } from './data/stopwords';

/** Enough text to decide on (about a thousand words: dozens of function words in any language), and a bound on the cost whatever the article's length. */
const SAMPLE_CHARS = 6_000;
const MIN_HITS = 3;
/**
 * The first stretch read (a paragraph, some 130 words). When English function words there number
 * at least `EARLY_MIN_ENGLISH` and every other language has under a quarter as many, the rest of
 * the sample cannot plausibly turn the answer, and is not read.
 */
const EARLY_CHARS = 800;
const EARLY_MIN_ENGLISH = 20;
const MARGIN = 2;

const LANGUAGES = Object.keys(STOPWORDS) as WordLanguage[];
const EN = LANGUAGES.indexOf('en');

/** The function-word tables, built on first use rather than at module load (importing the engine stays cheap). */
interface WordTables {
  /** Each function word with the bit set of the languages that use it. */
  languages: ReadonlyMap<string, number>;
  /**
   * The ASCII function words by the FNV-1a hash of their letters, the first word of each hash (a
   * collision is caught by `sameLetters`): an open-addressed table of hashes, with each slot's word
   * and languages (a Map keyed by number cost a hash of the hash on every word of the sample).
   */
  ascii: HashTable;
  /** No function word is longer than this, so longer words are skipped without being sliced. */
  longest: number;
}

let tables: WordTables | undefined;

/** Words by a 32-bit hash, linear probing; the first word added for a hash keeps it. */
class HashTable {
  readonly mask: number;
  readonly hashes: Int32Array;
  readonly used: Uint8Array;
  readonly words: string[];
  readonly languages: Int32Array;

  constructor(count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.used = new Uint8Array(size);
    this.words = new Array<string>(size).fill('');
    this.languages = new Int32Array(size);
  }

  /** The slot holding `hash`, or the empty slot where it would go. */
  slot(hash: number): number {
    let at = (hash ^ (hash >>> 15)) & this.mask;
    while (this.used[at] === 1 && this.hashes[at] !== hash) at = (at + 1) & this.mask;
    return at;
  }

  add(hash: number, word: string, languages: number): void {
    const at = this.slot(hash);
    if (this.used[at] === 1) return;
    this.used[at] = 1;
    this.hashes[at] = hash;
    this.words[at] = word;
    this.languages[at] = languages;
  }
}

function wordTables(): WordTables {
  if (tables) return tables;
  const languages = new Map<string, number>();
  LANGUAGES.forEach((language, bit) => {
    for (const word of STOPWORDS[language]) languages.set(word, (languages.get(word) ?? 0) | (1 << bit));
  });
  const ascii = new HashTable(languages.size);
  for (const [word, bits] of languages) {
    if (!/^[a-z]+$/.test(word)) continue;
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
    ascii.add(h, word, bits);
  }
  const longest = Math.max(...[...languages.keys()].map((word) => word.length));
  return (tables = { languages, ascii, longest });
}

type Script =
  | 'latin'
  | 'cyrillic'
  | 'greek'
  | 'arabic'
  | 'hebrew'
  | 'armenian'
  | 'georgian'
  | 'devanagari'
  | 'bengali'
  | 'tamil'
  | 'thai'
  | 'hangul'
  | 'kana'
  | 'han';

const SCRIPTS: readonly Script[] = [
  'latin',
  'cyrillic',
  'greek',
  'arabic',
  'hebrew',
  'armenian',
  'georgian',
  'devanagari',
  'bengali',
  'tamil',
  'thai',
  'hangul',
  'kana',
  'han',
];
const LATIN = 0;

/** Code point ranges per script (Unicode blocks). Marks, digits and symbols belong to none. */
const SCRIPT_RANGES: readonly [from: number, to: number, script: Script][] = [
  [0x41, 0x5a, 'latin'],
  [0x61, 0x7a, 'latin'],
  [0xc0, 0xd6, 'latin'],
  [0xd8, 0xf6, 'latin'],
  [0xf8, 0x24f, 'latin'],
  [0x1e00, 0x1eff, 'latin'],
  [0x370, 0x3ff, 'greek'],
  [0x1f00, 0x1fff, 'greek'],
  [0x400, 0x52f, 'cyrillic'],
  [0x531, 0x58f, 'armenian'],
  [0x5d0, 0x5ff, 'hebrew'],
  [0x620, 0x64a, 'arabic'],
  [0x66e, 0x6d3, 'arabic'],
  [0x6fa, 0x6ff, 'arabic'],
  [0x750, 0x77f, 'arabic'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0x904, 0x939, 'devanagari'],
  [0x958, 0x961, 'devanagari'],
  [0x985, 0x9b9, 'bengali'],
  [0xb85, 0xbb9, 'tamil'],
  [0xe01, 0xe30, 'thai'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'],
  [0x3130, 0x318f, 'hangul'],
  [0xac00, 0xd7af, 'hangul'],
  [0x3041, 0x30ff, 'kana'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
];
const RANGE_SCRIPT = SCRIPT_RANGES.map(([, , script]) => SCRIPTS.indexOf(script));

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: 'el',
  hebrew: 'he',
  armenian: 'hy',
  georgian: 'ka',
  devanagari: 'hi',
  bengali: 'bn',
  tamil: 'ta',
  thai: 'th',
  hangul: 'ko',
};

const UKRAINIAN_LETTERS = new Set([0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]);
const PERSIAN_LETTERS = new Set([0x67e, 0x686, 0x698, 0x6af, 0x6a9, 0x6cc]);

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Does text[from, to), ASCII letters in any case, spell `word` (lower case)? */
function sameLetters(text: string, from: number, to: number, word: string): boolean {
  if (to - from !== word.length) return false;
  for (let i = from; i < to; i++) if ((text.charCodeAt(i) | 0x20) !== word.charCodeAt(i - from)) return false;
  return true;
}

/** Index into SCRIPTS of the script of `code`, or -1. ASCII (nearly every character of English) first. */
function scriptOf(code: number): number {
  if (code < 0x80) {
    const lower = code | 0x20;
    return lower >= 0x61 && lower <= 0x7a ? LATIN : -1;
  }
  for (let r = 0; r < SCRIPT_RANGES.length; r++) {
    const range = SCRIPT_RANGES[r];
    if (code >= range[0] && code <= range[1]) return RANGE_SCRIPT[r];
  }
  return -1;
}

export function detectLanguage(doc: Doc): string {
  return detectTextLanguage(doc.text);
}

export function detectTextLanguage(text: string): string {
  const sample = new Sample();
  const end = Math.min(text.length, SAMPLE_CHARS);
  // Most articles are plainly English in their first lines: stop there rather than read on.
  const early = Math.min(end, EARLY_CHARS);
  sample.read(text, 0, early, early === end);
  if (early < end) {
    if (sample.plainlyEnglish()) return 'en';
    sample.read(text, early, end, true);
  }
  return sample.decide();
}

/** Letters per script and function-word hits per language, over a stretch of text read in order. */
class Sample {
  readonly scripts = new Array<number>(SCRIPTS.length).fill(0);
  readonly hits = new Array<number>(LANGUAGES.length).fill(0);
  letters = 0;
  ukrainian = 0;
  persian = 0;
  private wordStart = -1;
  private wordAscii = true;
  /** FNV-1a hash of the lower-cased word so far, while it is ASCII. */
  private wordHash = 0;

  /** Reads text[from, to); `last` closes a word still open at `to`. A word cut at `from` resumes where it was. */
  read(text: string, from: number, to: number, last: boolean): void {
    const { scripts, hits } = this;
    const { languages, ascii, longest } = wordTables();
    // The word state in locals while reading (a field write per character showed), stored back after.
    let { wordStart, wordAscii, wordHash, letters } = this;
    // ASCII letters, nearly every character read, are counted here and added to the counts once.
    let asciiLetters = 0;
    const stop = last ? to : to - 1;
    for (let i = from; i <= stop; i++) {
      const code = i < to ? text.charCodeAt(i) : 0;
      // An ASCII letter: Latin, and one more letter of the word (scriptOf and the branches below, in short).
      const folded = code | 0x20;
      if (folded >= 0x61 && folded <= 0x7a) {
        asciiLetters++;
        if (wordStart < 0) {
          wordStart = i;
          wordAscii = true;
          wordHash = Math.imul(FNV_OFFSET ^ folded, FNV_PRIME);
        } else wordHash = Math.imul(wordHash ^ folded, FNV_PRIME);
        continue;
      }
      const script = scriptOf(code);
      if (script >= 0) {
        letters++;
        scripts[script]++;
        if (code >= 0x80) {
          if (UKRAINIAN_LETTERS.has(code)) this.ukrainian++;
          if (PERSIAN_LETTERS.has(code)) this.persian++;
        }
      }
      if (script === LATIN) {
        if (wordStart < 0) {
          wordStart = i;
          wordAscii = true;
          wordHash = FNV_OFFSET;
        }
        if (code >= 0x80) wordAscii = false;
        else wordHash = Math.imul(wordHash ^ (code | 0x20), FNV_PRIME);
      } else if (wordStart >= 0) {
        // Combining marks (as in "que\u0301") stay inside the word; anything else ends it.
        if (code >= 0x300 && code <= 0x36f) {
          wordAscii = false;
          continue;
        }
        if (wordAscii) {
          // Found by hash and checked letter by letter: no string is made for an ASCII word.
          if (i - wordStart <= longest) {
            const at = ascii.slot(wordHash);
            if (ascii.used[at] === 1 && sameLetters(text, wordStart, i, ascii.words[at]))
              addHits(ascii.languages[at], hits);
          }
        } else if (i - wordStart <= longest * 2) {
          const bits = languages.get(text.slice(wordStart, i).normalize('NFC').toLowerCase());
          if (bits !== undefined) addHits(bits, hits);
        }
        wordStart = -1;
      }
    }
    this.wordStart = wordStart;
    this.wordAscii = wordAscii;
    this.wordHash = wordHash;
    this.letters = letters + asciiLetters;
    scripts[LATIN] += asciiLetters;
  }

  /** Latin letters in the main and English function words far ahead of any other language's. */
  plainlyEnglish(): boolean {
    const english = this.hits[EN];
    if (english < EARLY_MIN_ENGLISH || this.scripts[LATIN] * 2 <= this.letters) return false;
    return this.hits.every((h, index) => index === EN || h * MARGIN * 2 < english);
  }

  decide(): string {
    const { scripts, hits, letters } = this;
    if (letters === 0) return 'en';
    const count = (script: Script) => scripts[SCRIPTS.indexOf(script)];
    const cjk = count('han') + count('kana');
    let top: Script = 'latin';
    let topCount = count('latin');
    SCRIPTS.forEach((script, index) => {
      if (script !== 'han' && script !== 'kana' && scripts[index] > topCount)
        [top, topCount] = [script, scripts[index]];
    });
    if (cjk > topCount && cjk * 2 > letters) return count('kana') * 20 > cjk ? 'ja' : 'zh';
    if (top !== 'latin' && topCount * 2 > letters) {
      if (top === 'cyrillic') return this.ukrainian * 100 > topCount ? 'uk' : 'ru';
      if (top === 'arabic') return this.persian * 100 > topCount ? 'fa' : 'ar';
      return SCRIPT_LANGUAGE[top] ?? 'en';
    }
    const english = hits[EN];
    let best: WordLanguage = 'en';
    let bestHits = 0;
    LANGUAGES.forEach((language, index) => {
      if (language !== 'en' && hits[index] > bestHits) [best, bestHits] = [language, hits[index]];
    });
    return bestHits >= MIN_HITS && bestHits > english * MARGIN ? best : 'en';
  }
}

function addHits(languages: number, hits: number[]): void {
  for (let bit = 0; bit < hits.length; bit++) if (languages & (1 << bit)) hits[bit]++;
}
