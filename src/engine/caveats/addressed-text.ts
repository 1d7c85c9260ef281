/**
 * Addressed text: where the "you" is somebody the text speaks to, not the article's reader.
 * - an interview transcript: the paragraphs from a "Q:" / "A:" ("Question:", "Answer:") turn to
 *   the last such turn, where "you" is the interviewee or the interviewer;
 * - a letter set out in the article: from a "Dear Minister," salutation opening a paragraph (after
 *   a quote mark or not; not the headline) to its sign-off ("Sincerely,", "Yours ...", "Regards,") or the end;
 * - an open letter: from a line opening "An open letter to ..." (the title or a paragraph) on.
 * A caveat that reads the "you" as the author addressing the reader (a generic "you" with a modal:
 * "You should vote for me"; an order or a question put to "you": "What will you do next?") is the
 * letter writer's or the speaker's address to the one named there: it is dropped. Other caveats
 * stay (an open letter's verdicts are still its author's).
 *
 * Runs over the author-voice drafts only, and reads the paragraphs once, and only when a draft
 * holds a second-person word.
 */
import type { Range } from '../../schema/brief';
import type { Doc } from '../document';
import type { Draft } from './author-voice';
import { lazyRegExp } from '../text/lazy-regexp';

/** A second-person word: "you", "your", "yours", "yourself", "you're", "you’ve". */
const SECOND_PERSON = /\byou(?:rs?|rself|rselves|['\u2019](?:re|ve|ll|d))?\b/i;

/** A transcript turn opening a paragraph: "Q:", "A.", "Question:", "Answer -". */
const TURN = /^(?:Q|A|Question|Answer)\s*[:.\u2014\u2013-]\s/;

/** A letter's salutation opening a paragraph: "Dear Minister,", "“Dear Mr. Hale:" (not "Dear readers,": that is the reader). */
const SALUTATION = lazyRegExp(
  String.raw`^["\u201c\u2018']?Dear\s+(?!(?:[Rr]eaders?|[Ss]ubscribers?|[Ll]isteners?|[Vv]iewers?)\b)\p{Lu}[^\n,:;.!?]{0,60}(?:\.[^\n,:;!?]{0,40})?[,:]`,
  'u',
);

/** A letter's sign-off line: "Sincerely,", "Yours faithfully,", "Respectfully yours,", "Regards,". */
const SIGN_OFF =
  /^(?:(?:yours\s+)?(?:sincerely|faithfully|truly|respectfully)(?:\s+yours)?|yours|(?:kind\s+|best\s+|warm\s+)?regards|with\s+(?:gratitude|respect))[,.]?[ \t]*$/im;

/** A line opening an open letter: "An open letter to the mayor", "Open Letter to Parents:". */
const OPEN_LETTER = /^(?:an?\s+)?open\s+letter\s+to\b/i;

/** Rule caveats/addressed-text: the ranges of the document that are addressed to somebody named. */
export function addressedRanges(doc: Doc): Range[] {
  const { text, paragraphs } = doc;
  const out: Range[] = [];
  let turns: Range | null = null;
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    const head = text.slice(para.start, Math.min(para.end, para.start + 120));
    if (TURN.test(head)) {
      if (turns) turns.end = para.end;
      else out.push((turns = { start: para.start, end: para.end }));
      continue;
    }
    // (A headline styled as a salutation, "Dear Caravan: Say Hola to ...", opens no letter.)
    const title = doc.titleRange !== null && doc.titleRange.start < para.end && para.start < doc.titleRange.end;
    const letter = (!title && SALUTATION.test(head)) || OPEN_LETTER.test(head);
    if (!letter) continue;
    turns = null;
    // The letter runs to its sign-off, else to the end of the text.
    let q = p;
    while (q + 1 < paragraphs.length && !SIGN_OFF.test(text.slice(paragraphs[q].start, paragraphs[q].end))) q++;
    out.push({ start: para.start, end: paragraphs[q].end });
    p = q;
  }
  return out;
}

function inside(ranges: readonly Range[], start: number, end: number): boolean {
  for (const r of ranges) if (r.start <= start && end <= r.end) return true;
  return false;
}

/** The rules whose caveat reads "you" as the reader: always (the generic "you"), or with "you" in its span. */
const GENERIC_YOU = 'patterns/generic-you';
const ADDRESS_RULES = new Set([GENERIC_YOU, 'verdict-shapes/imperative', 'scare-quotes/question-or-exclamation']);

function readerAddress(text: string, d: Draft): boolean {
  const rule = d.rules?.[0];
  if (d.voice !== 'author' || rule === undefined || !ADDRESS_RULES.has(rule)) return false;
  return rule === GENERIC_YOU || SECOND_PERSON.test(text.slice(d.start, d.end));
}

/** Drops the reader-address caveats whose "you" is somebody named in a transcript or a letter. */
export function quietAddressedText(doc: Doc, drafts: Draft[]): void {
  const { text } = doc;
  let ranges: Range[] | null = null;
  let w = 0;
  for (let r = 0; r < drafts.length; r++) {
    const d = drafts[r];
    if (readerAddress(text, d)) {
      ranges ??= addressedRanges(doc);
      if (inside(ranges, d.start, d.end)) continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}
