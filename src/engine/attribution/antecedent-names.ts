/**
 * Names before a pronoun speaker that can stand for it (resolution.ts): the nearest person named
 * in its sentence, or before it within a reach; each search reads at most NAMES_BACK names.
 */
import type { Actor, Range } from '../../schema/brief';
import type { NameSpan } from '../text/names';
import type { Quote } from '../text/quotes';
import { firstStartingAt } from '../text/partition';
import { inQuotation } from './claims';
import { actorAt, type Mentions } from './actor-mentions';

/** Index of the last name starting before x, or -1. */
export function lastNameBefore(items: readonly NameSpan[], x: number): number {
  // No closure: this runs up to three times per pronoun speaker.
  return firstStartingAt(items, x) - 1;
}

/**
 * How many names back a pronoun's antecedent is looked for (nameBefore, nearestInSentence): a
 * run-on sentence or paragraph full of names that are no person ("Asked if he said x ..." over
 * 400 KB) read every earlier name for every claim, quadratic time.
 */
const NAMES_BACK = 16;

/**
 * Fallback pronoun resolution while actors carry no pronoun mentions: the nearest person-like
 * name before the pronoun (outside quotations) that starts at or after `floor` (its own
 * sentence's start, or 1,500 characters back); with `full`, only a name of more than one word.
 * (Between the two searches the caller tries the previous claim's named speaker.)
 */
export function nameBefore(
  at: number,
  floor: number,
  names: NameSpan[],
  mentions: Mentions,
  actors: Actor[],
  outer: readonly Quote[],
  full: boolean,
): { name: string; actor: Actor | null } | null {
  const last = lastNameBefore(names, at);
  for (let k = last; k >= 0 && last - k < NAMES_BACK; k--) {
    const n = names[k];
    if (n.end > at) continue;
    if (n.start < floor) break;
    if (usable(n, outer, mentions, actors) && (!full || n.text.includes(' '))) {
      const actor = actorAt(mentions, n);
      return { name: actor?.name ?? n.text, actor };
    }
  }
  return null;
}

/** A name that can be a pronoun's antecedent: outside quotations, not a possessive, a person if anything. */
function usable(n: NameSpan, outer: readonly Quote[], mentions: Mentions, actors: Actor[]): boolean {
  return !inQuotation(outer, n.start) && !n.possessive && (actors.length === 0 || isPersonish(mentions, n));
}

export function nearestInSentence(
  sentenceStart: number,
  at: number,
  names: NameSpan[],
  mentions: Mentions,
  actors: Actor[],
  outer: readonly Quote[],
  content: Range,
): { name: string; actor: Actor | null } | null {
  const last = lastNameBefore(names, at);
  for (let k = last; k >= 0 && last - k < NAMES_BACK; k--) {
    const n = names[k];
    if (n.end > at) continue;
    if (n.start < sentenceStart) break;
    // "Kavanaugh was a “mean drunk,” she stated": a name in what was said is not who said it.
    if (inQuotation(outer, n.start) || n.possessive || (n.start >= content.start && n.start < content.end)) continue;
    const actor = actorAt(mentions, n);
    if (actors.length > 0 && (!actor || actor.type !== 'person')) continue;
    return { name: actor?.name ?? n.text, actor };
  }
  return null;
}

function isPersonish(mentions: Mentions, n: NameSpan): boolean {
  // A name the actor layer made no actor of ("Communion", "World War II") is no one to stand for.
  const a = actorAt(mentions, n);
  return !!a && a.type === 'person';
}
