/**
 * Rule cue/as-predicate: a labelling verb with an object and an "as" phrase ("The senator described
 * the bill as a giveaway", "Critics have branded him as a liar", "the union cast the offer as an
 * insult", "Trump is casting himself as a champion"): the subject is the speaker, the verb the cue,
 * and the object with its "as" phrase the content. The frame is specific enough that any subject
 * phrase speaks, not only a name or a title. With the object moved out ("what analysts described
 * as age-old tactics", "an explosion that the mayor described as an intentional act") the "as"
 * phrase is the content. Active voice only: "the bill was described as ..." names no speaker and is
 * left to the other rules.
 */
import type { CueInfo } from '../data/cues';
import { AS_LIFE_STAGES, AS_NOT_PREDICATE, AS_PREDICATE_VERBS } from '../data/as-predicate-verbs';
import { PREPOSITIONS } from '../data/prepositions';
import {
  BE_FORMS,
  DASHES,
  DETERMINERS,
  FINITE_VERBS,
  IRREGULAR_PAST,
  NP_STOP,
  PASSIVE_BE,
  PRONOUN_BE,
  SUBJECT_PRONOUNS,
} from '../data/speaker-words';
import { catenativeSubject } from './catenative-cue';
import { contentAfter } from './clause';
import { gapLabelContent } from './gap-label';
import { isAdverb, isVerbLike } from './cue';
import { isCloseQuote, isOpenQuote, mk, type Draft, type Sent } from './draft';
import { segmentSpeaker, speakerBefore } from './speaker-phrase';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** The longest object between the verb and "as" ("the contempt citation against the former aide"). */
const MAX_OBJECT = 10;

/** Phrase stops that may stand inside an object after its first word ("the plan for the city", "this bill"). */
const INSIDE_OBJECT: ReadonlySet<string> = new Set(['of', 'for', 'in', 'on', 'from', 'with', 'about', 'over']);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'these', 'those']);
/** Relative words before the subject of an object gap ("what critics described as", "which she called"). */
export const GAP_RELATIVES: ReadonlySet<string> = new Set(['what', 'which', 'that', 'whom']);

/** Rule cue/as-predicate for the word at i, or null when the frame is not there. */
export function asPredicateDraft(text: string, t: Token[], i: number, sent: Sent): Draft | null {
  const w = t[i];
  const verb = AS_PREDICATE_VERBS.get(w.lower);
  const at = verb ? activeLabelVerb(t, i, verb) : null;
  if (!verb || !at) return null;
  const { after, before: b } = at;
  const as = asAfterObject(t, after);
  if (as < 0) return null;
  const subject = labelSubject(t, i, b, as === after);
  if (!subject) return null;
  // An object gap needs its relative word right before the subject ("what critics described as").
  const gap = as === after;
  if (gap && !(subject.boundary >= 0 && GAP_RELATIVES.has(t[subject.boundary].lower))) return null;
  const info: CueInfo = { lemma: verb.lemma, cls: 'act', participle: false, base: false };
  // Rule cue/gap-label (gap-label.ts): "a plan which critics dismissed as reckless", one word.
  const label = gap ? gapLabelContent(t, as + 1) : null;
  const content = label ?? contentAfter(t, gap ? as + 1 : after, info, false);
  if (!content) return null;
  const cueEnd = t[after - 1].end;
  const start = gap ? t[as + 1].start : content.start;
  // A label in a relative or a fronted clause ("which some call ... — the city", "When he referred to X as Y, I knew")
  // ends at that clause's comma or dash.
  const boundary = subject.boundary >= 0 ? t[subject.boundary].lower : '';
  const end = gap || CLAUSE_OPENERS.has(boundary) ? clauseMarkEnd(t, as + 1, content.end) : content.end;
  return mk(
    content === label ? 'cue/gap-label' : 'cue/as-predicate',
    text.slice(w.start, cueEnd),
    w.start,
    sent,
    start,
    end,
    { start: t[subject.from].start, end: t[subject.to - 1].end },
    'np',
    content.vias,
  );
}

