/**
 * Coordinated speakers: "Smith and Jones said", "The mayor and the police chief told reporters",
 * "CBS and NPR both reported", "Alice Grant, Bob Reyes and Carla Diaz said", "Tom Reyes and his
 * wife said". The speaker phrase takes in every conjunct (`coordinatedStart`, for the walk back
 * from the cue), and resolution splits it (`conjunctsOf`): each conjunct resolves on its own, the
 * claim's speaker names them all ("Ann Moss and Ted Hale") and each one's source is the claim's.
 * A conjunct is a name or a noun phrase with a person or body head; anything else ("The dispute
 * between Smith and Jones", "the bill passed and the mayor said", "Procter and Gamble") is no
 * coordination, and the phrase is read as before.
 */
import type { Range } from '../../schema/brief';
import { PREPOSITIONS } from '../data/prepositions';
import { PERSON_HEADS } from '../data/speaker-heads';
import { ANONYMOUS_HEADS, OFFICIAL_TITLES, SPEAKER_PRONOUNS } from '../data/source-terms';
import { MONTHS_AND_DAYS } from '../data/speaker-words';
import type { NameSpan } from '../text/names';
import { isVerbLike } from './cue';
import { CUES } from '../data/cues';
import { ORG_HEADS } from '../data/organizations';
import { TITLE_WORDS } from '../data/titles';
import type { Mentions } from './actor-mentions';
import type { Resolved } from './resolved';
import { isCap, isWord, type Token, withoutFinalPeriod } from './tokens';

/** Words that may open a conjunct before its head ("the mayor", "his wife"). */
const OPENERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our']);
/** Lower-case words a coordinated subject may follow ("such as X and Y", "both X and Y", "then X and Y"). */
const OPEN_BEFORE: ReadonlySet<string> = new Set([
  'as',
  'like',
  'both',
  'and',
  'but',
  'then',
  'while',
  'when',
  'because',
]);
/** "CBS and NPR both reported": a floating word after the conjuncts, no part of any. */
const FLOATING: ReadonlySet<string> = new Set(['both', 'all', 'each', 'together', 'jointly']);
/** The most words in one conjunct, and the most conjuncts. */
const MAX_WORDS = 6;
const MAX_CONJUNCTS = 5;

/** Can a conjunct end in this word: a name, or a head noun of a person or body ("chief", "police", "wife")? */
function isHeadEnd(w: Token): boolean {
  if (isCap(w)) return !MONTHS_AND_DAYS.has(w.lower) && !SPEAKER_PRONOUNS.has(w.lower) && w.lower !== 'i';
  const bare = withoutFinalPeriod(w.lower);
  const one = bare.endsWith('s') ? bare.slice(0, -1) : bare;
  return [bare, one].some((x) => PERSON_HEADS.has(x) || ANONYMOUS_HEADS.has(x) || OFFICIAL_TITLES.has(x));
}

/** Is t[from, to) one conjunct: words only, an opener then modifiers, no verb, ending in a head? */
function isConjunct(t: readonly Token[], from: number, to: number): boolean {
  if (to <= from || to - from > MAX_WORDS || !isHeadEnd(t[to - 1])) return false;
  const named = isCap(t[to - 1]);
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (!isWord(w) || (k > from && OPENERS.has(w.lower))) return false;
    if (isCap(w)) continue;
    // "Mayor Ann Moss", "the Rev. Al Gore": a name's words are capitalised, an opener aside.
    if (named && !(k === from && OPENERS.has(w.lower))) return false;
    if (PREPOSITIONS.has(w.lower) || isVerbLike(w.lower) || CUES.has(w.lower) || w.lower === 'and' || w.lower === 'or')
      return false;
  }
  return true;
}

/** Where the conjunct ending at t[end] (inclusive) starts, walking back to `floor` or a non-word; -1 if none fits. */
function conjunctBefore(t: readonly Token[], end: number, floor: number): number {
  let k = end;
  while (k > floor && isWord(t[k - 1]) && end - k < MAX_WORDS && !OPENERS.has(t[k].lower)) {
    const w = t[k - 1];
    if (w.lower === 'and' || (!isCap(w) && (PREPOSITIONS.has(w.lower) || isVerbLike(w.lower)))) break;
    k--;
  }
  return k >= floor && isConjunct(t, k, end + 1) ? k : -1;
}

