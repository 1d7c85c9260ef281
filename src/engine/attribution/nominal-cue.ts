/**
 * Rule cue/nominal-that (issue 16, recall): a noun of saying with its "that" clause is a claim of
 * the one whose noun it is. "Critics seized on the mayor's claim that the budget was balanced",
 * "his warning that rates would rise", "Republicans expressed concern that the change could ...",
 * "She repeated her promise that taxes would not go up".
 *
 * The speaker is the subject of a light verb before the noun ("X expressed concern that", "X made
 * the argument that"), else the noun's possessor ("the mayor's", "his"). With neither ("growing
 * concerns that ...") nobody is named and no claim is made. The "that" must open the noun's
 * complement, not a relative clause about the noun ("the claim that he made on Monday", "a
 * message that resonated"): a verb right after "that", or a pronoun or name subject whose verb
 * ends the clause or meets a preposition, reads as a relative clause.
 */
import type { Range } from '../../schema/brief';
import { CUES } from '../data/cues';
import { NOMINAL_CUE_NOUNS, NOMINAL_LIGHT_VERBS } from '../data/nominal-cues';
import { PREPOSITIONS } from '../data/prepositions';
import { AUX, DETERMINERS, NP_STOP, SUBJECT_PRONOUNS, TIME } from '../data/speaker-words';
import { lowerBound } from '../text/partition';
import { contentAfter } from './clause';
import { isAdverb, isVerbLike } from './cue';
import { isFinal, isOpenQuote, mk, type Draft, type Sent } from './draft';
import { subjectNounClauseEnd } from './nominal-subject';
import { speakerBefore, strongSubject } from './speaker-phrase';
import { NOMINAL, isCap, isQuoted, isWord, type Token } from './tokens';

const SAY = CUES.get('say')!;

/** Possessive pronouns before the noun ("his claim"): the speaker, resolved like "he" ("its view" is mostly an institution nobody names nearby: no claim). */
const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** After the verb of a relative clause ("the claim that he made on Monday"): where the clause goes on without an object. */
const AFTER_GAP: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'during',
  'to',
  'for',
  'with',
  'about',
  'before',
  'after',
  'since',
  'and',
  'but',
  'was',
  'is',
  'were',
  'are',
  'has',
  'had',
]);

/** At most this many modifiers between the possessor or light verb and the noun ("his earlier, widely mocked"). */
const MODIFIERS = 2;

/** What may follow a noun of saying: its "that" clause, or "from"/"by" and the one whose words they are. */
const NOUN_LINKS: ReadonlySet<string> = new Set(['that', 'from', 'by']);

/** Pass 2b: nouns of saying with a "that" clause, sentence by sentence. */
export function nominalPass(sents: Sent[], drafts: Draft[]): void {
  let inside: DraftIndex | null = null;
  for (let si = 0; si < sents.length; si++) {
    const sent = sents[si];
    if (!(sent.flags & NOMINAL)) continue;
    const t = sent.tokens;
    for (let i = 0; i + 2 < t.length; i++) {
      const w = t[i];
      if (!(w.flags & NOMINAL) || isQuoted(w) || isCap(w) || isQuoted(t[i + 1])) continue;
      if (!NOUN_LINKS.has(t[i + 1].lower) && copularThat(t, i) < 0) continue;
      // A noun inside what another claim reports ("X told reporters the bank kept its view that ...") is part of that claim.
      inside ??= insideContent(drafts);
      if (inside.covers(w.start)) continue;
      const d = nominalClaim(t, i, sent);
      // Another report inside the clause ("..., Clinton said, “...”", "... Republicans who worry ..."): that one stands.
      if (d && !inside.startsWithin(d.start, d.end)) drafts.push(d);
    }
  }
}

interface DraftIndex {
  /** Is the position inside the content of one of the drafts? */
  covers(pos: number): boolean;
  /** Does one of the drafts' cue or content start in (from, to)? */
  startsWithin(from: number, to: number): boolean;
}

/** The drafts so far, indexed once: their spans sorted by start with the running furthest end, and their starts. */
function insideContent(drafts: readonly Draft[]): DraftIndex {
  const spans = drafts.map((d) => [d.start, d.end] as const).sort((a, b) => a[0] - b[0]);
  const starts = spans.map((s) => s[0]);
  const reach: number[] = [];
  for (let k = 0; k < spans.length; k++) reach.push(Math.max(spans[k][1], k > 0 ? reach[k - 1] : 0));
  const firsts = drafts.map((d) => (d.cueStart >= 0 ? Math.min(d.cueStart, d.start) : d.start)).sort((a, b) => a - b);
  return {
    covers(pos) {
      const k = lowerBound(starts, pos + 1) - 1;
      return k >= 0 && reach[k] > pos;
    },
    startsWithin(from, to) {
      const k = lowerBound(firsts, from + 1);
      return k < firsts.length && firsts[k] < to;
    },
  };
}