/**
 * The verb at i in the active voice ("described", "has branded", "is casting"), or null: the token
 * after it and its particle, and the index of the word before it past adverbs and "not" (a form of
 * "be" there makes it passive, or with an -ing form progressive).
 */
export function activeLabelVerb(
  t: Token[],
  i: number,
  verb: { participle: boolean; particle: string | null },
): { after: number; before: number } | null {
  const w = t[i];
  if (!isWord(w) || isQuoted(w)) return null;
  let after = i + 1;
  if (verb.particle !== null) {
    if (t[after]?.lower !== verb.particle) return null;
    after++;
  }
  let b = i - 1;
  while (b >= 0 && isWord(t[b]) && (isAdverb(t[b]) || t[b].lower === 'not')) b--;
  const before = b >= 0 && isWord(t[b]) ? t[b].lower : '';
  if (verb.participle) {
    if (!(BE_FORMS.has(before) || PRONOUN_BE.has(before))) return null;
  } else if (PASSIVE_BE.has(before) || before === 'get' || before === 'got') return null;
  return { after, before: b };
}

/**
 * The subject of the label verb at i (`b`: the word before it past adverbs): the noun phrase
 * before a restrictive "who", the speaker phrase, a catenative's subject ("sought to cast") or, in
 * a clause with an object gap, a name set off by commas before the verb;
 * "groups on and off campus", "drawn scrutiny from some": a phrase opened by a preposition or a
 * verb names nobody.
 */
export function labelSubject(
  t: Token[],
  i: number,
  b: number,
  gap: boolean,
): { from: number; to: number; boundary: number } | null {
  // "Critics of the program, like Senator X, see it as ...": the subject before a set-off example phrase.
  const found =
    speakerBefore(t, i) ?? catenativeSubject(t, i) ?? (!gap && t[i - 1]?.text === ',' ? segmentSpeaker(t, i, 0) : null);
  // Before a restrictive "who" the walk may take in a verb ("drawn scrutiny from some who saw"): the
  // phrase is then the words right before "who", unless the walk found a determined phrase ("a
  // professor of religion at Swarthmore who called").
  const determined = found !== null && (isCap(t[found.from]) || DETERMINERS.has(t[found.from].lower));
  const subject = determined
    ? found
    : (restrictiveWhoHead(t, b) ?? (found && isSubjectOpener(t[found.from]) ? found : null));
  if (subject) return subject;
  // "the city's lawyer, Ann Lee, called “...”": the name set off before the verb, in a clause with an object gap.
  return gap && b > 0 && t[b].text === ',' ? setOffInGap(t, b) : null;
}

/** Can the word at k stand in an object that starts at `from` ("the plan for the city", not "closed", "that")? */
export function isObjectWord(t: Token[], k: number, from: number): boolean {
  const w = t[k];
  if (!isWord(w)) return false;
  if (k === from && SUBJECT_PRONOUNS.has(w.lower) && w.lower !== 'it' && w.lower !== 'you') return false;
  if (isObjectVerb(t, k, from)) return false;
  return !NP_STOP.has(w.lower) || DEMONSTRATIVES.has(w.lower) || (k > from && INSIDE_OBJECT.has(w.lower));
}

/**
 * The index of the "as" that opens a label after the object starting at `from` ("the bill as a
 * giveaway"; `from` itself for an object gap), or -1: the object is a short noun phrase with no
 * verb, clause word or punctuation, and the word after "as" opens a predicate, not "as well as",
 * "as soon as", "as he left" or "as a child".
 */
