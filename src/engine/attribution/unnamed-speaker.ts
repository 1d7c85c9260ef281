/** Unnamed sourcing as a claim's speaker ("two U.S. officials", "the same official"). */
import type { Range } from '../../schema/brief';
import { ANONYMOUS_HEADS, ANONYMOUS_QUANTIFIERS, BARE_ANONYMOUS } from '../data/source-terms';
import { ANONYMOUS_TAIL_STARTS } from '../data/speaker-words';
import { by, resolved, type Resolved } from './resolved';
import type { SourceRegistry } from './sources';
import { isCap, type Token } from './tokens';

/** Determiners that point back to a source named before ("the official", "these officials"). */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * Unnamed sourcing as the speaker: "two U.S. officials", "a source", "the same official" (joined
 * to the earlier source), "sources", "people familiar with ...". Null when the phrase is not that.
 */
export function resolveUnnamedSourcing(
  text: string,
  t: Token[],
  range: Range,
  registry: SourceRegistry,
  base: { paragraph: number; sentence: number },
): Resolved | null {
  const headIdx = t.findIndex((w, k) => ANONYMOUS_HEADS.has(w.lower) && (!isCap(w) || k === 0));
  const tail = headIdx >= 0 && ANONYMOUS_TAIL_STARTS.has(t[headIdx + 1]?.lower ?? '');
  if (headIdx >= 0 && (tail || !t.slice(headIdx + 1).some((w) => isCap(w)))) {
    const before = t.slice(0, headIdx).map((w) => w.lower);
    const definite = DEFINITE.has(before[0] ?? '');
    const quantified = before.some((w) => ANONYMOUS_QUANTIFIERS.has(w));
    if (quantified || definite || tail || BARE_ANONYMOUS.has(t[headIdx].lower)) {
      const phrase = text.slice(range.start, range.end);
      const backRef = definite || before.includes('same') || before.includes('another');
      const earlier = backRef ? registry.latestAnonymous(t[headIdx].lower, range.start) : null;
      const source = earlier ?? registry.add(phrase, 'anonymous', true, range, 'source/unnamed-speaker');
      if (earlier) registry.mention(earlier, range, 'source/unnamed-back-reference');
      return by(
        earlier ? 'resolve/unnamed-back-reference' : 'resolve/unnamed-sourcing',
        resolved({ name: phrase, actorId: null, anonymous: true }, source.id, true, base),
      );
    }
  }
  return null;
}
