/**
 * Clauses and reporting context for the caveat scan: where a clause starts and ends around a cue,
 * whether a reporting verb stands just before it ("officials said the bill will likely pass"),
 * where a closing speech tag starts ("..., officials said."), and small token tests.
 */
import type { Token } from '../text/word-tokens';
import { isSpaceCode } from '../text/spaces';
import { CONTENT_NOUNS, NUMBER_WORDS, POSITION_NOUNS, REPORTED_VERBS, TAG_TAIL, TAG_VERBS } from '../data/caveat-words';
import { authorSays } from './author-saying';
import { lazyRegExp } from '../text/lazy-regexp';

const RE_STARTS_UPPER = lazyRegExp(String.raw`^\p{Lu}`, 'u');

const REPORTED_WINDOW = 10;

/**
 * A verb of saying or thinking in the ten words before `i`, or a noun of saying or thinking that
 * opens its content clause ("a tacit acknowledgment that he may be the only one", "fears that the
 * talks could collapse"): the cue is in somebody's reported words.
 */
export function reportedBefore(toks: Token[], i: number): boolean {
  for (let k = Math.max(0, i - REPORTED_WINDOW); k < i; k++) {
    // "As I wrote, ...": the writer's own verb of saying reports nobody else (caveats/author-saying.ts).
    if (REPORTED_VERBS.has(toks[k].norm) && !authorSays(toks, k)) return true;
    if (CONTENT_NOUNS.has(toks[k].norm) && toks[k + 1]?.norm === 'that') return true;
  }
  return false;
}

/** How far back a position's colon is looked for, and how far before the colon its noun may stand, in words. */
const POSITION_WINDOW = 30;
const POSITION_NOUN_REACH = 4;

/**
 * Is the word at `i` in what a colon after a noun of position introduces ("had the same position
 * on global warming: it is caused by humans and Congress should act", PolNeAR dev news; "her
 * message to donors: ...")? The first colon back within the window decides.
 */
export function afterPositionColon(text: string, toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - POSITION_WINDOW); k--) {
    if (!hasChar(text, toks[k].end, toks[k + 1].start, 58)) continue;
    for (let m = k; m >= Math.max(0, k - POSITION_NOUN_REACH); m--) if (POSITION_NOUNS.has(toks[m].norm)) return true;
    return false;
  }
  return false;
}

const TAG_SUBJECT_MAX = 6;
const PASSIVE_BE = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were']);
const TAG_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const SAYS_MUCH = new Set([
  'lot',
  'great',
  'good',
  'much',
  'little',
  'something',
  'nothing',
  'volumes',
  'more',
  'less',
]);

