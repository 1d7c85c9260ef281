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
 * the submitted text. A line that ends a sentence, a colon's list, and a line that opens with a
 * capital are left as they are.
 */

/** The text with its soft line breaks made spaces (the same string when it has none). */
export function unwrapSoftBreaks(text: string): string {
  let out: string[] | null = null;
  let copied = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    const cr = i > 0 && text.charCodeAt(i - 1) === 13 ? 1 : 0;
    if (!endsMidSentence(text, i - cr) || !opensLowerWord(text, i + 1)) continue;
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
