/**
 * A letter the article prints is its writer's words, not the author's (issue 16): from a
 * salutation line ("Dear Members of the Board,") that is not the article's opening to the
 * signature after its sign-off ("Yours sincerely,", "Sincerely,", "Respectfully,"), at most
 * MAX_LETTER_LINES lines on. A salutation without a sign-off marks nothing (a letter to the editor
 * printed as the whole piece opens the text and is its author's). Author-voice drafts inside such a
 * letter are dropped, as those in an embedded post are (caveats/opinion-structures.ts).
 *
 * Linear: one scan of the text for salutation lines, one walk of the lines after each.
 */
import type { Doc } from '../document';
import type { Draft } from './author-voice';
import { Regions } from './regions';

const SALUTATION = /^[ \t]*Dear [A-Z][^\n]{0,80},[ \t]*$/gm;
const SIGN_OFF =
  /^[ \t]*(?:Yours(?: sincerely| faithfully| truly)?|Sincerely(?: yours)?|Respectfully(?: yours)?|(?:Best|Kind|Warm|With best) regards|Regards|With respect)\s*,?[ \t]*$/i;
const MAX_LETTER_LINES = 60;

function letterRegions(text: string): Regions {
  const ranges: { start: number; end: number }[] = [];
  SALUTATION.lastIndex = 0;
  for (let m = SALUTATION.exec(text); m !== null; m = SALUTATION.exec(text)) {
    // The salutation opens the text (or only a title line, without a sentence's stop, stands before
    // it): the piece is the letter.
    const before = text.slice(0, m.index).trim();
    if (before === '' || (!before.includes('\n') && !/[.!?]["\u201d\u2019]?$/.test(before))) continue;
    let pos = m.index + m[0].length;
    for (let n = 0; n < MAX_LETTER_LINES && pos < text.length; n++) {
      const next = text.indexOf('\n', pos + 1);
      const lineEnd = next < 0 ? text.length : next;
      if (SIGN_OFF.test(text.slice(pos + 1, lineEnd))) {
        // The signature is the line after the sign-off.
        const sig = text.indexOf('\n', lineEnd + 1);
        const end = sig < 0 ? text.length : sig;
        ranges.push({ start: m.index, end });
        SALUTATION.lastIndex = end;
        break;
      }
      pos = lineEnd;
    }
  }
  return new Regions(ranges);
}

export function quietPrintedLetters(doc: Doc, drafts: Draft[]): void {
  if (!doc.text.includes('Dear ')) return;
  const letters = letterRegions(doc.text);
  if (letters.size === 0) return;
  let w = 0;
  for (const d of drafts) {
    const inside = d.voice === 'author' && letters.overlaps(d.start, d.end);
    if (inside) doc.trace?.add('caveat', d.start, d.end, 'printed-letters/letter-writer');
    else drafts[w++] = d;
  }
  drafts.length = w;
}
