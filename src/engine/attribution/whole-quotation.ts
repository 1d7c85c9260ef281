/**
 * A cue clause's content that opens a quotation runs to the quotation's end (issue 16, claims):
 * "Pirro asked, "Since when does truth depend on your party.\nI fear for this nation.\nYou
 * believe ..."" in a text with a sentence per line gave only the first line, the sentence the cue
 * stood in, and left the rest of her words unattributed. Only closed quotations inside the
 * draft's paragraph, and not one another draft (of the quotation pass) already claims.
 */
import type { Doc } from '../document';
import { firstStartingAt } from '../text/partition';
import type { Quote } from '../text/quotes';
import type { Draft } from './draft';

export function extendToQuotations(doc: Doc, drafts: Draft[], outer: readonly Quote[]): void {
  if (outer.length === 0) return;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    if (!d.rule.startsWith('cue/')) continue;
    // A quotation another draft already claims (the quotation pass) keeps that claim whole.
    if (drafts[n - 1]?.start === d.start || drafts[n + 1]?.start === d.start) continue;
    const q = outer[firstStartingAt(outer, d.start)];
    if (!q || q.start !== d.start || !q.closed || q.end <= d.end) continue;
    if (q.end > doc.paragraphs[d.paragraph].end) continue;
    d.end = q.end;
  }
}
