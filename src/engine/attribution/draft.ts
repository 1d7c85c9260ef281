/**
 * The draft claim and the shapes the attribution passes hand each other: a draft (content, cue,
 * speaker phrase, channels, before the speaker is resolved), a sentence with its tokens, a speaker
 * span and a cue clause; `mk` builds a draft, and the quotation-mark tests read one token's text.
 */
import type { Range } from '../../schema/brief';
import type { Trace } from '../trace';
import type { Token } from './tokens';

export interface Via extends Range {
  /** How the channel was named: "on"/"via" a platform, "according to", "in" a document, "with"/"to" an outlet. */
  how: 'on' | 'according' | 'in' | 'to';
}

export interface Draft extends Range {
  cue: string | null;
  cueStart: number;
  /** The speaker phrase as written, or null when the speaker carries over (`mode`). */
  speaker: Range | null;
  /** `np`: the phrase names the speaker; `continue`: the previous claim's speaker; `participle`: the speaker of the claim before it in the sentence; `unnamed`: the text names nobody ("X was accused of ..."), the claim's speaker is null. */
  mode: 'np' | 'continue' | 'participle' | 'unnamed';
  vias: readonly Via[];
  paragraph: number;
  sentence: number;
  /** Where that sentence starts (for pronoun antecedents in the same sentence). */
  sentenceStart: number;
  /** Found next to a quotation or a "NAME:" line (passes 1 and 1b): never folded into another claim. */
  own: boolean;
  /** The named rule that made the draft ("quotation/cue-after", "cue/subject-first"): what the trace lists. */
  rule: string;
  /** The named rule that ended the content before its sentence's end ("content/trailing-adjunct-of-object"), or "". */
  bound: string;
}

export interface Sent {
  start: number;
  end: number;
  paragraph: number;
  index: number;
  tokens: Token[];
  /** The union of the tokens' flags. */
  flags: number;
}

export interface SpeakerSpan {
  /** Token index range [from, to). */
  from: number;
  to: number;
}

export interface Clause {
  cue: string | null;
  cueStart: number;
  speaker: Range | null;
  vias: readonly Via[];
  /** Offset where the cue clause ends. */
  end: number;
  /** Which form of cue clause it is ("cue-after", "said-name-after", "dash-name-after", "cue-before", "name-colon-before"). */
  rule: string;
}

/** Every draft built with one shape (the engine stays monomorphic on its hottest objects). */
export function mk(
  rule: string,
  cue: string | null,
  cueStart: number,
  sent: Sent,
  start: number,
  end: number,
  speaker: Range | null,
  mode: Draft['mode'],
  vias: readonly Via[],
): Draft {
  return {
    start,
    end,
    cue,
    cueStart,
    speaker,
    mode,
    vias,
    paragraph: sent.paragraph,
    sentence: sent.index,
    sentenceStart: 0,
    own: false,
    rule,
    bound: '',
  };
}

/** Records the rules of a draft in the trace: the rule that made it, and the one that ended its content if one did. */
export function traceDraft(trace: Trace, d: Draft): void {
  trace.add('claim', d.start, d.end, d.rule);
  if (d.bound) trace.add('claim', d.start, d.end, d.bound);
}

/** The longest content a cue clause can take: a run-on "sentence" without punctuation stops here. */
export const MAX_CONTENT_TOKENS = 160;

export const NO_VIAS: readonly Via[] = [];

export const NO_TOKENS: Token[] = [];

/** Two straight apostrophes typed as one double mark (''like this''): a token of its own, either way. */
const DOUBLED_APOSTROPHE = "''";

/**
 * Opening and closing quotation marks and sentence-final marks, as tests on a token's text: each
 * is one character, so a code comparison answers what a Set of strings would (these run per token).
 */
export function isOpenQuote(s: string): boolean {
  if (s.length !== 1) return s === DOUBLED_APOSTROPHE;
  const c = s.charCodeAt(0);
  return c === 34 || c === 0x201c || c === 0x201e || c === 0xab;
}

export function isCloseQuote(s: string): boolean {
  if (s.length !== 1) return s === DOUBLED_APOSTROPHE;
  const c = s.charCodeAt(0);
  return c === 34 || c === 0x201d || c === 0xbb || c === 39;
}

/** Sentence-final marks: . ! ? and the ellipsis. */
export function isFinal(s: string): boolean {
  if (s.length !== 1) return false;
  const c = s.charCodeAt(0);
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/**
 * Text offsets (the cue starts a quotation's cue clause used), one byte per offset of the text,
 * made at the first `add` (many documents have none). A Set of numbers was a hash insert per
 * quotation, which showed on quotation-dense text.
 */
export class Offsets {
  private marks: Uint8Array | null = null;

  constructor(private readonly size: number) {}

  add(pos: number): void {
    if (pos < 0 || pos >= this.size) return;
    (this.marks ??= new Uint8Array(this.size))[pos] = 1;
  }

  has(pos: number): boolean {
    return this.marks !== null && this.marks[pos] === 1;
  }
}
