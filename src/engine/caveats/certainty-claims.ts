/**
 * Certainty claimed, not a guess: "no doubt" as the object of "is", "can be", "have" ("There is no
 * doubt that the deal was rigged", "We have no doubt ..."). The author asserts the claim and boosts
 * it; the speculation cue's reason ("predicts or guesses") would misread it. "will no doubt come"
 * stays a guess (caveats/cue-rules.ts).
 */
import { DOUBT_HOLDERS } from '../data/caveat-words';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';

/** Rule caveats/certainty-claimed: is the "no doubt" at `i` (`n` words) held by "is", "be", "have"? */
export function certaintyClaimed(toks: Token[], i: number, n: number): boolean {
  if (n !== 2 || i === 0 || toks[i].norm !== 'no' || toks[i + 1].norm !== 'doubt') return false;
  const before = toks[i - 1].norm;
  return DOUBT_HOLDERS.has(before) || before.endsWith("'s") || before.endsWith("'ve");
}

/** The caveat of a claimed certainty: the author's opinion, boosted. */
export function certaintyDraft(voice: Draft['voice'], start: number, end: number, phrase: string): Draft {
  return {
    start,
    end,
    kind: 'opinion',
    voice,
    reason: `the author vouches for it (“${phrase}”): certainty claimed, not a guess, and no source is given`,
    rules: ['caveats/certainty-claimed'],
  };
}
