/**
 * Caveats bounded by construction (issue 12.2): a caveat never runs past the sentence it starts
 * in, and no two caveats of one kind and voice overlap (overlapping ones are merged into one
 * span, keeping the first one's reason). So the caveats of one kind and voice are disjoint and
 * their texts together are at most the input; opinion-shaped text with no commas, where every cue
 * reached to the end of one huge clause, used to give thousands of nested 800-character copies.
 *
 * Linear after the sort: sentences are found by binary search, and merging is one pass per key.
 */
import type { Range } from '../../schema/brief';
import type { Draft } from './author-voice';

/** End of the sentence holding `pos`, or `fallback` when `pos` is in no sentence. */
function sentenceEnd(sentences: Range[], pos: number, fallback: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s.end;
  }
  return fallback;
}

/** Trims trailing whitespace off a clipped span, so "opinion. " ends at the full stop. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Clips each draft to its sentence, then merges overlapping drafts of the same kind and voice.
 * Returns drafts sorted by start (longest first on ties), none empty.
 */
export function boundCaveats(text: string, sentences: Range[], drafts: Draft[]): Draft[] {
  const clipped: Draft[] = [];
  for (const d of drafts) {
    if (d.end <= d.start) continue;
    const limit = sentenceEnd(sentences, d.start, d.end);
    const end = limit < d.end ? trimEnd(text, d.start, limit) : d.end;
    if (end > d.start) clipped.push(end === d.end ? d : { ...d, end });
  }
  clipped.sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
  const kept: Draft[] = [];
  const open = new Map<string, Draft>();
  for (const d of clipped) {
    const key = `${d.kind}|${d.voice}`;
    const last = open.get(key);
    if (last && d.start < last.end) {
      // Overlapping (or nested) in the same kind and voice: one caveat covering both.
      if (d.end > last.end) last.end = d.end;
      continue;
    }
    const copy = { ...d };
    open.set(key, copy);
    kept.push(copy);
  }
  return kept;
}