/**
 * The speaker span [from, to) the walk back from a cue found ("the police chief", "Carla Diaz"):
 * its start moved back over conjuncts joined to it ("The mayor and", "Alice Grant, Bob Reyes and"),
 * or `from` unchanged. The first conjunct must open the clause (at `floor` or after a mark).
 */
export function coordinatedStart(t: readonly Token[], from: number, to: number, floor: number): number {
  if (!isConjunct(t, from, to) && !isJoinedNames(t, from, to)) return from;
  let start = from;
  let joined = false;
  for (let k = from; k < to; k++) if (t[k].lower === 'and') joined = true;
  for (let n = 1; n < MAX_CONJUNCTS; n++) {
    let sep = start - 1;
    if (sep <= floor) break;
    const and = t[sep].lower === 'and';
    if (!and && !(t[sep].text === ',' && joined)) break;
    if (and && t[sep - 1]?.text === ',') sep--;
    const left = sep - 1 >= floor ? conjunctBefore(t, sep - 1, floor) : -1;
    if (left < 0) break;
    [start, joined] = [left, true];
  }
  if (start === from || (start > floor && isWord(t[start - 1]))) return from;
  return start;
}

/** "Smith and Jones" as the walk already joins it (capitalised words around "and"). */
function isJoinedNames(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to - 1; k++)
    if (t[k].lower === 'and') return isConjunct(t, from, k) && isConjunct(t, k + 1, to);
  return false;
}

/**
 * The conjuncts of a speaker phrase's tokens `t` (marks included), as text ranges, or null when it
 * is not a coordination of speakers. An apposition after a name ("Anna Smith, a nurse, and ...")
 * is left out; an "and" inside a name ("Procter and Gamble") joins nothing.
 */
export function conjunctsOf(
  stretch: { tokens: readonly Token[]; first: number; end: number },
  names: readonly NameSpan[],
  mentions: Mentions,
): Range[] | null {
  const { tokens, first: at } = stretch;
  // "attack Afrin and President Erdogan has threatened": after a lower-case word the names are its
  // object, not a subject ("such as X and Y" aside).
  const before = at > 0 ? tokens[at - 1] : null;
  if (before && isWord(before) && !isCap(before) && !OPEN_BEFORE.has(before.lower)) return null;
  const t = tokens.slice(at, stretch.end);
  let end = t.length;
  while (end > 0 && (!isWord(t[end - 1]) || FLOATING.has(t[end - 1].lower))) end--;
  // "Both Mr. King and Ed Schultz say": the floating word may open the phrase too.
  const first = t.length > 0 && FLOATING.has(t[0].lower) ? 1 : 0;
  let and = false;
  for (let k = 0; k < end; k++) if (t[k].lower === 'and' && !insideName(t[k], names, mentions)) and = true;
  if (!and) return null;
  const parts: Range[] = [];
  let from = first;
  let afterComma = false;
  let oneWordBefore = false;
  for (let k = first; k <= end; k++) {
    const sep = k === end || t[k].text === ',' || (t[k].lower === 'and' && !insideName(t[k], names, mentions));
    if (!sep) continue;
    if (k > from) {
      // "Anna Smith, a nurse, and ...": a described role after a name is that name's, no speaker of its own.
      const apposition = afterComma && parts.length > 0 && OPENERS.has(t[from].lower) && !isCap(t[k - 1]);
      if (!apposition) {
        if (!isConjunct(t, from, k) && !isName(t, from, k, names)) return null;
        // "Trade and Industry Secretary Ian Lang": a title's words joined by "and", one person.
        if (parts.length > 0 && oneWordBefore && hasTitleInside(t, from, k)) return null;
        oneWordBefore = k - from === 1 && isCap(t[from]);
        const part = { start: t[from].start, end: t[k - 1].end };
        // A name must be an actor's ("Customs and Border Protection" is one body, "Meanwhile, X" no list).
        const actor = !isCap(t[k - 1]) || actorWithin(mentions, part);
        // "Meanwhile, X and Y said": a first word set off by a comma that is no actor opens the clause.
        if (!actor && !(parts.length === 0 && t[k].text === ',' && k - from === 1)) return null;
        if (actor) parts.push(part);
      }
    }
    afterComma = k < end && t[k].text === ',';
    from = k + 1;
  }
  if (parts.length < 2 || parts.length > MAX_CONJUNCTS) return null;
  // "Communications and Transportation Ministry", "House Oversight and Government Reform Committee":
  // one body's name, when the last conjunct ends in a body's head and an earlier one does not.
  const last = t[end - 1];
  if (isCap(last) && ORG_HEADS.has(last.lower)) {
    for (let k = first; k < end; k++)
      if (t[k].start >= parts[parts.length - 1].start) break;
      else if (t[k].lower === 'and' && isCap(t[k - 1]) && !ORG_HEADS.has(t[k - 1].lower)) return null;
  }
  return parts;
}

