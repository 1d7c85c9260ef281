/**
 * Article-level sourcing caveats, computed from the attribution: reliance on anonymous sources
 * (one caveat per anonymous source, on its first mention) and reliance on a single source (every
 * claim from one speaker, when there are at least two claims).
 */
import type { Attribution } from '../attribution';
import type { Draft } from './author-voice';

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

  const claims = attribution.claims.filter((c) => c.speaker);
  if (claims.length < MIN_CLAIMS_FOR_SINGLE) return;
  const speakers = new Set(claims.map((c) => c.speaker!.actorId ?? c.speaker!.name.toLowerCase()));
  const named = attribution.sources.filter((s) => !s.anonymous);
  if (speakers.size !== 1 || named.length > 1) return;
  const first = claims[0];
  out.push({
    start: first.start,
    end: first.end,
    kind: 'single-source',
    voice: 'author',
    reason: `every claim in the article comes from one source (${first.speaker!.name}); nothing is corroborated`,
  });
}
