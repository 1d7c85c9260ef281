/**
 * A shop widget in a line of page furniture (text/furniture.ts): "<title> <author> Best Price: $5.99
 * Buy New $45.86 (as of 09:30 EDT - Details)", at the start of its line or set inline after a
 * quotation that ends a sentence ("... key states.” <title> Best Price: ...").
 */
/** Two prices, the second to buy at, and an optional price time: a shop box, not prose. */
const PRODUCT_BOX = /\bPrice:\s*\$\d[\d.,]*\s+Buy (?:New|Used|Now)\s+\$\d[\d.,]*(?:\s*\(as of [^)\n]{0,40}\))?/;

/** The widget's offsets in the line's head, or null when the head holds none. */
export function shopWidget(head: string): { from: number; end: number } | null {
  const box = PRODUCT_BOX.exec(head);
  if (!box) return null;
  return { from: inlineWidgetStart(head, box.index), end: box.index + box[0].length };
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
