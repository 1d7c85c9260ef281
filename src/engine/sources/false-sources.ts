/**
 * False unnamed sources: a sourcing noun that names no one who gave the article information.
 *
 * A pass over the attribution results (run by `brief()`). An unnamed source is dropped (and taken
 * out of every claim's `sourceIds`) when none of its mentions can be sourcing, and no claim has it
 * as its speaker. A mention cannot be sourcing when:
 *
 * - its head is "source" followed by "of" ("a well-known source of infection");
 * - its head "official" is an adjective before a noun ("an official statement");
 * - it is the object of a preposition that makes it acted on ("injured by an American official",
 *   "a letter to ... about officials"), unless a sourcing verb stands before "by" ("told by a
 *   senior official").
 *
 * Linear: a binary search per mention.
 */
import type { Claim, Source } from '../../schema/brief';
import type { Doc } from '../document';
import { OBJECT_PREPOSITIONS, OFFICIAL_ADJECTIVE_NOUNS, SOURCING_BEFORE_BY } from '../data/credit-frames';
import { REPORT_HEADS } from '../data/source-terms';
import { foldName } from '../attribution/sources';

export interface Sourced {
  claims: Claim[];
  sources: Source[];
}

export function dropFalseSources(doc: Doc, items: Sourced): Sourced {
  if (!items.sources.some((s) => s.anonymous)) return items;
  // The speakers' names are folded only when some source's mentions all fail (in most articles none do).
  let speakers: Set<string> | undefined;
  const dropped = new Set<string>();
  for (const s of items.sources) {
    if (!s.anonymous || s.mentions.length === 0) continue;
    if (s.mentions.every((m) => notSourcing(doc, m.start, m.end))) {
      if (!speakers) {
        speakers = new Set();
        for (const c of items.claims) if (c.speaker) speakers.add(foldName(c.speaker.name));
      }
      if (speakers.has(foldName(s.name))) continue;
      dropped.add(s.id);
      for (const m of s.mentions) doc.trace?.add('source', m.start, m.end, 'false-sources/not-sourcing');
    }
  }
  if (dropped.size === 0) return items;
  return {
    sources: items.sources.filter((s) => !dropped.has(s.id)),
    claims: items.claims.map((c) =>
      c.sourceIds.some((id) => dropped.has(id)) ? { ...c, sourceIds: c.sourceIds.filter((id) => !dropped.has(id)) } : c,
    ),
  };
}

function notSourcing(doc: Doc, start: number, end: number): boolean {
  const w = doc.words;
  const first = w.indexAt(start);
  const after = w.indexAt(end);
  if (first >= w.count || after === 0) return false;
  const head = w.norm(after - 1);
  const next = after < w.count && w.starts[after] - end <= 1 ? w.norm(after) : '';
  if ((head === 'source' || head === 'sources') && next === 'of') return true;
  if (head === 'official' && OFFICIAL_ADJECTIVE_NOUNS.has(next)) return true;
  // "amid widespread reports": reports stay sources wherever they stand.
  if (REPORT_HEADS.has(head) || first === 0 || start - w.ends[first - 1] > 2) return false;
  const prep = w.norm(first - 1);
  if (!OBJECT_PREPOSITIONS.has(prep)) return false;
  if (prep === 'by' && first >= 2 && SOURCING_BEFORE_BY.has(w.norm(first - 2))) return false;
  return true;
}
