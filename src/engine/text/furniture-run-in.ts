/**
 * Run-in headings (rule furniture/run-in-heading): an explainer's sections that open with a Title
 * Case phrase and a colon, the section's first sentence after it on the same line ("Veto Power
 * Slows Relief: The council ...", "The Gap Goes On: Rents rose ..."). The phrase is a heading:
 * its capitals name nobody, and it is nobody's speaker label. Only the phrase and its colon are
 * furniture; the sentence after it is the article's.
 *
 * A transcript's speaker labels ("Senate Leader Mitch Vale: We will vote.") share the shape, so
 * the headings must look like a set of sections: at least two such lines, each phrase different,
 * three to eight words, every word capitalised but short function words, no forename followed by a
 * capitalised word (a label names its speaker: "House Speaker Dana Ruiz:"), and a sentence of six
 * words or more after the colon. Origin: written for edge-brief from the house style of news
 * explainers (a run-in sidehead). Licence: MIT.
 */
import type { Range } from '../../schema/brief';
import { isFirstName } from '../data/first-names';
import type { FurnitureKind } from './furniture';

interface Classified extends Range {
  kind: FurnitureKind | null;
  title?: boolean;
  from: number;
}

/** A heading phrase and its colon at a line's start, then a capitalised sentence. */
const RUN_IN = /^([A-Z][\w'\u2019-]*(?: [\w'\u2019-]+){2,7}):\s+["\u201c]?[A-Z]/;
/** Words a Title Case heading may leave in lower case. */
const LOWER_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'or',
  'but',
  'for',
  'of',
  'on',
  'in',
  'to',
  'by',
  'at',
  'with',
  'as',
  'vs',
]);
/** Words of the sentence after the colon (a heading runs into a paragraph, not a fragment). */
const MIN_SENTENCE_WORDS = 6;
/** Characters of a line read for its heading. */
const HEAD = 90;

export function runInHeadings(text: string, lines: Classified[]): void {
  const found: { line: Classified; end: number; phrase: string }[] = [];
  for (const line of lines) {
    if (line.kind !== null || line.title) continue;
    // Most lines: no colon near the start, no pattern run.
    const head = text.slice(line.start, Math.min(line.end, line.start + HEAD));
    const colon = head.indexOf(':');
    if (colon < 0) continue;
    const m = RUN_IN.exec(head);
    if (!m || !isTitleCase(m[1])) continue;
    if (countWords(text, line.start + m[1].length + 1, line.end) < MIN_SENTENCE_WORDS) continue;
    found.push({ line, end: line.start + m[1].length + 1, phrase: m[1] });
  }
  if (found.length < 2 || new Set(found.map((f) => f.phrase)).size < found.length) return;
  for (const { line, end } of found) {
    line.kind = 'headline';
    line.from = line.start;
    line.end = end;
  }
}

/** Every word capitalised but the short function words Title Case leaves in lower case, three capitalised, no person named. */
function isTitleCase(phrase: string): boolean {
  let caps = 0;
  const words = phrase.split(' ');
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    const c = w.charCodeAt(0);
    if (c >= 65 && c <= 90) caps++;
    else if (!LOWER_WORDS.has(w)) return false;
    // "Dana Ruiz": a forename and a capitalised word name a person, so the phrase is a speaker's label.
    if (k + 1 < words.length && isFirstName(w) && /^[A-Z]/.test(words[k + 1])) return false;
  }
  return caps >= 3;
}

/** Words (runs between spaces) in text[from, to), counted up to MIN_SENTENCE_WORDS. */
function countWords(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to && words < MIN_SENTENCE_WORDS; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
