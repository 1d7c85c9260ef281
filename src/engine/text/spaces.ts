/**
 * White space, by char code: exactly what `\s` matches in a JavaScript regex (ECMAScript's
 * WhiteSpace and LineTerminator: tab to carriage return, space, no-break space, ogham space mark,
 * U+2000-U+200A, line and paragraph separators, narrow no-break space, medium mathematical space,
 * ideographic space and the byte order mark). The engine's one definition: every scan that steps
 * over white space by code uses it, so a character that is space to a regex is space to them.
 */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * The white space paragraphs and sentences are cut and trimmed at: `isSpaceCode` without U+1680,
 * U+202F, U+205F and the byte order mark U+FEFF. (Widening it to `isSpaceCode` is a behaviour
 * change, not a refactor: it changes 9 briefs of the shared texts, a BOM-led headline losing its
 * BOM, seven gaining a paragraph at a line of only such characters), so it waits for its own commit.)
 */
export function isLayoutSpace(c: number): boolean {
  return c !== 0x1680 && c !== 0x202f && c !== 0x205f && c !== 0xfeff && isSpaceCode(c);
}
