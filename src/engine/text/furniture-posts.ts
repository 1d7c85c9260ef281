/**
 * An embedded post written over several lines ("WHY IS MEDIA NOT REPORTING THIS?" / "The #Paddock
 * note ..." / "... — Name (@handle) date"): text/furniture.ts marks the line next to the post's
 * credit; this module walks further back over the lines that look posted.
 */
import type { Range } from '../../schema/brief';
import type { FurnitureKind } from './furniture';
import { POLL_CALL } from '../data/furniture-cues';

/** A furniture line as far as this walk reads it. */
export interface PostLine extends Range {
  /** Word count (capped by the caller). */
  words: number;
  kind: FurnitureKind | null;
  /** Where the furniture starts when only the line's tail is furniture. */
  from: number;
  /** An embedded post's text standing before the furniture on this line. */
  post: Range | null;
  /** A shop widget (no box: the lines beside it are the article's). */
  shop?: boolean;
}

/** The kinds of line a poll box is made of (its question and options, its form, its opt-out notes). */
const BOX_KINDS = new Set<FurnitureKind>(['widget', 'comment-form', 'newsletter']);
/** Most lines a poll box between a post and its credit runs to. */
const MAX_BOX_LINES = 16;
/** The text before a poll call that is no more than the post's picture or short links. */
const ONLY_LINKS = /^(?:\s*(?:pic\.twitter\.com\/\w+|https?:\/\/\S+))+\s*$/;

/** How much of a line the signs are looked for in (the furniture scan's slice). */
const SLICE = 240;
/** Most words an embedded post runs to over several lines (a post is 280 characters at most). */
const MAX_POST_WORDS = 60;
/** What marks a line as a social post's: a hashtag, a handle, a link, a word in capitals, a "!" or "?" at its end. */
const POST_SIGNS = /(?:^|\s)[#@]\w|https?:\/\/|\b[A-Z]{3,}\b(?:\W+\b[A-Z]{2,}\b)|[!?]["\u201d]?$/;

const QUOTE_MARKS = /["\u201c\u201d]/;

/**
 * An embedded post of several lines ("WHY IS MEDIA NOT REPORTING THIS?", "The #Paddock note ..."):
 * the lines before the one next to its credit, from `j` back, while each carries a sign of a post
 * (or sits between the credit and a line that does) and the whole stays post-sized. A line with a
 * quotation mark, or two lines in a row without a sign, end the walk.
 */
export function earlierPostLines(text: string, lines: PostLine[], j: number): void {
  let words = 0;
  for (; j >= 0; j--) {
    const line = lines[j];
    words += line.words;
    if (line.kind || words > MAX_POST_WORDS) return;
    const sign = postSign(text, line);
    if (sign === null) return;
    // A plain line inside a post ("Please keep the families in your thoughts.") belongs to it when the
    // line before it carries a sign and the whole still fits a post.
    if (!sign) {
      const before = lines[j - 1];
      if (!before || before.kind || words + before.words > MAX_POST_WORDS || !postSign(text, before)) return;
    }
    line.kind = 'embed';
  }
}

/** true: the line carries a sign of a post; false: it has none; null: a quotation mark makes it prose. */
function postSign(text: string, line: PostLine): boolean | null {
  const head = text.slice(line.start, Math.min(line.end, line.start + SLICE));
  // A quotation mark is the article quoting the post ("“...,” Joe Gallow wrote on Twitter."): prose.
  if (QUOTE_MARKS.test(head)) return null;
  return POST_SIGNS.test(head);
}

/**
 * Rule furniture/post-over-poll-box: a post's credit ("— Name (@handle) date") with a poll box just
 * above it (question, options, "Email *", "You may opt out"), the post's text running into the box's
 * call on one line ("... our money https://t.co/x take our poll - story continues below Should ...?").
 * The page set the box inside the post: the text before the call is the post's, and when it is only
 * the post's picture link, the line above is. `j` is the box's last line; returns the line to walk
 * back from (earlierPostLines), or -1 when there is no inline call (a box standing between prose and
 * a credit of its own is left as it is).
 */
export function postAboveBox(text: string, lines: PostLine[], j: number, maxLineWords: number): number {
  const stop = Math.max(-1, j - MAX_BOX_LINES);
  while (j > stop && lines[j].kind && BOX_KINDS.has(lines[j].kind!) && !lines[j].shop) j--;
  // The call is in the box's first line, or in the tail of the plain line above it.
  for (const k of [j + 1, j]) {
    const line = lines[k];
    if (!line || (line.kind && line.kind !== 'widget') || line.shop) continue;
    const tailStart = Math.max(line.start, line.end - SLICE);
    const call = POLL_CALL.exec(text.slice(tailStart, line.end));
    if (!call || tailStart + call.index <= line.start) continue;
    let end = tailStart + call.index;
    while (end > line.start && /\s/.test(text[end - 1])) end--;
    line.kind = 'widget';
    line.from = tailStart + call.index;
    line.post = { start: line.start, end };
    if (!ONLY_LINKS.test(text.slice(line.start, end))) return k - 1;
    const above = lines[k - 1];
    if (!above || above.kind || above.words > maxLineWords) return -1;
    above.kind = 'embed';
    return k - 2;
  }
  return -1;
}
