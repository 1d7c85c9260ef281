/**
 * A shop widget in a line of page furniture (text/furniture.ts): "<title> <author> Best Price: $5.99
 * Buy New $45.86 (as of 09:30 EDT - Details)" or without its best price, at the start of its line or set inline after a
 * quotation that ends a sentence ("... key states.” <title> Best Price: ..."); and its short form,
 * "<title>... <author> Check Amazon for Pricing.", a line of its own or dropped into a sentence
 * (then only the cut title's "..." on is the widget: where the title starts cannot be told).
 */
import type { FurnitureKind } from './furniture';

/** The kinds of furniture that come as a box of lines (a poll, a form, a newsletter box, share buttons). */
export const BOXES = new Set<FurnitureKind>(['widget', 'newsletter', 'comment-form', 'share']);

/** A line as the box fill reads it (text/furniture.ts's Line). */
interface BoxLine {
  words: number;
  kind: FurnitureKind | null;
  shop?: boolean;
}

/** A line as the shop rules read and mark it (text/furniture.ts's Line). */
interface ShopLine extends BoxLine {
  start: number;
  end: number;
  from: number;
}

/**
 * Rule furniture/shop-box: mark `line` a shop widget when its head holds a shop box ("<title>
 * <author> Best Price: $5.99 Buy New $45.86 (as of 09:30 EDT - Details)"), found when the line's
 * words gave the product cue; or when a long line ends in one, after the prose it was set into.
 */
export function shopLine(line: ShopLine, productCue: boolean, head: string, tail: string, tailStart: number): boolean {
  const box = productCue ? shopWidget(head, line.words) : null;
  const tailBox = box || tail === head || !tail.includes('Buy ') ? null : shopWidget(tail, line.words);
  const found = box ?? (tailBox && tailBox.from > 0 ? tailBox : null);
  if (!found) return false;
  const at = box ? line.start : tailStart;
  line.kind = 'widget';
  line.shop = true;
  line.from = at + found.from;
  line.end = at + found.end;
  return true;
}

/** Longest line above a shop box that can be its title cut short ("Defend Yourself: A Com..."). */
const CUT_TITLE_WORDS = 8;

/**
 * Rule furniture/shop-title-above: a short line ending in a cut title's "..." right above a shop box
 * that starts its own line is the box's title, set on a line of its own.
 */
export function shopTitlesAbove(text: string, lines: ShopLine[]): void {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const above = lines[i - 1];
    if (!line.shop || line.from !== line.start || above.kind || above.words > CUT_TITLE_WORDS) continue;
    const last = text.charCodeAt(above.end - 1);
    if (last !== 0x2026 && !text.startsWith('...', above.end - 3)) continue;
    above.kind = 'widget';
    above.shop = true;
  }
}

/** A short line between two lines of one widget, form or box belongs to it. */
export function fillBoxes(lines: BoxLine[]): void {
  for (let i = 1; i + 1 < lines.length; i++) {
    const line = lines[i];
    const kind = lines[i - 1].kind;
    if (line.kind || line.words > 25 || !kind || !BOXES.has(kind) || lines[i - 1].shop) continue;
    let j = i + 1;
    while (j < lines.length && j < i + 4 && !lines[j].kind && lines[j].words <= 25) j++;
    if (j < lines.length && lines[j].kind && BOXES.has(lines[j].kind!) && !lines[j].shop)
      for (let k = i; k < j; k++) lines[k].kind = kind;
    i = j;
  }
}

/**
 * Two prices, the second to buy at, and an optional price time; or one price to buy at with its
 * price time ("Buy New $1.99 (as of 09:20 EDT - Details)"): a shop box, not prose.
 */
const PRODUCT_BOX =
  /\bPrice:\s*\$\d[\d.,]*\s+Buy (?:New|Used|Now)\s+\$\d[\d.,]*(?:\s*\(as of [^)\n]{0,40}\))?|\bBuy (?:New|Used|Now)\s+\$\d[\d.,]*\s*\(as of [^)\n]{0,40}- Details\)/;

/** "Check Amazon for Pricing.": a shop's call, with at most four capitalised words (the author) before it. */
const CHECK_PRICING = /\bCheck \p{Lu}[\p{L}.]* for Pricing\b\.?/u;
/** The end of a title cut short ("The CIA, Terrorism, an..."), three periods or an ellipsis. */
const CUT_TITLE = /(?:\.\.\.|\u2026)/g;
/** A line this short holding the call is the widget alone. */
const WHOLE_LINE_WORDS = 20;

/** The widget's offsets in the line's head, or null when the head holds none. */
export function shopWidget(head: string, words = Infinity): { from: number; end: number } | null {
  const box = PRODUCT_BOX.exec(head);
  if (box) return { from: inlineWidgetStart(head, box.index), end: box.index + box[0].length };
  const call = CHECK_PRICING.exec(head);
  if (!call) return null;
  const end = call.index + call[0].length;
  if (words <= WHOLE_LINE_WORDS) return { from: 0, end };
  // Inline: from the last cut title's periods before the call, when they are close to it.
  let from = -1;
  CUT_TITLE.lastIndex = Math.max(0, call.index - 80);
  for (let m = CUT_TITLE.exec(head); m !== null && m.index < call.index; m = CUT_TITLE.exec(head)) from = m.index;
  return from < 0 ? { from: call.index, end } : { from, end };
}

/**
 * Where a shop widget starts in its line: after the last quotation closing a sentence before it;
 * else, set inline in prose ("... using smart phones: <title>... <author> Best Price: ..."), at the
 * title's run of capitalised words; else at 0.
 */
function inlineWidgetStart(head: string, box: number): number {
  let from = 0;
  for (let i = 1; i < box - 1; i++) {
    const c = head.charCodeAt(i);
    const before = head.charCodeAt(i - 1);
    // ."  .”  ?”  !” then a space: a quoted sentence ended (a title's "..." or an initial's "H." has no quote mark).
    if (
      (c === 0x201d || c === 34) &&
      (before === 46 || before === 63 || before === 33) &&
      head.charCodeAt(i + 1) === 32
    )
      from = i + 2;
  }
  return from > 0 ? from : titleRunStart(head, box);
}

/** Lower-case words a book title or an author's name holds between its capitalised ones. */
const TITLE_GLUE = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

/**
 * Rule furniture/shop-title-run: the start of the run of words before `box` that a title and its
 * author make (capitalised words, a cut title's "...", the glue words of TITLE_GLUE), after the last
 * prose word (lower-case and no glue); 0 when the run reaches the line's start.
 */
function titleRunStart(head: string, box: number): number {
  let start = box;
  let end = box;
  while (end > 0) {
    while (end > 0 && head.charCodeAt(end - 1) === 32) end--;
    let from = end;
    while (from > 0 && head.charCodeAt(from - 1) !== 32) from--;
    if (from === end) break;
    const word = head.slice(from, end);
    const first = word.charCodeAt(0);
    const capital = first >= 65 && first <= 90;
    const cut = word.endsWith('...') || word.endsWith('\u2026');
    // A prose word ends the run: lower-case and no glue (a capitalised word ending in a stop is an initial).
    if (!capital && !cut && !TITLE_GLUE.has(word)) break;
    if (capital) start = from;
    end = from;
  }
  return end === 0 ? 0 : start;
}
