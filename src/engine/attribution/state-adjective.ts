/**
 * Rule cue/state-adjective-that (issue 16, recall: internal-state cues): "Residents are afraid that
 * the bridge will close", "The union was incensed that the contract left out raises", "Mr. Hale
 * came away convinced that the river would flood", "she's so frustrated that the state is
 * shortchanging schools". A held state (data/state-adjectives.ts) after a form of "be" or a linking
 * verb, then "that": the clause is what the subject fears, resents or holds, a claim of the
 * subject. The subject is a name, a title, a personal pronoun other than "I", "we", "you" and "it"
 * (the writer's own state is the writer's voice: "I am afraid that ..." in a column is no report),
 * or a lower-case group ("many residents"). Negated states ("not convinced that") are left alone:
 * the clause is what the subject doubts. A content with a first-person word outside quotation marks
 * ("Frontpage is confident that the steps will guide policy toward our enemy") is the writer's
 * voice, and after an opening "While"/"Although" clause the content ends at the main clause's
 * subject. A sentence is read once, and tokenized only when its text
 * holds one of the adjectives before "that".
 */
import type { Range } from '../../schema/brief';
import { CUES } from '../data/cues';
import { LINK_PARTICLES, PARTICLE_LINKS, STATE_ADJECTIVES, STATE_DEGREES, STATE_LINKS } from '../data/state-adjectives';
import { BE_FORMS, PASSIVE_BE, PRONOUN_BE, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { lowerBound } from '../text/partition';
import { isSpaceCode } from '../text/spaces';
import { isRegexWordCode } from './text-scan';
import { contentAfter } from './clause';
import { endsWithNegation, isAdverb } from './cue';
import { mk, type Draft, type Sent } from './draft';
import { speakerBefore, strongSubject } from './speaker-phrase';
import { groupHead } from './subject-slot';
import type { TokenStream } from './token-stream';
import { isCap, isQuoted, isWord, type Token } from './tokens';

const SAY = CUES.get('say')!;
/** First- and second-person and "it" subjects: the writer's or the reader's state, or no one's. */
const NOT_SPEAKERS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'it', 'this', 'that', 'there']);

/** Pass 2c: held states with a "that" clause, sentence by sentence (none inside a claim already made). */
export function stateAdjectivePass(text: string, sents: Sent[], stream: TokenStream, drafts: Draft[]): void {
  // The adjectives before "that" in one scan of the text; each sentence holding one is read once.
  const found = stateAdjectiveStarts(text);
  if (found.length === 0) return;
  const starts = sents.map((x) => x.start);
  let covered: ((pos: number) => boolean) | null = null;
  let done = -1;
  for (let f = 0; f < found.length; f++) {
    const at = found[f];
    const si = lowerBound(starts, at + 1) - 1;
    if (si < 0 || si <= done || sents[si].end <= at) continue;
    done = si;
    const s = sents[si];
    const t = stream.sentenceTokens(s.index);
    covered ??= coverage(drafts);
    for (let i = 2; i + 1 < t.length; i++) {
      if (t[i].lower !== 'that' || isQuoted(t[i]) || covered(t[i].start)) continue;
      const d = stateClaim(t, i, s);
      if (!d) continue;
      drafts.push(d);
      // Nothing inside the claim just made starts another ("afraid that they are concerned that ...").
      while (i + 1 < t.length && t[i + 1].start < d.end) i++;
    }
  }
}

function stateClaim(t: Token[], that: number, sent: Sent): Draft | null {
  const adj = t[that - 1];
  if (!isWord(adj) || isCap(adj) || isQuoted(adj) || !STATE_ADJECTIVES.has(adj.lower)) return null;
  let k = that - 2;
  while (k > 0 && isWord(t[k]) && (STATE_DEGREES.has(t[k].lower) || isAdverb(t[k]))) k--;
  const link = t[k];
  if (!link || !isWord(link)) return null;
  let speaker: Range;
  if (PRONOUN_BE.has(link.lower)) speaker = { start: link.start, end: link.start + link.text.length - 2 };
  else {
    const verb = linkVerbAt(t, k);
    if (verb < 0) return null;
    if (endsWithNegation(t[verb - 1]?.lower ?? '') || t[verb - 1]?.lower === 'not' || t[verb + 1]?.lower === 'not')
      return null;
    const s = speakerBefore(t, verb);
    if (!s) return null;
    if (s.to - s.from === 1 && NOT_SPEAKERS.has(t[s.from].lower)) return null;
    if (!strongSubject(t, s) && !groupHead(t[s.to - 1])) return null;
    speaker = { start: t[s.from].start, end: t[s.to - 1].end };
  }
  const content = contentAfter(t, that, SAY, false);
  if (!content) return null;
  const end = subordinateEnd(t, that, content.end);
  if (firstPersonIn(t, that, end)) return null;
  return mk('cue/state-adjective-that', adj.text, adj.start, sent, content.start, end, speaker, 'np', content.vias);
}

/**
 * Rule cue/state-after-link (a rejection in the cue pass): the cue word at `i` is a held state
 * ("convinced", "persuaded") after a linking verb ("remained convinced", "came away convinced",
 * "walked out satisfied"): it is an adjective, and this pass reads it, with the subject before the
 * link, not "the delegates came away". A form of "be" is left to the cue pass.
 */