function nominalClaim(t: Token[], i: number, sent: Sent): Draft | null {
  if (!NOMINAL_CUE_NOUNS.has(t[i].lower)) return null;
  const copula = copularThat(t, i);
  if (copula >= 0) return possessorIsThat(t, i, copula, sent);
  const agent = t[i + 1].lower === 'that' ? null : agentBeforeThat(t, i);
  if (!agent && !opensComplement(t, i + 1)) return null;
  const speaker = agent?.speaker ?? lightVerbSubject(t, i) ?? possessor(t, i);
  if (!speaker) return null;
  const content = contentAfter(t, agent ? agent.that : i + 1, SAY, false);
  if (!content) return null;
  // "His claim that the levy pays for itself drew scorn": the main clause's predicate is not the claim.
  const from = (agent ? agent.that : i + 1) + 1;
  const last = lastTokenBefore(t, from, content.end);
  const end = last >= from ? t[subjectNounClauseEnd(t, i, from, last)].end : content.end;
  return mk('cue/nominal-that', t[i].text, t[i].start, sent, content.start, end, speaker, 'np', content.vias);
}

/** Forms of "be" that state what a view or claim is ("Her worry is that ..."). */
const COPULAS: ReadonlySet<string> = new Set(['is', 'was', 'remains', 'remained']);

/** "her worry is that ...": the index of the "that" after the noun at i and its copula, else -1. */
function copularThat(t: Token[], i: number): number {
  return COPULAS.has(t[i + 1]?.lower ?? '') && t[i + 2]?.lower === 'that' && !isQuoted(t[i + 2]) ? i + 2 : -1;
}

/**
 * Rule cue/nominal-is-that: "The union's view is that ...", "Her worry was that ...": a noun of
 * saying held by a possessor, stated by a copula and "that". Without a possessor ("The concern is
 * that ...", "The fear remains that ...") the writer states it: no claim.
 */
function possessorIsThat(t: Token[], i: number, that: number, sent: Sent): Draft | null {
  const speaker = possessor(t, i);
  if (!speaker) return null;
  // "Another problem with Farage's statement is that ...": a possessor inside a prepositional phrase; the copula's subject is another noun.
  let k = beforeModifiers(t, i);
  while (k > 0 && isWord(t[k - 1]) && isCap(t[k - 1])) k--;
  if (k > 0 && isWord(t[k - 1]) && (PREPOSITIONS.has(t[k - 1].lower) || t[k - 1].lower === 'to')) return null;
  const content = contentAfter(t, that + 1, SAY, false);
  if (!content) return null;
  return mk(
    'cue/nominal-is-that',
    t[i].text,
    t[i].start,
    sent,
    content.start,
    content.end,
    speaker,
    'np',
    content.vias,
  );
}

/** The longest "from"/"by" phrase between a noun of saying and its "that" clause. */
const MAX_AGENT_WORDS = 6;

/**
 * "warnings from his attorney that ...", "claims by the company that ...": the one named after
 * "from" or "by" speaks, when the "that" right after that short phrase opens the noun's complement.
 */
function agentBeforeThat(t: Token[], i: number): { speaker: Range; that: number } | null {
  const by = t[i + 1];
  if (!by || (by.lower !== 'from' && by.lower !== 'by')) return null;
  // "warnings from 2019 that ...", "claims by Monday that ...": a time, not somebody.
  const head = t[i + 2];
  if (!head || TIME.has(head.lower) || /^\d/.test(head.text)) return null;
  let k = i + 2;
  while (k < t.length && k - i - 2 < MAX_AGENT_WORDS && isWord(t[k]) && !isQuoted(t[k]) && t[k].lower !== 'that') k++;
  if (k === i + 2 || t[k]?.lower !== 'that' || !opensComplement(t, k)) return null;
  // "worries from Paris to Berlin that ...": a range of places says how widely, not who.
  if (by.lower === 'from' && t.slice(i + 3, k).some((w) => w.lower === 'to')) return null;
  return { speaker: { start: t[i + 2].start, end: t[k - 1].end }, that: k };
}

/** The modifiers before the noun at i ("the", "earlier", "widely mocked"): the index of the word before them. */
function beforeModifiers(t: Token[], i: number): number {
  let k = i - 1;
  let n = 0;
  while (k >= 0 && n < MODIFIERS && isWord(t[k]) && !isQuoted(t[k]) && !isCap(t[k]) && isModifier(t[k])) {
    k--;
    n++;
  }
  return k;
}

