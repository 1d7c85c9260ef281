/**
 * Shapes after a cue that say nothing was reported, for contentAfter (clause.ts): an addressee
 * alone ("wrote to the Pope about ..."), a frequency ("repeat every 11 years"), a free relative
 * that is the writer's account of the words ("said what is clearly racist", "said what everyone
 * had been waiting on"), "for" after a finding or forecast verb, a cue inside a free relative
 * ("what the mayor said shocked ..."); and a thousands separator, which ends no content. Found
 * reading briefs of unseen PTC train articles (issue 16).
 */
import { AUX, BE_FORMS, DETERMINERS, FINITE_VERBS, NP_STOP, TIME_NOUNS } from '../data/speaker-words';
import { NAMING_VERBS } from '../data/naming-verbs';
import { bareClauseAt } from './bare-finding-clause';
import { isDigit } from './cue';
import { isFinal, isOpenQuote } from './draft';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Object pronouns that can be an addressee after "to" ("wrote to him"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me', 'you']);

/**
 * Is t[k] an addressee ("the Pope", "Francis", "him") with nothing said after it in its clause: the
 * clause ends, or "about" names a topic, before any comma, colon, quotation or "-ing" verb ("said to
 * me, you must ...", "wrote to the office alleging that ...": what was said follows the addressee).
 */
export function onlyAddressee(t: Token[], k: number): boolean {
  const w = t[k];
  if (!w || !isWord(w) || isQuoted(w) || !(isCap(w) || DETERMINERS.has(w.lower) || OBJECT_PRONOUNS.has(w.lower)))
    return false;
  for (let n = k + 1; n < t.length && n <= k + 12; n++) {
    const x = t[n];
    // (Only the sentence's own stop ends it: "Sen." or "(R-Colo.)" can leave a period token inside.)
    if (isFinal(x.text) && n === t.length - 1) return true;
    if (x.text === ',' || x.text === ':' || x.text === ';' || isOpenQuote(x.text) || isQuoted(x)) return false;
    if (isWord(x) && x.lower === 'about') return true;
    if (isWord(x) && x.lower.length > 4 && x.lower.endsWith('ing') && x.lower !== 'during') return false;
  }
  return false;
}

/** Frequency words that open a time phrase ("every 11 years or so", "each spring"). */
const FREQUENCY_OPENERS: ReadonlySet<string> = new Set(['every', 'each']);

/**
 * content/frequency-only (a rejection): "These patterns repeat every 11 years or so": a content of
 * at most six words that is a frequency phrase ("every" / "each", then a time noun) says how often,
 * not what.
 */
export function isFrequencyOnly(t: Token[], s: number, last: number): boolean {
  if (last - s > 5 || !FREQUENCY_OPENERS.has(t[s].lower)) return false;
  for (let k = s + 1; k <= last; k++) {
    const w = t[k].lower;
    if (TIME_NOUNS.has(w) || (w.endsWith('s') && TIME_NOUNS.has(w.slice(0, -1)))) return true;
  }
  return false;
}

/** Prepositions that open no clause after a finding or forecast verb ("projected for"; not "at least" or "in detail how"). */
export const WEAK_PREPOSITIONS: ReadonlySet<string> = new Set(['for']);

/** Is the comma at t[e] a thousands separator, a digit touching it on each side ("547,000")? */
export function isDigitGroupComma(t: Token[], e: number): boolean {
  const a = t[e - 1];
  const b = t[e + 1];
  return (
    !!a &&
    !!b &&
    a.end === t[e].start &&
    t[e].end === b.start &&
    isDigit(a.text.charCodeAt(a.text.length - 1)) &&
    isDigit(b.text.charCodeAt(0))
  );
}

/** Words that open the subject of a free relative after "what" ("what many of us thought", "what he witnessed"). */
const RELATIVE_SUBJECT_OPENERS: ReadonlySet<string> = new Set(
  'he she they we i you it many most some everyone everybody nobody someone people the a an his her their its our that this'.split(
    ' ',
  ),
);

/**
 * Is "what" at t[s] a free relative that the writer uses to characterise the words: "what is
 * clearly racist", or "what" + a subject with no "be" after it ("what many of us thought should
 * have been said")? Not a question ("questioned what kind of person gets up at 3 a.m.", "asked what
 * happened") nor the subject of a clause ("what the pier needs is a deck").
 */
export function isFreeRelativeAccount(t: Token[], s: number, last: number): boolean {
  const next = t[s + 1];
  if (!next || !isWord(next)) return false;
  if (BE_FORMS.has(next.lower)) return true;
  return (
    (RELATIVE_SUBJECT_OPENERS.has(next.lower) || isCap(next)) &&
    !hasBeAfter(t, s + 2, last) &&
    !namesAfter(t, s + 2, last)
  );
}

/**
 * Is there a naming verb (data/naming-verbs.ts, or "described") in the first words of t[from, last]?
 * "condemned what he called a brazen breach" reports the label.
 */
function namesAfter(t: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last && k <= from + 4; k++) {
    const w = t[k].lower;
    if (NAMING_VERBS.has(w) || w === 'described') return true;
  }
  return false;
}

