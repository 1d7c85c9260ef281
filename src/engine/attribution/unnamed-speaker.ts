/** Unnamed sourcing as a claim's speaker ("two U.S. officials", "the same official"). */
import type { Range } from '../../schema/brief';
import { VAGUE_GROUPS } from '../data/hedges';
import { ANONYMOUS_HEADS, ANONYMOUS_QUANTIFIERS, BARE_ANONYMOUS } from '../data/source-terms';
import { ANONYMOUS_TAIL_STARTS } from '../data/speaker-words';
import { by, resolved, type Resolved } from './resolved';
import type { SourceRegistry } from './sources';
import { isCap, type Token } from './tokens';
import { isThosePhrase } from '../speakers/those-head';

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
  // (Loops, no closure or word list: this runs for every speaker phrase that is not a pronoun.)
  const headIdx = anonymousHead(t);
  // "Ann Moss and two officials", "Cruz and his aides": a named conjunct; each conjunct resolves on its own.
  if (headIdx > 0 && namedConjunctBefore(t, headIdx)) return null;
  const tail = headIdx >= 0 && ANONYMOUS_TAIL_STARTS.has(t[headIdx + 1]?.lower ?? '');
  if (headIdx >= 0 && (tail || !capitalAfter(t, headIdx))) {
    const definite = headIdx > 0 && DEFINITE.has(t[0].lower);
    let quantified = false;
    let again = false;
    for (let k = 0; k < headIdx; k++) {
      const w = t[k].lower;
      if (ANONYMOUS_QUANTIFIERS.has(w)) quantified = true;
      if (w === 'same' || w === 'another') again = true;
    }
    if (quantified || definite || tail || BARE_ANONYMOUS.has(t[headIdx].lower)) {
      const phrase = text.slice(range.start, range.end);
      const backRef = definite || again;
      const earlier = backRef ? registry.latestAnonymous(t[headIdx].lower, range.start) : null;
      const source = earlier ?? registry.add(phrase, 'anonymous', true, range, 'source/unnamed-speaker');
      if (earlier) registry.mention(earlier, range, 'source/unnamed-back-reference');
      return by(
        earlier ? 'resolve/unnamed-back-reference' : 'resolve/unnamed-sourcing',
        resolved({ name: phrase, actorId: null, anonymous: true }, source.id, true, base),
      );
    }
  }
  // "Those familiar with the talks", "those who attended": "those" heads unnamed sourcing.
  if (isThosePhrase(t)) {
    const phrase = text.slice(range.start, range.end);
    const source = registry.add(phrase, 'anonymous', true, range, 'source/unnamed-speaker');
    return by(
      'resolve/those-sourcing',
      resolved({ name: phrase, actorId: null, anonymous: true }, source.id, true, base),
    );
  }
  // "Critics say", "Some believe", "many experts argue": people the article does not name, as
  // unnamed as "officials" though not the reporter's own sources (the vague-source caveat says so).
  if (isVagueGroup(t)) {
    const phrase = text.slice(range.start, range.end);
    const source = registry.add(phrase, 'anonymous', true, range, 'source/vague-group');
    return by('resolve/vague-group', resolved({ name: phrase, actorId: null, anonymous: true }, source.id, true, base));
  }
  return null;
}

const VAGUE_HEADS: ReadonlySet<string> = new Set(VAGUE_GROUPS);

/**
 * A phrase of unnamed people and nothing else: a vague head ("critics", "some", "others") with at
 * most a quantifier or "the" before it, every word lower case but the first.
 */
function isVagueGroup(t: readonly Token[]): boolean {
  const n = t.length;
  if (n === 0 || n > 3 || !VAGUE_HEADS.has(t[n - 1].lower)) return false;
  for (let k = 0; k < n; k++) {
    if (k > 0 && isCap(t[k])) return false;
    if (k < n - 1 && t[k].lower !== 'the' && !ANONYMOUS_QUANTIFIERS.has(t[k].lower) && !VAGUE_HEADS.has(t[k].lower))
      return false;
  }
  return true;
}

/** The first unnamed-sourcing head ("officials"), lower case unless it opens the phrase, or -1. */
function anonymousHead(t: readonly Token[]): number {
  for (let k = 0; k < t.length; k++) if (ANONYMOUS_HEADS.has(t[k].lower) && (!isCap(t[k]) || k === 0)) return k;
  return -1;
}

/**
 * Is there an "and" before t[head] between a capitalised word and a lower-case one ("Cruz and his
 * aides")? Not inside a name ("Immigration and Customs Enforcement officials").
 */
function namedConjunctBefore(t: readonly Token[], head: number): boolean {
  for (let k = 1; k < head; k++) if (t[k].lower === 'and' && isCap(t[k - 1]) && !isCap(t[k + 1])) return true;
  return false;
}

/** Is a word after t[head] capitalised ("officials at Pemex": a name follows)? */
function capitalAfter(t: readonly Token[], head: number): boolean {
  for (let k = head + 1; k < t.length; k++) if (isCap(t[k])) return true;
  return false;
}