function isModifier(w: Token): boolean {
  return (
    !NP_STOP.has(w.lower) &&
    !AUX.has(w.lower) &&
    !CUES.has(w.lower) &&
    !POSSESSIVE_PRONOUNS.has(w.lower) &&
    !NOMINAL_LIGHT_VERBS.has(w.lower) &&
    !endsWithPossessive(w.lower)
  );
}

/** "Republicans expressed concern that", "X made the argument that", "X repeated his claim that": the light verb's subject. */
function lightVerbSubject(t: Token[], i: number): Range | null {
  let k = i - 1;
  if (k >= 0 && (DETERMINERS.has(t[k].lower) || POSSESSIVE_PRONOUNS.has(t[k].lower))) k--;
  else k = beforeModifiers(t, i);
  if (k >= 0 && (DETERMINERS.has(t[k].lower) || POSSESSIVE_PRONOUNS.has(t[k].lower))) k--;
  if (k < 1 || !isWord(t[k]) || !NOMINAL_LIGHT_VERBS.has(t[k].lower)) return null;
  const s = speakerBefore(t, k);
  if (!s || !strongSubject(t, s)) return null;
  return { start: t[s.from].start, end: t[s.to - 1].end };
}

/** "the mayor's claim", "Democrats' arguments", "his earlier warning": the possessor, without its "'s". */
function possessor(t: Token[], i: number): Range | null {
  const k = beforeModifiers(t, i);
  if (k < 0) return null;
  const w = t[k];
  if (isWord(w) && POSSESSIVE_PRONOUNS.has(w.lower)) return { start: w.start, end: w.end };
  // "Democrats' arguments": the apostrophe is a token of its own after a plural.
  if (
    !isWord(w) &&
    (w.text === "'" || w.text === '\u2019') &&
    k > 0 &&
    isWord(t[k - 1]) &&
    t[k - 1].lower.endsWith('s')
  ) {
    const s = speakerBefore(t, k);
    return s && strongSubject(t, s) ? { start: t[s.from].start, end: t[s.to - 1].end } : null;
  }
  // "the union's warning": any possessor but a time ("last year's prediction").
  if (!isWord(w) || !endsWithPossessive(w.lower) || TIME.has(w.lower.slice(0, -2))) return null;
  const s = speakerBefore(t, k + 1);
  if (!s) return null;
  return { start: t[s.from].start, end: t[s.to - 1].end - 2 };
}

function endsWithPossessive(w: string): boolean {
  const n = w.length;
  return n > 2 && w.charCodeAt(n - 1) === 115 && (w.charCodeAt(n - 2) === 39 || w.charCodeAt(n - 2) === 0x2019);
}

/** An -ing form ("cutting", "praising"): after "that" the subject of the clause, never its verb. */
function isGerund(w: Token): boolean {
  return w.lower.length > 5 && w.lower.endsWith('ing');
}

/** Does the "that" at token `at` open the noun's complement clause rather than a relative clause about the noun? */
function opensComplement(t: Token[], at: number): boolean {
  let n = at + 1;
  const first = t[n];
  if (!first) return false;
  if (isQuoted(first) || isOpenQuote(first.text)) return true;
  if (!isWord(first)) return false;
  // "a message that resonated", "the claim that was made": the relative pronoun is the subject
  // ("the claim that cutting fares would help": an -ing form is the clause's gerund subject).
  if (AUX.has(first.lower) || (isVerbLike(first.lower) && !isGerund(first)) || isAdverb(first)) return false;
  if (CUES.has(first.lower) && !CUES.get(first.lower)!.participle) return false;
  // The clause has a few words at least ("his claim that it did", not "the view that he holds").
  let words = 0;
  for (let k = n; k < t.length && words < 4; k++) {
    if (t[k].text === ',' || t[k].text === ';' || isFinal(t[k].text)) break;
    if (isWord(t[k])) words++;
  }
  if (words < 4) return false;
  // A pronoun or name subject, then its verb: "the claim that he made on Monday" has no object.
  if (SUBJECT_PRONOUNS.has(first.lower)) n++;
  else if (isCap(first)) while (n < t.length && isCap(t[n]) && isWord(t[n])) n++;
  else return true;
  while (n < t.length && isWord(t[n]) && (AUX.has(t[n].lower) || isAdverb(t[n]))) n++;
  const verb = t[n];
  if (!verb || !isWord(verb)) return false;
  const after = t[n + 1];
  if (!after || !isWord(after)) return !!after && isOpenQuote(after.text);
  return !(AFTER_GAP.has(after.lower) || TIME.has(after.lower));
}

/** The index of the last token from `from` on that ends at or before `end`. */
function lastTokenBefore(t: Token[], from: number, end: number): number {
  let k = from - 1;
  while (k + 1 < t.length && t[k + 1].end <= end) k++;
  return k;
}