/** Is there a form of "be" in t[from, last] (a free relative "what ..." as the subject of a clause)? */
function hasBeAfter(t: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) if (BE_FORMS.has(t[k].lower)) return true;
  return false;
}

/** Pronouns that open a free relative whose object is the thing said ("what the mayor said"). */
const FREE_RELATIVES: ReadonlySet<string> = new Set(['what', 'whatever']);

/**
 * Rule cue/free-relative-object (a rejection): "What the mayor said shocked everyone", "anyone
 * following what Lee has been promoting knows ...": the cue's object is the "what" before its
 * subject, so the words after the cue are the main clause's, not what was said. The walk back
 * reads at most seven words, none a stop word (a comma or "that" ends it), and needs a subject
 * between "what" and the cue ("what" right before it is "said what ..." read the other way).
 */
export function cueInFreeRelative(t: Token[], i: number): boolean {
  // The walk back first: most cues have no "what" before them, and the exceptions read ahead.
  if (!afterFreeRelative(t, i)) return false;
  // "what she called a breach", "what most people would consider appropriate" name or judge it;
  // "what he said was a lack of democracy" reports it, the gap the embedded clause's subject (a
  // finite verb follows the cue), and so does "what Lee says his plan would do" (a clause follows).
  const cue = t[i].lower;
  return !(
    NAMING_VERBS.has(cue) ||
    cue.startsWith('consider') ||
    FINITE_VERBS.has(t[i + 1]?.lower ?? '') ||
    colonAfter(t, i) ||
    clauseFollows(t, i + 1)
  );
}

/** Is there a "what", then a subject, within seven words before the cue at i, no stop word between? */
function afterFreeRelative(t: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 7; k--) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w)) return false;
    if (FREE_RELATIVES.has(w.lower)) return k < i - 1;
    if (NP_STOP.has(w.lower) && !AUX.has(w.lower)) return false;
  }
  return false;
}

/** A colon within a few tokens after the cue spells the "what" out ("what they claimed about us: that ..."). */
function colonAfter(t: Token[], i: number): boolean {
  for (let k = i + 1; k < t.length && k - i <= 8; k++) if (t[k].text === ':') return true;
  return false;
}

/** Possessives that open a subject ("his tax plan would ..."). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Does a clause (a short subject, then a finite auxiliary) start at t[k]? (bare-finding-clause.ts, and possessive subjects.) */
function clauseFollows(t: Token[], k: number): boolean {
  if (bareClauseAt(t, k)) return true;
  if (!POSSESSIVES.has(t[k]?.lower ?? '')) return false;
  for (let n = k + 1; n < t.length && n - k <= 5; n++) {
    if (!isWord(t[n])) return false;
    if (FINITE_VERBS.has(t[n].lower)) return n > k + 1;
  }
  return false;
}
