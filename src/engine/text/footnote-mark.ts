/**
 * A footnote's number in brackets opening its line ("[5] Probably a reference to ..."): the word
 * after it opens a sentence, so its capital says nothing about a name.
 */

/** Does a bracketed number ending at `last` ("[12", its "]" right after it) open its line? */
export function isFootnoteMark(text: string, last: number): boolean {
  let i = last;
  while (i >= 0 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57 && last - i < 4) i--;
  if (i === last || i < 0 || text.charCodeAt(i) !== 91) return false;
  return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
}

/**
 * Is text[.., last] a list item's enumerator closed by ")" at the start of its line: one to three
 * letters or digits, optionally opened by "(" ("b) Besides the number ...", "(2) Rooms ...", "iv) ")?
 * `last` is the enumerator's last character, the ")" right after it.
 */
export function isListEnumerator(text: string, last: number): boolean {
  let i = last;
  while (i >= 0 && last - i < 3 && isAsciiAlnum(text.charCodeAt(i))) i--;
  if (i === last) return false;
  if (i >= 0 && text.charCodeAt(i) === 40) i--;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