/** Is the character `code` anywhere in text[from, to)? */
function hasChar(text: string, from: number, to: number, code: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/**
 * The index of the first word after which the rest of the sentence is somebody's tagged words: a
 * comma (or comma and closing quote mark), at most six words of speaker, and a verb of saying that
 * ends the clause ("..., the analyst said." / "..., said Steven Levitsky, a Harvard ..."). A cue
 * before that comma is reported speech the attribution did not claim. `toks.length` when there is
 * no such tag. The verb must close its clause, so "Clearly, he said nothing" keeps its stance.
 */
export function tagStart(text: string, toks: Token[], sentenceEnd: number): number {
  for (let k = 1; k < toks.length; k++) {
    if (!hasChar(text, toks[k - 1].end, toks[k].start, 44)) continue;
    // "He blasted X, and added, “...”": a conjunction starts a new clause, not a tag.
    if (/^(and|but|then|or)$/.test(toks[k].norm)) continue;
    for (let v = k; v < toks.length && v <= k + TAG_SUBJECT_MAX; v++) {
      if (!TAG_VERBS.has(toks[v].norm)) continue;
      // "heard" as a passive is no hearing's record: "..., how victims “must be heard,” and ..."
      // (while "..., as my client was told," still reports).
      if (v > k && toks[v].norm === 'heard' && PASSIVE_BE.has(toks[v - 1].norm)) continue;
      // A verb that opens a quotation introduces what follows: "..., he said: “...”".
      if (
        /^[\s,:]*["\u201c\u2018']/.test(text.slice(toks[v].end, toks[v].end + 4)) ||
        /^\s*:/.test(text.slice(toks[v].end, toks[v].end + 2))
      )
        continue;
      if (toks[v].norm === 'according') {
        if (toks[v + 1]?.norm === 'to') return k;
        continue;
      }
      let w = v + 1;
      // An inverted tag names its speaker after the verb: "..., said Steven Levitsky, a ...".
      const inverted = v === k && toks[w] !== undefined && RE_STARTS_UPPER.test(text[toks[w].start]);
      // So does one that opens with a determiner: "..., says the harbour master and author" (not "says
      // a lot about ...", a verdict).
      const described = v === k && TAG_DETERMINERS.has(toks[w]?.norm ?? '') && !SAYS_MUCH.has(toks[w + 1]?.norm ?? '');
      while (
        w < toks.length &&
        w <= v + (inverted ? 4 : described ? 5 : 3) &&
        (inverted || described || TAG_TAIL.has(toks[w].norm)) &&
        onlySpaceBetween(text, toks[w - 1], toks[w])
      )
        w++;
      const after =
        w < toks.length ? text.slice(toks[w - 1].end, toks[w].start) : text.slice(toks[w - 1].end, sentenceEnd);
      if (w >= toks.length || /[,;:.\u2014\u2013]/.test(after)) return k;
    }
  }
  return toks.length;
}

// No period: inside a sentence a period is an abbreviation ("Dr. Christine Ford"); the sentence
// end bounds every clause anyway. By char code: , ; : em and en dash ! ? … ( ) [ ]
const isClauseBreak = (c: number) =>
  c === 44 ||
  c === 59 ||
  c === 58 ||
  c === 0x2014 ||
  c === 0x2013 ||
  c === 33 ||
  c === 63 ||
  c === 0x2026 ||
  c === 40 ||
  c === 41 ||
  c === 91 ||
  c === 93;
/** White space and the quotation marks " ' “ ” ‘ ’, trimmed off a clause's end. */
const isTrimmed = (c: number) =>
  c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || isSpaceCode(c);

/** Longest clause a caveat takes in: a run-on "sentence" (no punctuation at all) is cut here. */
const MAX_CLAUSE = 400;

/** Where the clause holding `pos` ends (exclusive), within the sentence. */
export function clauseEnd(text: string, pos: number, limit: number): number {
  const stop = Math.min(limit, pos + MAX_CLAUSE);
  let i = pos;
  for (; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (isClauseBreak(c) || (c === 45 && text.charCodeAt(i + 1) === 45)) break;
  }
  // Cut at a word boundary when the cap, not punctuation, ended the clause.
  if (i === stop && stop < limit) while (i > pos && !isSpaceCode(text.charCodeAt(i - 1))) i--;
  let end = trimEnd(text, pos, i);
  // The sentence's own full stop is not part of the statement.
  if (i === limit && end > pos && text.charCodeAt(end - 1) === 46) end = trimEnd(text, pos, end - 1);
  return end;
}

/** Where the clause holding `pos` starts, within the sentence. */
export function clauseStart(text: string, pos: number, floor: number): number {
  const stop = Math.max(floor, pos - MAX_CLAUSE);
  let i = pos;
  while (i > stop && !isClauseBreak(text.charCodeAt(i - 1))) i--;
  if (i === stop && stop > floor) while (i < pos && !isSpaceCode(text.charCodeAt(i))) i++;
  while (i < pos && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
  return end;
}

export function isClauseInitial(text: string, toks: Token[], i: number, sentenceStart: number): boolean {
  if (i === 0) return true;
  const between = text.slice(toks[i - 1].end, toks[i].start);
  if (/[,;:\u2014\u2013(]/.test(between)) return true;
  // After a leading conjunction: "But in fact ...", "And yes, ...".
  return i === 1 && /^(but|and|so|yet|still|now)$/.test(toks[0].norm) && toks[0].start === sentenceStart;
}

export const isNumber = (t: Token | undefined) => t !== undefined && (/^\d/.test(t.norm) || NUMBER_WORDS.has(t.norm));
const RE_STARTS_LOWER = lazyRegExp(String.raw`^\p{Ll}`, 'u');
export const isLower = (text: string, t: Token) => RE_STARTS_LOWER.test(text[t.start]);

export function onlySpaceBetween(text: string, a: Token, b: Token): boolean {
  return /^\s+$/.test(text.slice(a.end, b.start));
}

/** Clause breaks of the verdict rules (contrast-verdicts.ts, judgement-structures.ts): no period, no ellipsis. */
export const VERDICT_BREAK = /[,;:?!()\u2014\u2013]/;
/** Longest stretch a verdict rule reads back or on from its cue. */
const MAX_VERDICT_REACH = 300;

/** Back from `pos` to the last `breaks` character (at most MAX_VERDICT_REACH, not before `lo`), opening marks trimmed. */
export function verdictClauseStart(text: string, pos: number, lo: number, breaks: RegExp = VERDICT_BREAK): number {
  let a = pos;
  const min = Math.max(lo, pos - MAX_VERDICT_REACH);
  while (a > min && !breaks.test(text[a - 1])) a--;
  while (a < pos && /[\s"'\u201c\u201d\u2018\u2019]/.test(text[a])) a++;
  return a;
}

/** On from `pos` to the next VERDICT_BREAK character (at most MAX_VERDICT_REACH, not past `hi`), closing marks and a period trimmed. */
export function verdictClauseEnd(text: string, pos: number, hi: number): number {
  let b = pos;
  const max = Math.min(hi, pos + MAX_VERDICT_REACH);
  while (b < max && !VERDICT_BREAK.test(text[b])) b++;
  while (b > pos && /[\s."'\u201c\u201d\u2018\u2019]/.test(text[b - 1])) b--;
  return b;
}

/** Words after which "who" opens a clause of its own ("..., and who knows what comes next"). */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'so', 'yet', 'then', 'now']);

/**
 * "a teacher who knows him": "who" right after a noun (nothing but space between) is a relative
 * pronoun, so "who knows" there is no rhetorical "Who knows?", which opens its sentence or follows
 * a comma or a conjunction.
 */
export function isRelativeWho(text: string, toks: readonly Token[], i: number): boolean {
  return (
    toks[i].norm === 'who' &&
    i > 0 &&
    !CLAUSE_JOINERS.has(toks[i - 1].norm) &&
    onlySpaceBetween(text, toks[i - 1], toks[i])
  );
}
