/**
 * A report inside a relative clause whose gap is the reported clause's subject: "the man who Brown
 * said was driving", "a friend whom Ford claims was at the party", "the memo that officials say is
 * missing". The relative pronoun stands for the subject of what was said, so the words after the
 * cue ("was driving") are no clause of their own; and the whole phrase, up to the next verb, is the
 * subject of the sentence ("The man who Brown said was driving told police ..."), whose head is the
 * noun before the pronoun, not the last noun before the verb ("the party").
 */
import { BRIDGE_VERB_LEMMAS } from '../data/bridge-verbs';
import { CUES } from '../data/cues';
import { DETERMINERS, FINITE_VERBS } from '../data/speaker-words';
import { isCap, isQuoted, isWord, MAY_CUE, type Token } from './tokens';
import { speakerBefore } from './speaker-phrase';

const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whom', 'that']);

/** Words between the relative pronoun and the inner cue: its subject ("Brown", "the Ramirez family"). */
const MAX_INNER_SUBJECT = 4;
/** Words from the reported verb to the sentence's own cue ("was at the party" before "says"). */
const MAX_PREDICATE = 6;

/**
 * Rule cue/relative-gap-report: the cue at `i` (its subject phrase opening after `boundary`) sits in
 * a relative clause, its pronoun among the few words before the cue, and the word after the cue
 * (`after`) is a finite verb with no subject of its own ("that Jones claimed was at the party",
 * "The man who Brown said was driving"; "What Smith said was false", whose "what" is the subject):
 * the pronoun's index, or -1. The speaker is who comes after the pronoun ("Brown"), not before it.
 */
export function relativeGapPronoun(t: readonly Token[], boundary: number, i: number, after: number): number {
  if (after >= t.length || !FINITE_VERBS.has(t[after].lower)) return -1;
  for (let j = i - 1; j >= Math.max(0, boundary, i - 1 - MAX_INNER_SUBJECT); j--)
    if ((RELATIVE_PRONOUNS.has(t[j].lower) && !isCap(t[j])) || t[j].lower === 'what') return j;
  return -1;
}

/**
 * Where a relative-gap report's content ends when the relative clause is the subject of the
 * sentence's own cue ("that Jones claimed [was at the party] says she ..."): the token index the
 * sentence's verb group starts at (its auxiliaries included: "has denied"), or -1 when no such cue
 * follows within MAX_PREDICATE words.
 */
export function gapReportEnd(t: Token[], after: number): number {
  for (let m = after + 1; m < t.length && m <= after + MAX_PREDICATE + 1; m++) {
    if (!isWord(t[m])) return -1;
    if (!(t[m].flags & MAY_CUE) || relativeGapHead(t, m) === null) continue;
    let e = m;
    while (e - 1 > after && FINITE_VERBS.has(t[e - 1].lower)) e--;
    return e;
  }
  return -1;
}

/**
 * Rule speaker/relative-gap-head: the subject of the cue at `i` when a relative clause holding a
 * report ("that Jones claimed was at the party") runs up to it: the noun phrase before the relative
 * pronoun ("A third person"), as `speakerBefore` finds it. Null when no such clause runs up to the
 * cue: only words, and at most MAX_PREDICATE of them, from the reported verb to the cue (a comma, a
 * quotation or another relative pronoun ends the search).
 */
export function relativeGapHead(t: Token[], i: number, floor = 0): ReturnType<typeof speakerBefore> {
  const stop = Math.max(floor + 2, i - MAX_PREDICATE - 2);
  for (let k = i - 2; k >= stop; k--) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w) || RELATIVE_PRONOUNS.has(w.lower)) return null;
    if (!(w.flags & MAY_CUE) || isCap(w) || !FINITE_VERBS.has(t[k + 1].lower)) continue;
    // "The letters that Moss wrote were burned": what Moss wrote is the relative's object.
    if (!isBridgeVerb(w.lower)) return null;
    // "the facts that I was to reveal were covered": an infinitive is no report's finite verb; "that
    // the report does state": after a determiner the cue word is a noun.
    if (!isWord(t[k - 1]) || t[k - 1].lower === 'to' || DETERMINERS.has(t[k - 1].lower)) return null;
    // The inner cue's own subject, then the pronoun.
    for (let j = k - 2; j >= Math.max(floor + 1, k - 1 - MAX_INNER_SUBJECT); j--) {
      if (!isWord(t[j])) return null;
      if (!RELATIVE_PRONOUNS.has(t[j].lower) || isCap(t[j])) continue;
      if (!isWord(t[j - 1]) || RELATIVE_PRONOUNS.has(t[j - 1].lower)) return null;
      return speakerBefore(t, j, floor);
    }
    return null;
  }
  return null;
}

/** A cue word whose clause can give up its subject to a relative pronoun ("said", "claims"; not "wrote"). */
function isBridgeVerb(lower: string): boolean {
  const lemma = CUES.get(lower)?.lemma;
  return lemma !== undefined && !isObjectRelative(lemma);
}

/**
 * Rule cue/object-relative (a rejection): the cue (`lemma`) in a gap pronoun's clause takes a noun
 * phrase as its object ("The letters that Moss wrote were burned", "What the agency announced was
 * late"), so the pronoun is that object and the finite verb after the cue is the sentence's own: no
 * report. Only bridge verbs ("said", "claims") give up their clause's subject to the pronoun.
 */
export function isObjectRelative(lemma: string): boolean {
  return !BRIDGE_VERB_LEMMAS.has(lemma);
}
