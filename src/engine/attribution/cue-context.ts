/**
 * What a cue rule sees of a cue verb in its sentence (`CueContext`), what it answers
 * (`RuleResult`), and the draft it makes: shared by the cue pass (cue-pass.ts) and the rules in
 * modules of their own (cue-after-content.ts).
 */
import type { Range } from '../../schema/brief';
import type { CueInfo } from '../data/cues';
import { mk, type Draft, type Sent, type Via } from './draft';
import type { Token } from './tokens';

/** A cue verb in a sentence, as the cue rules see it. */
export interface CueContext {
  t: Token[];
  /** The cue's first token, its words, what it is. */
  i: number;
  info: CueInfo;
  sent: Sent;
  sentenceHasClaim: boolean;
  cueText: string;
  cueStart: number;
  /** The token after the cue. */
  after: number;
}

/** A cue rule's answer: a draft, null for "no claim here" (the rules after it are not tried), undefined when it does not apply. */
export type RuleResult = Draft | null | undefined;

export function draftOf(
  x: CueContext,
  rule: string,
  content: Range,
  speaker: Range | null,
  vias: readonly Via[],
): Draft {
  const d = mk(
    rule,
    x.cueText,
    x.cueStart,
    x.sent,
    content.start,
    content.end,
    speaker,
    speaker ? 'np' : 'participle',
    vias,
  );
  // A content from clause.ts `contentAfter` names the rule that ended it, if one did.
  if ('bound' in content && typeof content.bound === 'string') d.bound = content.bound;
  return d;
}

export function spanOf(t: Token[], from: number, to: number): Range {
  return { start: t[from].start, end: t[to - 1].end };
}
