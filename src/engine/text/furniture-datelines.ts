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
import { isSpaceCode } from './spaces';

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

/** The dashes a dash dateline closes with ("BOSTON —", "Paris -", "(AP) --"). */
const RE_DASH = /[-\u2013\u2014\u2015]/;

/**
 * Can a dash dateline pattern match at the start of `head`? DATELINE_AGENCY opens with "(";
 * DATELINE_CAPS with a capital and two of [A-Z'’.-]; DATELINE_TITLE with a capital and lower-case
 * letters, after which only a comma, a bracket, or a space before a capital, a bracket or a dash
 * can come (its first word may be cut short only before another lower-case letter, which none of
 * those is); and a dash must follow. Read by code, so prose ("The minister said ...") costs no pattern.
 */
export function mayOpenDashDateline(head: string): boolean {
  const c = head.charCodeAt(0);
  if (c === 40) return RE_DASH.test(head);
  if (!(c >= 65 && c <= 90)) return false;
  if (isCapsDatelineCode(head.charCodeAt(1)) && isCapsDatelineCode(head.charCodeAt(2))) return RE_DASH.test(head);
  let j = 1;
  while (j < head.length && isAsciiLower(head.charCodeAt(j))) j++;
  if (j === 1) return false;
  const next = head.charCodeAt(j);
  if (next !== 44 && next !== 40 && next !== 32) return false;
  const after = head.charCodeAt(j + 1);
  if (
    next === 32 &&
    !((after >= 65 && after <= 90) || after === 40 || after === 45 || (after >= 0x2013 && after <= 0x2015))
  )
    return false;
  return RE_DASH.test(head);
}

/** [A-Z'’.-] */
function isCapsDatelineCode(c: number): boolean {
  return (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || c === 46 || c === 45;
}

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/** Does the line end in a digit, white space aside (as DATELINE_ISO's date does)? Read before its pattern runs. */
export function endsInDigit(head: string): boolean {
  let e = head.length;
  while (e > 0 && isSpaceCode(head.charCodeAt(e - 1))) e--;
  const c = head.charCodeAt(e - 1);
  return c >= 48 && c <= 57;
}

/**
 * An agency dateline inside a line ("... A DAY AGO Reuters Staff STOCKHOLM (Reuters) – Sweden
 * will ..."): a wire page pasted as one line puts its headline, date and byline before the
 * dateline, all of it furniture, when no sentence ends before it. The length of the line's head up
 * to the dash and its space, or 0.
 * Only the agency form: a place in capitals, the agency in brackets, a dash (read within the first
 * MIDLINE_REACH characters, and only when the head holds an opening bracket).
 */
export function midlineAgencyDateline(head: string): number {
  const open = head.indexOf('(');
  if (open < 4 || open > MIDLINE_REACH) return 0;
  const m = MIDLINE_AGENCY.exec(head.slice(0, MIDLINE_REACH + 40));
  // A sentence before it ("... is late. DOVER (Reuters) – ...") is prose, not a page's header.
  return m && !SENTENCE_END.test(head.slice(0, m.index)) ? m.index + m[0].length : 0;
}

const MIDLINE_REACH = 400;
const SENTENCE_END = /[.!?]["'\u201d\u2019]? /;
const MIDLINE_AGENCY = new RegExp(
  `(?<=\\s)[A-Z][A-Z'\u2019.-]{2,}(?: [A-Z][A-Z'\u2019.-]+){0,3} \\((?:${AGENCIES})\\) ?(?:[\u2014\u2013\u2015]|--?) ?(?=\\S)`,
);
