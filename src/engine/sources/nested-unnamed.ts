/**
 * Rule sources/nested-unnamed (issue 16: a source listed twice): "ICE officials said" is found twice,
 * once by the sourcing scan ("officials", its head) and once by the speaker resolver ("ICE officials",
 * the whole phrase), and the brief listed both. An unnamed source whose every mention lies inside a
 * longer mention of another unnamed source, ending where it ends, is that source: its claims are
 * credited to the longer one, which keeps its name, and it is dropped.
 *
 * Linear: the longer mentions are indexed by their end once.
 */
import type { Range, Source } from '../../schema/brief';
import type { Doc } from '../document';
import type { Sourced } from './false-sources';

export function foldNestedUnnamed(doc: Doc, items: Sourced): Sourced {
  const unnamed = items.sources.filter((s) => s.anonymous);
  if (unnamed.length < 2) return items;
  // The longest unnamed mention ending at each offset, with its source.
  const byEnd = new Map<number, { start: number; source: Source }>();
  for (const s of unnamed)
    for (const m of s.mentions) {
      const had = byEnd.get(m.end);
      if (!had || m.start < had.start) byEnd.set(m.end, { start: m.start, source: s });
    }
  const into = new Map<string, string>();
  // A source with other mentions too keeps them and loses only the nested ones.
  const trimmed = new Map<string, Range[]>();
  for (const s of unnamed) {
    const targets = new Set<Source>();
    const kept = s.mentions.filter((m) => {
      const longer = byEnd.get(m.end);
      if (!longer || longer.source === s || longer.start >= m.start) return true;
      targets.add(longer.source);
      return false;
    });
    if (targets.size === 0) continue;
    if (doc.trace) {
      const keptSet = new Set(kept);
      for (const m of s.mentions)
        if (!keptSet.has(m)) doc.trace.add('source', m.start, m.end, 'sources/nested-unnamed');
    }
    const [target] = targets;
    if (kept.length === 0 && targets.size === 1 && !into.has(target.id)) into.set(s.id, target.id);
    else if (kept.length > 0) trimmed.set(s.id, kept);
  }
  if (into.size === 0 && trimmed.size === 0) return items;
  return {
    sources: items.sources
      .filter((s) => !into.has(s.id))
      .map((s) => (trimmed.has(s.id) ? { ...s, mentions: trimmed.get(s.id)! } : s)),
    claims: items.claims.map((c) =>
      c.sourceIds.some((id) => into.has(id))
        ? { ...c, sourceIds: [...new Set(c.sourceIds.map((id) => into.get(id) ?? id))] }
        : c,
    ),
  };
}
