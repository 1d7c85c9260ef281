/**
 * Soft line breaks: text pasted from an e-mail, a PDF or a plain-text wire feed is often wrapped
 * at a fixed width, so a sentence runs on over several lines ("said on Monday that the\nbridge
 * would reopen"). Every stage reads a line break as the end of a sentence or a line of furniture:
 * the first line had been a headline and the claim had lost its speaker. A line break is soft when
 * the line before it ends in a lower-case letter or a comma (not a digit: an embedded post's credit
 * ends in its date, and a widget's "take our poll" may follow it) and the line after it opens
 * with a lower-case word that is no address (no ".", "/" or "@" in it: "pic.twitter.com/...",
 * "jane@example.com"). `unwrapSoftBreaks` gives the text with each soft break (and the carriage
 * return of a CRLF one) replaced by a space: the same length, so every offset still points into
 * the submitted text. A line that ends a sentence or a colon's list is left as it is, and so is a
 * line that opens with a capital, unless the whole text is wrapped at a width: then every long
 * line that ends mid-sentence runs on ("said Senator\nAnn Lee" is one name).
 */

/** The text with its soft line breaks made spaces (the same string when it has none). */
export function unwrapSoftBreaks(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  const wrapped = isHardWrapped(text);
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i >= 0; lineStart = i + 1, i = text.indexOf('\n', i + 1)) {
    const cr = i > 0 && text.charCodeAt(i - 1) === 13 ? 1 : 0;
    const soft =
      (endsMidSentence(text, i - cr) && opensLowerWord(text, i + 1)) ||
      (wrapped && isWrappedLine(text, lineStart, i - cr) && opensWord(text, i + 1));
    if (!soft) continue;
    (out ??= []).push(text.slice(copied, i - cr), cr ? '  ' : ' ');
    copied = i + 1;
  }
  if (out === null) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/** Does the line ending at `end` (its break's offset) end in a lower-case letter or a comma? */
function endsMidSentence(text: string, end: number): boolean {
  let k = end - 1;
  while (k >= 0 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k--;
  if (k < 0) return false;
  const c = text.charCodeAt(k);
  return (c >= 97 && c <= 122) || c === 44;
}

/**
 * Does the line starting at `from` open with a lower-case word that is no address or handle, and
 * is it no table row's label ("number of nuns: 178": a colon within its first LABEL_REACH characters)?
 */
function opensLowerWord(text: string, from: number): boolean {
  const c = text.charCodeAt(from);
  if (!(c >= 97 && c <= 122)) return false;
  for (let k = from + 1; k < text.length; k++) {
    const d = text.charCodeAt(k);
    if (d === 32 || d === 10 || d === 13 || d === 9) return !isLabelLine(text, from);
    if (d === 46 || d === 47 || d === 64) {
      // A period that ends the word ("then.") is no address; one followed by a letter is.
      const e = text.charCodeAt(k + 1);
      if (d !== 46 || (e >= 97 && e <= 122) || (e >= 65 && e <= 90)) return false;
    }
  }
  return !isLabelLine(text, from);
}

/** The longest label a table row opens with ("number of convents:"). */
const LABEL_REACH = 30;

function isLabelLine(text: string, from: number): boolean {
  for (let k = from; k < text.length && k - from <= LABEL_REACH; k++) {
    const d = text.charCodeAt(k);
    if (d === 58) return true;
    if (d === 10 || d === 46 || d === 44) return false;
  }
  return false;
}

/** The shortest line of a text wrapped at a width (e-mail and wire feeds wrap at 65 to 80). */
const WRAP_MIN = 45;
/** The longest: a paragraph on one line is no wrapped line. */
const WRAP_MAX = 100;

/**
 * Is the text wrapped at a width: at least three lines with a line after them are WRAP_MIN to
 * WRAP_MAX long and end mid-sentence, and they are at least three in five of such lines?
 */
function isHardWrapped(text: string): boolean {
  let followed = 0;
  let wrapped = 0;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0; start = i + 1, i = text.indexOf('\n', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (i + 1 >= text.length || next === 10 || next === 13) continue;
    followed++;
    if (isWrappedLine(text, start, i)) wrapped++;
  }
  return wrapped >= 3 && wrapped * 5 >= followed * 3;
}

/** Is text[start, end) a line of wrapping width that ends mid-sentence (no closing mark, colon or quote)? */
function isWrappedLine(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9 || text.charCodeAt(e - 1) === 13))
    e--;
  if (e - start < WRAP_MIN || e - start > WRAP_MAX) return false;
  return !CLOSING.includes(text[e - 1]);
}

/** Marks that end a sentence, a list's lead-in or a quotation at a line's end. */
const CLOSING = '.!?:;"\'\u201d\u2019)]';

/** Does the line starting at `from` open with a word (a letter or digit) that is no address or label? */
function opensWord(text: string, from: number): boolean {
  const c = text.charCodeAt(from);
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
  if (!letter) return false;
  return c >= 97 && c <= 122 ? opensLowerWord(text, from) : !isLabelLine(text, from);
}
