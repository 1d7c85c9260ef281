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

/** Where a shop widget starts in its line: after the last quotation closing a sentence before it, else at 0. */
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
  return from;
}
