/**
 * A stance or report in the passive with its agent (issue 16, recall): "The nominee has been
 * endorsed by dozens of papers", "His views were echoed by a number of tax experts", "Calls for an
 * inquiry were rejected by the council". The agent after "by" holds the stance; what it is about
 * is the clause's subject. Bounded reads: the verb chain before the cue, AGENT_WINDOW tokens after
 * it, at most SUBJECT_REACH tokens of subject.
 */
import { AUX, NP_STOP, PASSIVE_BE, TIME } from '../data/speaker-words';
import { GROUP_HEADS } from '../data/group-heads';
import { isAdverb } from './cue';
import { isFinal, isOpenQuote, type SpeakerSpan } from './draft';
import { afterOpeners } from './subject-slot';
import { isCap, isQuoted, isWord, type Token } from './tokens';

const IRREGULAR: ReadonlySet<string> = new Set(['said', 'told', 'written', 'sought', 'thought']);
/** How far after the participle "by" may stand ("was endorsed on Friday by ..."). */
const AGENT_WINDOW = 6;
/** The longest agent, and the longest subject, in tokens. */
const AGENT_REACH = 10;
const SUBJECT_REACH = 24;

export interface PassiveReport {
  /** The subject (what the stance is about), tokens [from, to). */
  content: SpeakerSpan;
  /** The agent after "by", tokens [from, to). */
  agent: SpeakerSpan;
  /** The agent was ended before a participle or reason after its head (rule cue/passive-agent-head). */
  cut: boolean;
}

/**
 * The "be" of a passive participle at token i, past the adverbs between them ("was declared",
 * "is widely / also / now believed"), or -1.
 */
export function beBefore(t: Token[], i: number): number {
  let q = i - 1;
  while (q >= 0 && isWord(t[q]) && (isAdverb(t[q]) || (AUX.has(t[q].lower) && !PASSIVE_BE.has(t[q].lower)))) q--;
  return q >= 0 && isWord(t[q]) && PASSIVE_BE.has(t[q].lower) ? q : -1;
}

/** The subject and the agent of a passive cue at token i ("X was endorsed by Y"), or null. */
export function passiveReport(t: Token[], i: number): PassiveReport | null {
  const w = t[i].lower;
  if (!(w.endsWith('ed') || IRREGULAR.has(w))) return null;
  let q = beBefore(t, i);
  if (q < 1) return null;
  // The rest of the verb chain ("has been", "could be", "are not").
  while (
    q > 0 &&
    isWord(t[q - 1]) &&
    (AUX.has(t[q - 1].lower) || t[q - 1].lower === 'not' || PASSIVE_BE.has(t[q - 1].lower))
  )
    q--;
  let by = -1;
  for (let n = i + 1; n < t.length && n - i <= AGENT_WINDOW; n++) {
    const x = t[n];
    if (!isWord(x) || isQuoted(x)) return null;
    if (x.lower === 'by') {
      by = n;
      break;
    }
  }
  if (by < 0) return null;
  let e = by + 1;
  while (
    e < t.length &&
    e - by <= AGENT_REACH &&
    isWord(t[e]) &&
    !isQuoted(t[e]) &&
    !(NP_STOP.has(t[e].lower) && t[e].lower !== 'of' && t[e].lower !== 'for') &&
    !agentModifierStarts(t, e, by)
  )
    e++;
  while (e > by + 1 && t[e - 1].lower === 'who') e--;
  const first = t[by + 1];
  if (e === by + 1 || !first || TIME.has(first.lower) || first.lower.endsWith('ing')) return null;
  if (!agentHolds(t, by + 1, e)) return null;
  // The subject: after the sentence's openers, up to the verb chain, without its closing commas.
  const s = afterOpeners(t, q);
  let end = q;
  while (end > s && !isWord(t[end - 1])) end--;
  if (end <= s || q - s > SUBJECT_REACH) return null;
  // A pronoun alone ("It was reported by ...") is no content; a relative clause's subject is not the sentence's.
  if (end - s < 2) return null;
  for (let k = s; k < end; k++)
    if (isFinal(t[k].text) || isOpenQuote(t[k].text) || t[k].text === ';' || CLAUSE_WORDS.has(t[k].lower)) return null;
  return { content: { from: s, to: end }, agent: { from: by + 1, to: e }, cut: agentModifierStarts(t, e, by) };
}

/**
 * Rule cue/passive-agent-head: the agent ends at a participle or a reason after its head ("by
 * dozens of papers ranging from ...", "by fellow doctors for promoting ...", "by critics citing
 * ..."): what follows describes the agent or says why, and the agent's head is the word before.
 */
function agentModifierStarts(t: Token[], e: number, by: number): boolean {
  if (e <= by + 1 || isCap(t[e])) return false;
  const w = t[e].lower;
  if (w.endsWith('ing') && w.length > 4) return true;
  return w === 'for' && !!t[e + 1] && isWord(t[e + 1]) && t[e + 1].lower.endsWith('ing');
}

/**
 * A past participle after "be" with "by" a few words on ("has been called a fraud by ...", "was
 * labelled a risk by ..."): passive, so its subject does not hold the stance.
 */
export function isPassiveWithBy(t: Token[], i: number): boolean {
  const w = t[i].lower;
  if (!(w.endsWith('ed') || IRREGULAR.has(w)) || beBefore(t, i) < 0) return false;
  for (let n = i + 1; n < t.length && n - i <= AGENT_WINDOW; n++) {
    if (!isWord(t[n]) || isQuoted(t[n])) return false;
    if (t[n].lower === 'by') return true;
  }
  return false;
}

/** Words that open a clause of its own inside a subject (a relative or adverbial clause). */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'who',
  'whom',
  'whose',
  'which',
  'that',
  'while',
  'when',
  'because',
  'if',
  'although',
  'though',
]);

/** An agent who can hold a stance: a name, a group or people ("dozens of papers", "many"). */
function agentHolds(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (isCap(w) && !(k === from && (w.lower === 'the' || w.lower === 'a' || w.lower === 'an'))) return true;
  }
  const head = t[to - 1].lower;
  return GROUP_HEADS.has(head) || head === 'many' || head === 'others' || head === 'some';
}