/** Subordinators whose clause holds the label and ends at its comma ("When he described X as Y, ..."). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'when',
  'after',
  'before',
  'because',
  'while',
  'if',
  'since',
  'although',
  'though',
  'once',
  'until',
  'unless',
  'whereas',
]);

/** The end of the last token before the first comma, dash, colon or semicolon from `from` on, or `end` when none comes first. */
function clauseMarkEnd(t: Token[], from: number, end: number): number {
  for (let k = from + 1; k < t.length && t[k].start < end; k++) {
    const s = t[k].text;
    if (!isQuoted(t[k]) && (s === ',' || s === ';' || s === ':' || DASHES.has(s)) && t[k - 1].end > t[from].start)
      return Math.min(end, t[k - 1].end);
  }
  return end;
}

/** A speaker phrase's first word: a name, a pronoun or a determiner or noun, not a preposition or a verb form. */
function isSubjectOpener(w: Token): boolean {
  if (isCap(w)) return true;
  return !PREPOSITIONS.has(w.lower) && !isVerbLike(w.lower) && !IRREGULAR_PAST.has(w.lower);
}

/**
 * "some who saw the comment as a dig": before a restrictive "who" (no comma) the speaker is the
 * noun phrase right before it, back to a preposition, a verb or a clause word.
 */
function restrictiveWhoHead(t: Token[], b: number): { from: number; to: number; boundary: number } | null {
  if (b < 1 || t[b].lower !== 'who' || !isWord(t[b - 1])) return null;
  let k = b - 1;
  while (k >= 0 && b - k <= 4 && isWord(t[k]) && !isQuoted(t[k]) && !NP_STOP.has(t[k].lower) && isSubjectOpener(t[k]))
    k--;
  if (k === b - 1) return null;
  return { from: k + 1, to: b, boundary: k };
}

/** "which the city's lawyer, Ann Lee, called": a name set off by commas before the verb, in a clause with an object gap. */
function setOffInGap(t: Token[], b: number): { from: number; to: number; boundary: number } | null {
  const name = speakerBefore(t, b);
  if (!name || name.boundary < 0 || t[name.boundary].text !== ',' || !isCap(t[name.from])) return null;
  return opensGap(t, name.from) ? name : null;
}

/** How far back from the subject a relative word may open an object gap ("which the city's lawyer, Ann Lee, called"). */
const GAP_REACH = 12;

/** Is there a relative word ("which", "what") shortly before the subject starting at `from`, in its clause? */
export function opensGap(t: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= GAP_REACH; k--) {
    const w = t[k];
    if (isQuoted(w) || w.text === ';' || isOpenQuote(w.text) || isCloseQuote(w.text)) return false;
    if (isWord(w) && GAP_RELATIVES.has(w.lower)) return true;
  }
  return false;
}

/** Is the object word at k a verb ("closed higher as"), not a participle after a determiner ("the proposed bill")? */
function isObjectVerb(t: Token[], k: number, from: number): boolean {
  const w = t[k];
  if (isCap(w)) return false;
  const verb = FINITE_VERBS.has(w.lower) || IRREGULAR_PAST.has(w.lower) || isVerbLike(w.lower);
  return verb && !(k > from && DETERMINERS.has(t[k - 1].lower));
}

function asAfterObject(t: Token[], from: number): number {
  let k = from;
  for (; k < t.length && k - from <= MAX_OBJECT; k++) {
    const w = t[k];
    if (!isWord(w)) {
      // "Trump’s", "so-called" come as one word; other punctuation ends the object.
      if (w.text === '-' && k > from && w.start === t[k - 1].end) continue;
      return -1;
    }
    if (w.lower === 'as' && !isQuoted(w)) break;
    if (!isObjectWord(t, k, from)) return -1;
  }
  if (k >= t.length || t[k].lower !== 'as') return -1;
  const next = t[k + 1];
  if (!next || (!isWord(next) && !isOpenQuote(next.text))) return -1;
  if (isWord(next) && AS_NOT_PREDICATE.has(next.lower)) return -1;
  if ((next.lower === 'a' || next.lower === 'an') && AS_LIFE_STAGES.has(t[k + 2]?.lower ?? '')) return -1;
  return k;
}
