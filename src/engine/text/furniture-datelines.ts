/**
 * A wire dateline closed by a colon, opening the story's first line of prose: "BEIJING: The
 * embassy said ...", "KABUL, Afghanistan (AFP): ...". Only the "BEIJING:" part is furniture; the
 * sentence after it is content (text/furniture.ts reads the dash forms, "BOSTON —").
 *
 * A colon after a word in capitals is also a transcript's speaker ("SMITH: We will ...") and a
 * headline's topic ("DRC: Fresh cases"), so the colon form is taken only where all of these hold:
 * - the line is the first line of prose: every line before it is the title or furniture (a
 *   headline, a caption and its credit may stand above a dateline; a paragraph of prose may not);
 * - the words in capitals name a place or a country the gazetteers know, or carry a date or an
 *   agency tag ("PARIS, May 3 (AFP):"); a person's name in capitals ("SMITH:") does neither;
 * - a sentence follows: a capital after the colon, at least 8 words on the line, and a closing
 *   mark at its end (a headline's "DRC: Fresh cases in the east" has none, and is read as a
 *   headline before this pass anyway);
 * - the text is no transcript: at most one line opens with capitals and a colon.
 *
 * Runs after the line-by-line pass and the caption pass; each line's head is read through a slice
 * of bounded length, so the cost is linear.
 */
import type { Range } from '../../schema/brief';
import { countryOfLower, isPlaceLower } from '../data/countries';
import { AGENCIES, MONTHS } from '../data/furniture-cues';
import type { FurnitureKind } from './furniture';

/** Capitals, an optional region, date and agency tag, then the colon and a capital. */
const COLON_DATELINE = new RegExp(
  `^([A-Z][A-Z'\\u2019.-]{1,}(?: [A-Z][A-Z'\\u2019.-]+){0,3})(?:, ?[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?` +
    `((?:,? (?:${MONTHS})\\.? \\d{1,2}(?:, \\d{4})?)?(?: ?\\((?:${AGENCIES})\\))?):(?= ["\\u201c\\u2018]?\\p{Lu})`,
  'u',
);
/** A line opening with a label in capitals and a colon: a transcript's speaker, or a colon dateline. */
const CAPS_LABEL = /^[A-Z][A-Z'\u2019.-]+(?: [A-Z][A-Z'\u2019.-]+){0,3}:\s/;
const CLOSED = /[.!?"\u201d\u2019)]$/;
/** Lines read: a colon dateline comes at the top of the story, a transcript's labels anywhere. */
const HEAD = 80;

interface Classified extends Range {
  kind: FurnitureKind | null;
  words: number;
  title?: boolean;
  from: number;
}

/** Marks the colon dateline opening the first line of prose, if there is one (see the file comment). */
export function colonDateline(text: string, lines: Classified[]): void {
  let first: Classified | null = null;
  let labels = 0;
  for (const line of lines) {
    const head = text.slice(line.start, Math.min(line.end, line.start + HEAD));
    if (CAPS_LABEL.test(head) && ++labels > 1) return;
    if (!first && !line.kind && !line.title) first = line;
  }
  if (!first || first.words < 8) return;
  const head = text.slice(first.start, Math.min(first.end, first.start + HEAD));
  const m = COLON_DATELINE.exec(head);
  if (!m) return;
  const name = m[1].toLowerCase();
  if (!m[2] && !isPlaceLower(name) && !countryOfLower(name)) return;
  if (!CLOSED.test(text.slice(first.end - 1, first.end))) return;
  first.kind = 'dateline';
  first.from = first.start;
  first.end = first.start + m[0].length;
}
