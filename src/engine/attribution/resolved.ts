/**
 * A draft's speaker as resolved, and the rule that resolved it (for the trace): the value the
 * speaker resolvers (resolution.ts, unnamed-speaker.ts) return.
 */
import type { Speaker } from '../../schema/brief';

/** The rule that made the last resolution (set by `by`; read right after, for the trace). */
let resolvedBy = '';

/** The rule `by` noted last. */
export function lastRule(): string {
  return resolvedBy;
}

let droppedBy: string | null = null;

/** Notes `rule` as the rule that found the speaker phrase names no claim's speaker (the claim is dropped), and returns null. */
export function dropBy(rule: string): null {
  droppedBy = rule;
  return null;
}

/** The rule dropBy noted since the last call, or null (and forgets it). */
export function takeDropRule(): string | null {
  const rule = droppedBy;
  droppedBy = null;
  return rule;
}

/** Notes `rule` as the rule that resolved a speaker to `r`, and returns `r`. */
export function by(rule: string, r: Resolved): Resolved {
  resolvedBy = rule;
  return r;
}

/**
 * A draft's speaker as resolved, with the paragraph of the draft (what the next draft may carry
 * over) and the sentence where the speaker was last written out (carried on, it stays). Never
 * changed once made.
 */
export interface Resolved {
  speaker: Speaker;
  sourceId: string | null;
  /** The other conjuncts' sources of a coordinated speaker ("Smith and Jones said"; coordinated-speaker.ts). */
  moreSourceIds: readonly string[];
  paragraph: number;
  sentence: number;
  person: boolean;
}

export function resolved(
  speaker: Speaker,
  sourceId: string | null,
  person: boolean,
  at: { paragraph: number; sentence: number },
): Resolved {
  return { speaker, sourceId, moreSourceIds: NO_IDS, paragraph: at.paragraph, sentence: at.sentence, person };
}

const NO_IDS: readonly string[] = [];

/** The previous claim's speaker carried over to a draft: the same object when the paragraph is the same (a claim-dense text makes one per claim otherwise). */
export function carried(prev: Resolved, at: { paragraph: number }): Resolved {
  return prev.paragraph === at.paragraph ? prev : { ...prev, paragraph: at.paragraph };
}
