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
import { partitionPoint } from '../text/partition';
import { isSpaceCode } from '../text/spaces';

/** End of the sentence holding `pos`, or `fallback` when `pos` is in no sentence. */
function sentenceEnd(sentences: Range[], pos: number, fallback: number): number {
  // The first sentence ending after `pos` holds it, if it starts at or before it.
  const k = partitionPoint(sentences.length, (i) => sentences[i].end <= pos);
  return k < sentences.length && sentences[k].start <= pos ? sentences[k].end : fallback;
}

/** Trims trailing whitespace off a clipped span, so "opinion. " ends at the full stop. */
function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/**
 * Clips each draft to its sentence, then merges overlapping drafts of the same kind and voice.
 * Returns drafts sorted by start (longest first on ties), none empty. `traced` false leaves the
 * merged drafts' rule lists unmerged (they are read for the rule trace only).
 */
export function boundCaveats(text: string, sentences: Range[], drafts: Draft[], traced = true): Draft[] {
  const clipped: Draft[] = [];
  for (const d of drafts) {
    if (d.end <= d.start) continue;
    const limit = sentenceEnd(sentences, d.start, d.end);
    const end = limit < d.end ? trimEnd(text, d.start, limit) : d.end;
    if (end > d.start) clipped.push(end === d.end ? d : { ...d, end });
  }
  // Kinds in code-unit order: for the kinds there are (lower-case words that differ before any hyphen) that is localeCompare's order.
  clipped.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  const kept: Draft[] = [];
  // The open caveat of each kind, one map per voice (no key string made per draft).
  const openAuthor = new Map<string, Draft>();
  const openAttributed = new Map<string, Draft>();
  for (const d of clipped) {
    const open = d.voice === 'author' ? openAuthor : openAttributed;
    const last = open.get(d.kind);
    if (last && d.start < last.end) {
      // Overlapping (or nested) in the same kind and voice: one caveat covering both.
      if (d.end > last.end) last.end = d.end;
      // (The rule trace lists the rules of every draft merged in.)
      if (traced && d.rules) last.rules = [...(last.rules ?? []), ...d.rules.filter((r) => !last.rules?.includes(r))];
      continue;
    }
    // (Field by field: a spread copy cost more, and a draft has no other fields.)
    const copy: Draft = { start: d.start, end: d.end, kind: d.kind, voice: d.voice, reason: d.reason, rules: d.rules };
    open.set(d.kind, copy);
    kept.push(copy);
  }
  return kept;
}
