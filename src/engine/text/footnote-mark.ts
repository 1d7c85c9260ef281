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