/** A title word after the first word of t[from, to) ("Industry Secretary Ian Lang"). */
function hasTitleInside(t: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const w = withoutFinalPeriod(t[k].lower);
    if (TITLE_WORDS.has(w) || OFFICIAL_TITLES.has(w)) return true;
  }
  return false;
}

function insideName(w: Token, names: readonly NameSpan[], mentions: Mentions): boolean {
  for (let k = 0; k < names.length; k++) if (names[k].start < w.start && names[k].end > w.end) return true;
  // "Customs and Border Protection" as one actor's mention.
  for (let k = 0; k < mentions.starts.length && mentions.starts[k] < w.start; k++)
    if (mentions.ends[k] > w.end) return true;
  return false;
}

/** t[from, to) is exactly one name the names pass found ("Sen. Ann Moss (R-Ohio)" aside). */
function isName(t: readonly Token[], from: number, to: number, names: readonly NameSpan[]): boolean {
  for (let k = 0; k < names.length; k++)
    if (names[k].start <= t[from].start && names[k].end >= t[to - 1].end) return true;
  return false;
}

/**
 * One speaker for the conjuncts, each resolved by `resolveOne`: their names joined ("A, B and C"),
 * the first conjunct with an actor as its actor, the first conjunct's source as the speaker's and the others' after it; null when
 * a conjunct resolves to nobody (the caller reads the phrase as before).
 */
export function resolveConjuncts(parts: readonly Range[], resolveOne: (r: Range) => Resolved | null): Resolved | null {
  const all: Resolved[] = [];
  for (const p of parts) {
    const r = resolveOne(p);
    if (!r) return null;
    if (!all.some((x) => x.speaker.name === r.speaker.name)) all.push(r);
  }
  if (all.length === 1) return all[0];
  const names = all.map((r) => r.speaker.name);
  const name = `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
  const lead = all.find((r) => r.speaker.actorId !== null);
  const ids: string[] = [];
  for (const r of all) if (r.sourceId && !ids.includes(r.sourceId)) ids.push(r.sourceId);
  return {
    // The first conjunct's actor leads (the contract holds one actor per speaker); the name holds them all.
    speaker: { name, actorId: lead?.speaker.actorId ?? null, anonymous: all.every((r) => r.speaker.anonymous) },
    sourceId: ids[0] ?? null,
    moreSourceIds: ids.slice(1),
    paragraph: all[0].paragraph,
    sentence: all[0].sentence,
    person: all.some((r) => r.person),
  };
}

/** Does a phrase's words hold an "and" (a loop, no closure: asked per claim)? */
export function hasAnd(t: readonly Token[]): boolean {
  for (let k = 0; k < t.length; k++) if (t[k].lower === 'and') return true;
  return false;
}

/** Does an actor other than a place have a mention inside r (mentions are sorted by start)? */
function actorWithin(mentions: Mentions, r: Range): boolean {
  const { starts, ends, actors } = mentions;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] < r.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < starts.length && starts[k] < r.end; k++)
    if (ends[k] <= r.end && actors[k].type !== 'place') return true;
  return false;
}

/** "along with", "together with": the words that add company to a speaker. */
const ACCOMPANIED: ReadonlySet<string> = new Set(['along', 'together']);

/** Index of "along"/"together" before "with" (not first) in a phrase's words, or -1. A loop, no closure: this runs per claim. */
export function accompaniedAt(t: readonly Token[]): number {
  for (let k = 1; k < t.length; k++) if (ACCOMPANIED.has(t[k].lower) && t[k + 1]?.lower === 'with') return k;
  return -1;
}
