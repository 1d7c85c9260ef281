/**
 * Summary: 1 to 3 verbatim sentences that carry the news.
 *
 * First version: the lead. The first body sentences after the title, skipping very short
 * fragments (datelines, bylines).
 */
import type { Span } from '../schema/brief';
import type { Doc } from './document';

const MAX_SENTENCES = 3;
const MIN_WORDS = 6;

export function summarise(doc: Doc): Span[] {
  const out: Span[] = [];
  for (const s of doc.sentences) {
    if (doc.titleRange && s.start < doc.titleRange.end) continue;
    const text = doc.text.slice(s.start, s.end);
    if (text.split(/\s+/).length < MIN_WORDS) continue;
    out.push({ text, start: s.start, end: s.end });
    if (out.length === MAX_SENTENCES) break;
  }
  return out;
}