export function isStateAfterLink(t: Token[], i: number): boolean {
  if (!STATE_ADJECTIVES.has(t[i].lower) || t[i + 1]?.lower !== 'that') return false;
  let k = i - 1;
  while (k > 0 && isWord(t[k]) && (STATE_DEGREES.has(t[k].lower) || isAdverb(t[k]))) k--;
  // After "was" or "were" the cue pass reads it well ("The party was worried that ...").
  return k >= 0 && isWord(t[k]) && !isBe(t[k].lower) && !PRONOUN_BE.has(t[k].lower) && linkVerbAt(t, k) >= 0;
}

/** A form of "be" ("was", "am", "been"). */
function isBe(w: string): boolean {
  return BE_FORMS.has(w) || PASSIVE_BE.has(w);
}

/**
 * The linking verb ending at `k` ("remained", "seemed"; "came away", whose particle is at `k`):
 * its index, or -1.
 */
function linkVerbAt(t: Token[], k: number): number {
  if (STATE_LINKS.has(t[k].lower)) return k;
  return LINK_PARTICLES.has(t[k].lower) && k > 0 && PARTICLE_LINKS.has(t[k - 1].lower) ? k - 1 : -1;
}

/** Words that open a subordinate clause before the sentence's main clause ("While he is concerned that ..., he ..."). */
const OPENERS: ReadonlySet<string> = new Set([
  'while',
  'although',
  'though',
  'because',
  'since',
  'if',
  'when',
  'as',
  'whereas',
]);

/**
 * "While he is deeply concerned that X, he appears unaware that Y": when the sentence opens with a
 * subordinator, the content ends at the first comma followed by a subject pronoun or a name (the
 * main clause's subject), not at the sentence's end.
 */
function subordinateEnd(t: Token[], that: number, end: number): number {
  if (!isWord(t[0]) || !OPENERS.has(t[0].lower)) return end;
  for (let k = that + 2; k + 1 < t.length && t[k].start < end; k++) {
    if (t[k].text !== ',' || isQuoted(t[k])) continue;
    const next = t[k + 1];
    if (isWord(next) && !isQuoted(next) && (SUBJECT_PRONOUNS.has(next.lower) || isCap(next))) return t[k - 1].end;
  }
  return end;
}

/** First-person words outside quotations in the content ("... the steps vis-a-vis our enemy"): the writer's own voice, not a report. */
const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'us', 'our', 'ours', 'my', 'me']);

function firstPersonIn(t: Token[], that: number, end: number): boolean {
  for (let k = that + 1; k < t.length && t[k].start < end; k++)
    if (!isQuoted(t[k]) && FIRST_PERSON.has(t[k].lower)) return true;
  return false;
}

/** Is a position inside the content of a draft made so far? The drafts' spans sorted by start, with the running furthest end. */
function coverage(drafts: readonly Draft[]): (pos: number) => boolean {
  const spans = drafts.map((d) => [d.start, d.end] as const).sort((a, b) => a[0] - b[0]);
  const starts = spans.map((x) => x[0]);
  const reach: number[] = [];
  for (let k = 0; k < spans.length; k++) reach.push(Math.max(spans[k][1], k > 0 ? reach[k - 1] : 0));
  return (pos) => {
    const k = lowerBound(starts, pos + 1) - 1;
    return k >= 0 && reach[k] > pos;
  };
}

/**
 * Where each held-state adjective standing before white space and "that" starts, in text order:
 * the starts of the matches of `\b(?:ADJECTIVE)\s+that\b` (case-insensitive) over the whole text,
 * found without running that pattern (its scan, an alternation of 28 words tried at every
 * position, read every character of every document). A stepped search finds each "that" (most
 * steps skip four code units); one with white space before it and no `\w` after it is kept when
 * the `\w` run before that white space is an adjective of the list (`\b` stands before it).
 */
export function stateAdjectiveStarts(text: string): number[] {
  const out: number[] = [];
  // A window of four code units at s, stepped as Horspool's search would step it (by what its
  // last code unit, case folded, allows): most steps skip four.
  for (let s = 0; s + 4 <= text.length;) {
    const last = text.charCodeAt(s + 3) | 32;
    if (last !== 116) {
      s += last === 104 ? 2 : last === 97 ? 1 : 4;
      continue;
    }
    if (!isThatAt(text, s)) {
      s += 3;
      continue;
    }
    const at = adjectiveBefore(text, s);
    if (at >= 0) out.push(at);
    s += 4;
  }
  return out;
}

/** The start of the held-state adjective before the "that" at s (white space between, no `\w` after it), or -1. */
function adjectiveBefore(text: string, s: number): number {
  if (s + 4 < text.length && isRegexWordCode(text.charCodeAt(s + 4))) return -1;
  let p = s - 1;
  while (p >= 0 && isSpaceCode(text.charCodeAt(p))) p--;
  if (p === s - 1) return -1;
  let a = p;
  while (a >= 0 && isRegexWordCode(text.charCodeAt(a))) a--;
  const length = p - a;
  return length >= MIN_ADJECTIVE &&
    length <= MAX_ADJECTIVE &&
    STATE_ADJECTIVES.has(text.slice(a + 1, p + 1).toLowerCase())
    ? a + 1
    : -1;
}

const MIN_ADJECTIVE = Math.min(...[...STATE_ADJECTIVES].map((w) => w.length));
const MAX_ADJECTIVE = Math.max(...[...STATE_ADJECTIVES].map((w) => w.length));

/** Is text[at, at + 4) "that" in any mix of cases (ASCII only, as a regex without the `u` flag folds)? */
function isThatAt(text: string, at: number): boolean {
  return (
    (text.charCodeAt(at) | 32) === 116 &&
    (text.charCodeAt(at + 1) | 32) === 104 &&
    (text.charCodeAt(at + 2) | 32) === 97 &&
    (text.charCodeAt(at + 3) | 32) === 116
  );
}
