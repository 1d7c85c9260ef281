/**
 * A cue clause's content that opens a quotation runs to the quotation's end (issue 16, claims):
 * "Pirro asked, "Since when does truth depend on your party.\nI fear for this nation.\nYou
 * believe ..."" in a text with a sentence per line gave only the first line, the sentence the cue
 * stood in, and left the rest of her words unattributed. Only closed quotations inside the
 * draft's paragraph, and not one another draft (of the quotation pass) already claims. `drafts` are
 * sorted by start.
 */
import type { Doc } from '../document';
import type { Quote } from '../text/quotes';
import type { Draft } from './draft';

export function extendToQuotations(doc: Doc, drafts: Draft[], outer: readonly Quote[]): void {
  if (outer.length === 0) return;
  // The first quotation starting at or after the draft: the drafts come sorted by start, so one
  // index walks forward (a binary search per cue draft read tens of thousands of quotations' starts
  // through a look-up shared by every kind of span, on quotation-dense text).
  let j = 0;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    if (!d.rule.startsWith('cue/')) continue;
    // A quotation another draft already claims (the quotation pass) keeps that claim whole.
    if (drafts[n - 1]?.start === d.start || drafts[n + 1]?.start === d.start) continue;
    while (j < outer.length && outer[j].start < d.start) j++;
    const q = outer[j];
    if (!q || q.start !== d.start || !q.closed || q.end <= d.end) continue;
    if (q.end > doc.paragraphs[d.paragraph].end) continue;
    d.end = q.end;
  }
}
