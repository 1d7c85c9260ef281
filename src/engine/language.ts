/**
 * Language of the article (ISO 639-1 code). The engine's rules are for English; other languages
 * get a brief that says which language was detected and carries no extraction.
 *
 * Approach, in one linear pass over the first `SAMPLE_CHARS` characters:
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
const MARGIN = 2;

const LANGUAGES = Object.keys(STOPWORDS) as WordLanguage[];

/** Each function word with the bit set of the languages that use it. */
const WORD_LANGUAGES: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  LANGUAGES.forEach((language, bit) => {
    for (const word of STOPWORDS[language]) map.set(word, (map.get(word) ?? 0) | (1 << bit));
  });
  return map;
})();

type Script = 'latin' | 'cyrillic' | 'greek' | 'arabic' | 'hebrew' | 'armenian' | 'georgian' | 'devanagari' | 'bengali' | 'tamil' | 'thai' | 'hangul' | 'kana' | 'han';

const SCRIPTS: readonly Script[] = ['latin', 'cyrillic', 'greek', 'arabic', 'hebrew', 'armenian', 'georgian', 'devanagari', 'bengali', 'tamil', 'thai', 'hangul', 'kana', 'han'];
const LATIN = 0;

/** Code point ranges per script (Unicode blocks). Marks, digits and symbols belong to none. */
const SCRIPT_RANGES: readonly [from: number, to: number, script: Script][] = [
  [0x41, 0x5a, 'latin'], [0x61, 0x7a, 'latin'], [0xc0, 0xd6, 'latin'], [0xd8, 0xf6, 'latin'], [0xf8, 0x24f, 'latin'], [0x1e00, 0x1eff, 'latin'],
  [0x370, 0x3ff, 'greek'], [0x1f00, 0x1fff, 'greek'],
  [0x400, 0x52f, 'cyrillic'],
  [0x531, 0x58f, 'armenian'],
  [0x5d0, 0x5ff, 'hebrew'],
  [0x620, 0x64a, 'arabic'], [0x66e, 0x6d3, 'arabic'], [0x6fa, 0x6ff, 'arabic'], [0x750, 0x77f, 'arabic'], [0xfb50, 0xfdff, 'arabic'], [0xfe70, 0xfeff, 'arabic'],
  [0x904, 0x939, 'devanagari'], [0x958, 0x961, 'devanagari'],
  [0x985, 0x9b9, 'bengali'],
  [0xb85, 0xbb9, 'tamil'],
  [0xe01, 0xe30, 'thai'],
  [0x10a0, 0x10ff, 'georgian'],
  [0x1100, 0x11ff, 'hangul'], [0x3130, 0x318f, 'hangul'], [0xac00, 0xd7af, 'hangul'],
  [0x3041, 0x30ff, 'kana'],
  [0x3400, 0x4dbf, 'han'], [0x4e00, 0x9fff, 'han'],
];
const RANGE_SCRIPT = SCRIPT_RANGES.map(([, , script]) => SCRIPTS.indexOf(script));

const SCRIPT_LANGUAGE: Partial<Record<Script, string>> = {
  greek: 'el', hebrew: 'he', armenian: 'hy', georgian: 'ka', devanagari: 'hi', bengali: 'bn', tamil: 'ta', thai: 'th', hangul: 'ko',
};

const UKRAINIAN_LETTERS = new Set([0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]);
const PERSIAN_LETTERS = new Set([0x67e, 0x686, 0x698, 0x6af, 0x6a9, 0x6cc]);

/** No function word is longer than this, so longer words are skipped without being sliced. */
const LONGEST_WORD = Math.max(...[...WORD_LANGUAGES.keys()].map((word) => word.length));

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
  const end = Math.min(text.length, SAMPLE_CHARS);
  const scripts = new Array<number>(SCRIPTS.length).fill(0);
  const hits = new Array<number>(LANGUAGES.length).fill(0);
  let letters = 0;
  let ukrainian = 0;
  let persian = 0;
  let wordStart = -1;
  let wordAscii = true;
  for (let i = 0; i <= end; i++) {
    const code = i < end ? text.charCodeAt(i) : 0;
    const script = scriptOf(code);
    if (script >= 0) {
      letters++;
      scripts[script]++;
      if (code >= 0x80) {
        if (UKRAINIAN_LETTERS.has(code)) ukrainian++;
        if (PERSIAN_LETTERS.has(code)) persian++;
      }
    }
    if (script === LATIN) {
      if (wordStart < 0) {
        wordStart = i;
        wordAscii = true;
      }
      if (code >= 0x80) wordAscii = false;
    } else if (wordStart >= 0) {
      // Combining marks (as in "que\u0301") stay inside the word; anything else ends it.
      if (code >= 0x300 && code <= 0x36f) {
        wordAscii = false;
        continue;
      }
      if (i - wordStart <= LONGEST_WORD * 2) {
        const word = text.slice(wordStart, i);
        countWord((wordAscii ? word : word.normalize('NFC')).toLowerCase(), hits);
      }
      wordStart = -1;
    }
  }
  if (letters === 0) return 'en';

  const count = (script: Script) => scripts[SCRIPTS.indexOf(script)];
  const cjk = count('han') + count('kana');
  let top: Script = 'latin';
  let topCount = count('latin');
  SCRIPTS.forEach((script, index) => {
    if (script !== 'han' && script !== 'kana' && scripts[index] > topCount) [top, topCount] = [script, scripts[index]];
  });
  if (cjk > topCount && cjk * 2 > letters) return count('kana') * 20 > cjk ? 'ja' : 'zh';
  if (top !== 'latin' && topCount * 2 > letters) {
    if (top === 'cyrillic') return ukrainian * 100 > topCount ? 'uk' : 'ru';
    if (top === 'arabic') return persian * 100 > topCount ? 'fa' : 'ar';
    return SCRIPT_LANGUAGE[top] ?? 'en';
  }

  const english = hits[LANGUAGES.indexOf('en')];
  let best: WordLanguage = 'en';
  let bestHits = 0;
  LANGUAGES.forEach((language, index) => {
    if (language !== 'en' && hits[index] > bestHits) [best, bestHits] = [language, hits[index]];
  });
  return bestHits >= MIN_HITS && bestHits > english * MARGIN ? best : 'en';
}

function countWord(word: string, hits: number[]): void {
  const languages = WORD_LANGUAGES.get(word);
  if (languages === undefined) return;
  for (let bit = 0; bit < hits.length; bit++) if (languages & (1 << bit)) hits[bit]++;
}
