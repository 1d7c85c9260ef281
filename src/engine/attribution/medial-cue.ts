/**
 * A cue clause set inside the content: "The new museum, the mayor said, would make visitors face
 * hard truths." The content after the cue has no subject of its own: the words on both sides are
 * what was said. They are two claims of one statement, the cue clause in neither ("The new
 * museum", then "would make visitors face hard truths", which `continues` the first: see
 * continuation.ts), as PolNeAR annotates one attribution with two content fragments.
 */
import type { Range } from '../../schema/brief';
import { cueAt } from './cue';
import { isFinal, isOpenQuote, type Draft } from './draft';
import { isQuoted, isWord, type Token } from './tokens';
import { TIME } from '../data/speaker-words';
import { ADVERBIAL_OPENERS } from '../data/prepositions';

/**
 * Rule content/medial-cue: the index of the sentence's first word when the speaker phrase before
 * the cue opens after a comma at `boundary` and the cue clause closes with a comma at `after`, and
 * the words before hold no quotation, cue or clause end and are not only time or place words; else -1.
 */
export function medialContentStart(
  t: Token[],
  boundary: number,
  after: number,
  onlyAdverbial: (t: Token[], from: number, to: number, firstByPosition?: boolean) => boolean,
): number {
  if (boundary < 2 || t[boundary].text !== ',' || t[after]?.text !== ',') return -1;
  let first = -1;
  for (let k = 0; k < boundary; k++) {
    const w = t[k];
    if (isQuoted(w) || isOpenQuote(w.text) || isFinal(w.text) || w.text === ';' || w.text === ':') return -1;
    if (!isWord(w)) continue;
    if (first < 0) first = k;
    // ("The budget plan": a cue word after a determiner is the subject's noun.)
    if (cueAt(t, k) && !(k - first <= 2 && NOUN_DETERMINERS.has(t[first].lower))) return -1;
  }
  if (first < 0 || boundary - first < 2) return -1;
  // "The budget, the mayor said, was balanced": a determiner and a noun are a subject, not a time or place.
  // ("The next day, the mayor said, ...": a time.)
  if (NOUN_DETERMINERS.has(t[first].lower))
    return boundary - first <= 3 && hasTimeWord(t, first, boundary) ? -1 : first;
  // "On Monday, the mayor said, ...": when and where it was said, not what. When the rest is a bare
  // predicate ("..., she argued, would hurt families"), the words before are its subject, and the
  // sentence's first word is capitalised by its position only: it counts as the word it is
  // ("Higher taxes", "Raising taxes"), unless it opens an adverbial ("Inside the hall, ...").
  const byPosition = first === 0 && !ADVERBIAL_OPENERS.has(t[first].lower) && opensPredicate(t, after + 1);
  return onlyAdverbial(t, first, boundary, byPosition) ? -1 : first;
}

/** The words before the cue clause: from the sentence's first word to the word before the comma at `boundary`. */
export function medialHead(t: Token[], first: number, boundary: number): Range {
  return { start: t[first].start, end: t[boundary - 1].end };
}

/** Determiners that open a subject noun phrase ("The budget", "Its new plan"). */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'this',
  'these',
  'its',
  'his',
  'her',
  'their',
]);

function hasTimeWord(t: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (TIME.has(t[k].lower) || t[k].lower === 'day' || t[k].lower === 'next') return true;
  return false;
}

/** Coordinators that join the rest on without being part of it ("..., he said, and S2"). */
const JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so']);
/** The longest rest after a cue clause, in tokens. */
const REST_REACH = 60;
const RELATIVES: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * Rule content/cue-clause-continues: the content goes on after the cue clause's closing comma at c
 * ("Traffic fell, the agency said in a report, and crashes dropped", "..., the mayor said, until
 * the council paid"): the rest of the sentence, tokens [from, to), the joiner left out; or null
 * when fewer than three words or a quotation's edge is there.
 */
export function restAfterCueClause(t: Token[], c: number): { from: number; to: number } | null {
  let from = c + 1;
  if (from < t.length && JOINERS.has(t[from].lower)) from++;
  // "..., who think alike, but whom I do not know": a relative clause of its own, not the rest.
  if (from < t.length && RELATIVES.has(t[from].lower)) return null;
  // A rest longer than REST_REACH tokens is a run-on, not one statement: bounded, so a sentence of cue clauses stays linear.
  if (t.length - from > REST_REACH) return null;
  let to = t.length;
  while (to > from && !isWord(t[to - 1]) && isFinal(t[to - 1].text)) to--;
  let words = 0;
  for (let k = from; k < to; k++) {
    if (isQuoted(t[k]) || isOpenQuote(t[k].text) || t[k].text === ';') return null;
    if (isWord(t[k])) words++;
  }
  return words >= 3 ? { from, to } : null;
}

/** The head claim of the last medial cue (the cue rule returns the rest; the pass adds the head before it). */
let pendingHead: Draft | null = null;

export function setMedialHead(d: Draft): void {
  pendingHead = d;
}

/** The head claim made by the last cue rule, once (null when it made none). */
export function takeMedialHead(): Draft | null {
  const d = pendingHead;
  pendingHead = null;
  return d;
}

/** Finite verbs that open a predicate ("..., Hale said, was balanced"). */
const PREDICATE_OPENERS: ReadonlySet<string> = new Set(
  'was were is are will would could can should had has have must might may'.split(' '),
);

/** Does t[k] open the content's own predicate after a cue clause ("The budget, Hale said, was balanced")? */
export function opensPredicate(t: Token[], k: number): boolean {
  return k < t.length && isWord(t[k]) && PREDICATE_OPENERS.has(t[k].lower);
}

/**
 * Rule quotation/medial-cue-head: the words before a cue clause that leads into a quotation ("The
 * border was never secure, Tom Hale said, “and everyone knew it.”"): the same statement's first
 * part, unquoted (content/medial-cue's conditions on it). `t` are the sentence's tokens from its
 * start to the quotation, the last the cue clause's closing comma; `speakerStart` where the
 * speaker phrase opens. The head's range, or null.
 */
export function medialHeadBeforeQuote(
  t: Token[],
  speakerStart: number,
  cueStart: number,
  onlyAdverbial: (t: Token[], from: number, to: number, firstByPosition?: boolean) => boolean,
): Range | null {
  let s = t.length - 1;
  while (s > 0 && t[s].start > speakerStart) s--;
  if (t[s]?.start !== speakerStart) return null;
  // A short cue clause, speaker then cue, no comma inside ("Alan Rusbridger, called ..." is an apposition's
  // name) and no "that" after the cue ("warned that ... have, “...”" reports before the quotation).
  let afterCue = 0;
  for (let k = s; k < t.length - 1; k++) {
    if (t[k].text === ',' || t[k].lower === 'that') return null;
    if (t[k].start > cueStart && ++afterCue > 3) return null;
  }
  const first = medialContentStart(t, s - 1, t.length - 1, onlyAdverbial);
  // ("Addressing the crowd, X said, “...”": a participle's adverbial, not what was said.)
  if (first < 0 || t[first].lower.endsWith('ing')) return null;
  return medialHead(t, first, s - 1);
}
