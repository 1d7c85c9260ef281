/**
 * A report or judgement in the passive with nobody named (issue 16, recall): "The director was
 * accused of hiding the losses", "Peacekeepers have been blamed for the outbreak", "The vote is
 * expected to slip to June", "The ferry is thought to be safe". Somebody accuses, blames or
 * expects, and the text does not say who: the clause is a claim whose speaker is null (never a
 * guess). Only verbs with the complement that makes them a report ("accused of", "expected to",
 * "viewed as"); with a "by" agent the passive-agent rule speaks instead. Bounded reads: the verb
 * chain before the cue and at most SUBJECT_REACH tokens of subject.
 */
import type { CueInfo } from '../data/cues';
import { PASSIVE_REPORT_COMPLEMENTS } from '../data/passive-reports';
import { AUX, NP_STOP, PASSIVE_BE } from '../data/speaker-words';
import { cueAt, isAdverb, isVerbLike } from './cue';
import { isCloseQuote, isFinal, isOpenQuote } from './draft';
import { beBefore, CLAUSE_WORDS as SUBJECT_CLAUSE_WORDS } from './passive-cue';
import { afterOpeners } from './subject-slot';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Words that make the words before the verb a clause of their own, not the sentence's subject. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  ...SUBJECT_CLAUSE_WORDS,
  'after',
  'before',
  'since',
  'as',
  'once',
  'until',
  'unless',
  'whether',
  'where',
  'what',
]);
/** The longest subject, in tokens. */
const SUBJECT_REACH = 14;
/** How far after the cue a trailing cue clause (", Gowdy said") is looked for, in tokens. */
const TRAILING_REACH = 60;

/** The first token of the subject of an agentless passive report at token i ("X was accused of"), or -1. */
export function agentlessPassiveSubject(t: Token[], i: number, info: CueInfo): number {
  const complement = PASSIVE_REPORT_COMPLEMENTS.get(info.lemma);
  const next = t[i + 1];
  const w = t[i].lower;
  if (!complement || !next || !complement.has(next.lower) || !(w.endsWith('ed') || w === 'thought' || w === 'said'))
    return -1;
  let q = beBefore(t, i);
  if (q < 1) return -1;
  while (q > 0 && isWord(t[q - 1]) && (AUX.has(t[q - 1].lower) || PASSIVE_BE.has(t[q - 1].lower) || isAdverb(t[q - 1])))
    q--;
  for (let n = i + 2; n < t.length && n - i < 8; n++) {
    if (t[n].lower === 'by') return -1;
    if (!isWord(t[n])) break;
  }
  // "X had been accused of S, Gowdy said": somebody named reports the clause; that claim stands.
  for (let n = i + 2; n < t.length && n - i < TRAILING_REACH; n++)
    if (t[n].text === ',' && trailingSayer(t, n)) return -1;
  const s = afterFrontedClause(t, afterOpeners(t, q), q);
  if (s >= q || q - s > SUBJECT_REACH) return -1;
  for (let k = s; k < q; k++) {
    const x = t[k];
    if (isQuoted(x) || isOpenQuote(x.text) || isFinal(x.text) || x.text === ';' || x.text === ':') return -1;
    if (isWord(x) && (CLAUSE_WORDS.has(x.lower) || x.lower.startsWith('who') || cueAt(t, k))) return -1;
    // "Gainer released the names of clergy who ...": a verb before the passive makes it another clause's.
    if (k > s && isWord(x) && !isCap(x) && isVerbLike(x.lower)) return -1;
  }
  return s;
}

/**
 * Words that open a fronted clause or phrase before the subject ("Although ..., it is ...",
 * "Perhaps most damaging, ..."). "If" and "unless" are left out: after them the passive is a
 * hypothetical ("If he said so, he would be accused of ...").
 */
const FRONTED_OPENERS: ReadonlySet<string> = new Set([
  'although',
  'though',
  'while',
  'whereas',
  'because',
  'since',
  'when',
  'after',
  'before',
  'once',
  'until',
  'perhaps',
  'even',
]);
/** The longest subject after a fronted clause, in tokens ("it", "the two nations", "peacekeepers"). */
const FRONTED_SUBJECT_REACH = 4;

/**
 * "Although the navy is not thought able to reach the coast, it is considered a threat", "While
 * the allies have acted before, they have been criticized for ...": after a fronted clause or
 * phrase closed by a comma, the subject is the short phrase after the comma. Returns where the
 * subject starts (s unchanged when the sentence has no such clause).
 */
function afterFrontedClause(t: Token[], s: number, q: number): number {
  if (s >= q || !FRONTED_OPENERS.has(t[s].lower)) return s;
  let c = q - 1;
  while (c > s && q - c <= FRONTED_SUBJECT_REACH + 1 && t[c].text !== ',') c--;
  if (c <= s || t[c].text !== ',' || c + 1 >= q) return s;
  for (let k = c + 1; k < q; k++) {
    const x = t[k];
    if (!isWord(x) || CLAUSE_WORDS.has(x.lower) || cueAt(t, k)) return s;
    if (k > c + 1 && !isCap(x) && isVerbLike(x.lower)) return s;
  }
  return c + 1;
}

/** Where the passive's content ends: before a comma that opens another clause (", but the mayor disagrees"), else at `end`. */
export function passiveContentEnd(t: Token[], from: number, end: number): number {
  for (let k = from + 1; k + 1 < t.length && t[k].start < end; k++)
    if (t[k].text === ',' && !isQuoted(t[k]) && NEXT_CLAUSE.has(t[k + 1].lower)) return t[k - 1].end;
  return end;
}

const NEXT_CLAUSE: ReadonlySet<string> = new Set(['but', 'and', 'while', 'although', 'though', 'whereas', 'yet']);

/** ", Gowdy said", "," aides said": after the comma at c (and a closing quotation mark), a short subject with no phrase stop, then a verb of saying. */
function trailingSayer(t: Token[], c: number): boolean {
  let n = c + 1;
  if (n < t.length && isCloseQuote(t[n].text)) n++;
  const from = n;
  while (n < t.length && n - from < 5 && isWord(t[n]) && !NP_STOP.has(t[n].lower) && !cueAt(t, n)) n++;
  const cue = n > from && n < t.length ? cueAt(t, n) : null;
  return !!cue && cue.info.cls === 'say' && !cue.info.participle;
}
