/**
 * An embedded post written over several lines ("WHY IS MEDIA NOT REPORTING THIS?" / "The #Paddock
 * note ..." / "... — Name (@handle) date"): text/furniture.ts marks the line next to the post's
 * credit; this module walks further back over the lines that look posted.
 */
import type { Range } from '../../schema/brief';
import type { FurnitureKind } from './furniture';

/** A furniture line as far as this walk reads it. */
export interface PostLine extends Range {
  /** Word count (capped by the caller). */
  words: number;
  kind: FurnitureKind | null;
}

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
