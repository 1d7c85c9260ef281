/**
 * Rule claims/impersonal-one: the impersonal "one" ("One might say the board has lost its nerve",
 * "one wonders whether ...", "Why wait, one could argue, when ...") is the writer thinking aloud,
 * not a source a reader could check: its drafts, and the drafts that carry its speaker on in the
 * same sentence, are dropped. The pronoun must stand bare (not "the only one", "no one", "one
 * of them") with a modal before the cue ("one might say") or a present-tense cue ("one wonders");
 * "One said the board had made up its mind" (one of a group) still speaks.
 */
import type { Draft } from './draft';
import { lazyRegExp } from '../text/lazy-regexp';

/** Between the pronoun and the cue: a modal, perhaps with an adverb ("could readily", "might well"). */
const MODAL_BETWEEN = lazyRegExp(
  String.raw`^\s+(?:\p{Ll}+ly\s+)?(?:would|might|could|can|may|must|should|cannot|can[\u2019']t|will)(?:\s+\p{Ll}+ly|\s+well)?\s+$`,
  'u',
);
/** A present-tense cue ("wonders", "hopes", "explains"), with only white space before it. */
const PRESENT_CUE = /^[a-z]+[^s\W]s$/u;
/** Words before "one" that make it a noun phrase's head or a numeral ("the only one", "no one", "each one"). */
const BOUND_BEFORE = lazyRegExp(
  String.raw`\b(?:the|only|no|any|every|each|this|that|which|another|some|last|first|next|single)\s+$`,
  'iu',
);

function isImpersonalOne(text: string, d: Draft): boolean {
  const s = d.speaker;
  if (!s || d.mode !== 'np' || s.end - s.start !== 3 || d.cue === null || d.cueStart < s.end) return false;
  const word = text.slice(s.start, s.end);
  if (word !== 'one' && word !== 'One') return false;
  if (BOUND_BEFORE.test(text.slice(Math.max(0, s.start - 12), s.start))) return false;
  const between = text.slice(s.end, d.cueStart);
  if (MODAL_BETWEEN.test(between)) return true;
  return /^\s+$/u.test(between) && PRESENT_CUE.test(d.cue);
}

/** The drafts without the impersonal "one"'s and those carrying its speaker on in the same sentence. */
export function withoutImpersonalOne(text: string, drafts: Draft[]): Draft[] {
  let kept: Draft[] | null = null;
  let dropped = -1;
  for (let n = 0; n < drafts.length; n++) {
    const d = drafts[n];
    const carried = d.sentence === dropped && (d.mode === 'continue' || d.mode === 'participle');
    if (carried || isImpersonalOne(text, d)) {
      dropped = d.sentence;
      kept ??= drafts.slice(0, n);
      continue;
    }
    if (kept) kept.push(d);
  }
  return kept ?? drafts;
}
