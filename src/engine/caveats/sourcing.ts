/**
 * Article-level sourcing caveats, computed from the attribution: reliance on anonymous sources
 * (one caveat per anonymous source, on its first mention) and reliance on a single source (every
 * claim from one speaker, when there are at least two claims).
 */
import type { Attribution } from '../attribution';
import type { Draft } from './author-voice';
import { partitionPoint } from '../text/partition';

/** Fewer claims than this and "single source" says nothing useful. */
const MIN_CLAIMS_FOR_SINGLE = 2;

export function sourcingCaveats(attribution: Attribution, out: Draft[]): void {
  for (const source of attribution.sources) {
    if (!source.anonymous || source.mentions.length === 0) continue;
    const m = source.mentions[0];
    out.push({
      start: m.start,
      end: m.end,
      kind: 'anonymous-sourcing',
      voice: 'author',
      reason: `the article relies on an unnamed source${source.mentions.length > 1 ? `, cited ${source.mentions.length} times` : ''}; a reader cannot judge who they are`,
    });
  }

  // More than one named source, or claims from more than one speaker: no single source. Each
  // test stops at its first counter-example.
  let named = 0;
  for (const s of attribution.sources) if (!s.anonymous && ++named > 1) return;
  let first: (typeof attribution.claims)[number] | undefined;
  let speaker: string | undefined;
  let count = 0;
  // The name lower-cased only when it differs from the claim before's (a claim-dense text repeats one speaker's).
  let name: string | undefined;
  let lower = '';
  for (const c of attribution.claims) {
    if (!c.speaker) continue;
    if (!c.speaker.actorId && c.speaker.name !== name) {
      name = c.speaker.name;
      lower = name.toLowerCase();
    }
    const key = c.speaker.actorId ?? lower;
    if (first === undefined) {
      first = c;
      speaker = key;
    } else if (key !== speaker) return;
    count++;
  }
  if (first === undefined || count < MIN_CLAIMS_FOR_SINGLE) return;
  out.push({
    start: first.start,
    end: first.end,
    kind: 'single-source',
    voice: 'author',
    reason: `every claim in the article comes from one source (${first.speaker!.name}); nothing is corroborated`,
  });
}

/**
 * "Critics say the plan is flawed": the vague-source caveat over the clause already says the view
 * is nobody's in particular, so the anonymous-sourcing caveat on "Critics" inside it would say it
 * twice. Drops an anonymous-sourcing draft that lies within an unattributed-claim draft.
 */
export function quietRestatedSourcing(drafts: Draft[]): void {
  const vague = drafts.filter((d) => d.kind === 'unattributed-claim' && d.voice === 'author');
  if (vague.length === 0) return;
  vague.sort((a, b) => a.start - b.start);
  // reach[i]: the furthest end of vague[0..i], so one binary search answers "inside any of them?".
  const reach: number[] = [];
  for (const v of vague) reach.push(Math.max(v.end, reach[reach.length - 1] ?? 0));
  // The vague caveats starting at or before d, and whether the furthest of them reaches d's end.
  const inside = (d: Draft) => {
    const n = partitionPoint(vague.length, (i) => vague[i].start <= d.start);
    return n > 0 && reach[n - 1] >= d.end;
  };
  let w = 0;
  for (const d of drafts) if (d.kind !== 'anonymous-sourcing' || !inside(d)) drafts[w++] = d;
  drafts.length = w;
}
