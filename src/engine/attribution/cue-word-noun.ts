/**
 * A cue word that is the speaker phrase's noun, not a verb (speaker-phrase.ts walks back over it):
 * "the report says", "the agency's report said", and, right before a finite cue verb, after up to
 * three modifiers of any case, "the FAA report stated", "the county engineering report said"
 * (issue 16, PolNeAR dev: a quotation credited to "the IMF report stated" had no speaker, the walk
 * stopping at "report" read as a verb). Two finite verbs do not stand in a row, so the first is
 * the noun. Reads at most four tokens back.
 */
import { CUES } from '../data/cues';
import {
  AUX,
  DETERMINERS,
  FINITE_VERBS,
  IRREGULAR_PAST,
  NP_STOP,
  PHRASE_PREPS,
  POSTMODIFIER_PREPS,
  SUBJECT_PRONOUNS,
} from '../data/speaker-words';
import { isCap, isQuoted, isWord, MAY_CUE, type Token } from './tokens';
import { isAdverb } from './cue';
import { HAVE_FORMS, MID_ADVERBS, PLURAL_LINKS } from '../data/finite-heads';

/** A cue word other than a participle, read as a verb: not a noun after a determiner ("The reports, ..."). */
export function isCueVerbAt(t: Token[], k: number, floor: number): boolean {
  const w = t[k];
  if (!isWord(w) || isCap(w)) return false;
  const info = CUES.get(w.lower);
  return info !== undefined && !info.participle && !isNounAfterDeterminer(t, k, floor);
}

/** "the report", "a new report", "the agency's report": a cue word's noun form after a determiner or possessive (at most one modifier between). */
export function isNounAfterDeterminer(t: Token[], k: number, floor: number): boolean {
  const info = CUES.get(t[k].lower);
  if (info && objectOfPreposition(t, k, floor)) return true;
  if (!info || (info.cls !== 'say' && info.cls !== 'weak')) return false;
  // "the warning says", "the county warning said": an -ing form between a determiner and a finite
  // verb of saying is a noun, never the progressive (that needs "is" before it).
  if (!(info.base || t[k].lower === `${info.lemma}s`)) return isIngNoun(t, k, floor);
  if (isPluralCueNoun(t, k, floor)) return true;
  let p = k - 1;
  // "..., and the report said", "Yesterday the report said": the determiner right before it, a
  // verb after it (the modifier step below would take "the" for a modifier and read on to "and").
  if (p > floor && isWord(t[p]) && DETERMINERS.has(t[p].lower) && isFiniteOrBase(t[k + 1])) return true;
  // One modifier ("a new report").
  if (p > floor && isWord(t[p]) && !isCap(t[p]) && !NP_STOP.has(t[p].lower) && !CUES.has(t[p].lower)) p--;
  if (p < floor || !isWord(t[p])) return false;
  const w = t[p].lower;
  return (
    DETERMINERS.has(w) || (isCap(t[p]) && (w.endsWith("'s") || w.endsWith('\u2019s'))) || beforeFiniteCue(t, k, floor)
  );
}

/**
 * "critics of the plan say", "opponents of the ban said", "advisers to the campaign say": a cue
 * word of any sense right after a determiner that follows a preposition is that preposition's
 * object, a noun (a verb never stands there), when a finite or base verb follows it.
 */
function objectOfPreposition(t: Token[], k: number, floor: number): boolean {
  if (k - 2 < floor || !isWord(t[k - 1]) || !DETERMINERS.has(t[k - 1].lower) || !isWord(t[k - 2])) return false;
  // Before a finite or base verb only: "with a joke saying ..." is a manner phrase, no subject.
  if (!isFiniteOrBase(t[k + 1])) return false;
  const p = t[k - 2].lower;
  return PHRASE_PREPS.has(p) || POSTMODIFIER_PREPS.has(p);
}

/**
 * "the warning says", "the county warning said": an -ing form between a determiner (and at most
 * MODIFIERS words) and a finite verb of saying is a noun, never the progressive (that needs "is").
 */
export function isIngNoun(t: Token[], k: number, floor: number): boolean {
  if (!t[k].lower.endsWith('ing') || !hasFiniteCueAfter(t, k)) return false;
  return (k - 1 >= floor && isWord(t[k - 1]) && DETERMINERS.has(t[k - 1].lower)) || beforeFiniteCue(t, k, floor);
}

/**
 * "this internal grumbling took place", "the constant warning was ignored": an -ing form after a
 * determiner (and at most one lower-case modifier) right before a finite verb of any sense is that
 * verb's subject, a noun; a participle cue would need its own subject before the determiner.
 */
export function isIngSubjectOfVerb(t: Token[], k: number): boolean {
  if (!t[k].lower.endsWith('ing') || !isFiniteVerb(t[k + 1])) return false;
  let p = k - 1;
  if (p > 0 && isWord(t[p]) && !isCap(t[p]) && !isDeterminer(t[p].lower) && !CUES.has(t[p].lower)) p--;
  return p >= 0 && isWord(t[p]) && isDeterminer(t[p].lower);
}

function isDeterminer(lower: string): boolean {
  return DETERMINERS.has(lower) || lower === 'this' || lower === 'that';
}

/**
 * "A police report was filed", "the new plan is dead": a cue in its base form after a determiner
 * (and at most one word) and right before a singular "was"/"is"/"has" is a singular noun, the
 * subject of that verb. Plural subjects with a gap ("a policy experts say could fail", "what Trump
 * says is false") are reports PolNeAR counts, so "say"/"says" before an auxiliary stay cues.
 */
export function isNounBeforeSingularVerb(t: Token[], k: number): boolean {
  const info = CUES.get(t[k].lower);
  const next = t[k + 1];
  if (!info?.base || !next || !SINGULAR_VERBS.has(next.lower)) return false;
  if (k >= 1 && isWord(t[k - 1]) && isDeterminer(t[k - 1].lower)) return true;
  // "A police report was": one modifier, not a plural noun ("who the victims say was ..." reports).
  const modifier = t[k - 1];
  return (
    k >= 2 &&
    isWord(modifier) &&
    (isCap(modifier) || !modifier.lower.endsWith('s')) &&
    isWord(t[k - 2]) &&
    isDeterminer(t[k - 2].lower)
  );
}

const SINGULAR_VERBS: ReadonlySet<string> = new Set(['was', 'is', 'has']);

/** "was", "took", "erupted": a finite verb (a lower-case past in -ed, an irregular past, an auxiliary). */
function isFiniteVerb(w: Token | undefined): boolean {
  if (!w || !isWord(w) || isCap(w)) return false;
  return FINITE_VERBS.has(w.lower) || IRREGULAR_PAST.has(w.lower) || (w.lower.length > 4 && w.lower.endsWith('ed'));
}

/** A lower-case word that is no participle: the verb after a subject ("said", "say"), not "saying". */
function isFiniteOrBase(w: Token | undefined): boolean {
  return !!w && isWord(w) && !isCap(w) && !w.lower.endsWith('ing');
}

/** Is t[k + 1] a finite verb of saying: not the base ("report say") nor the participle ("report saying")? */
function hasFiniteCueAfter(t: Token[], k: number): boolean {
  const next = t[k + 1];
  if (!next || !isWord(next) || isCap(next)) return false;
  const info = CUES.get(next.lower);
  return !!info && next.lower !== info.lemma && !next.lower.endsWith('ing');
}

/** The most modifiers between the determiner and the noun ("the county engineering report"). */
const MODIFIERS = 3;

/** "the FAA report stated": the noun form at k, a finite cue verb right after it, a determiner and at most MODIFIERS words of no cue before it. */
function beforeFiniteCue(t: Token[], k: number, floor: number): boolean {
  if (!hasFiniteCueAfter(t, k)) return false;
  for (let p = k - 1; p >= floor && k - p <= MODIFIERS + 1; p--) {
    const w = t[p];
    if (!isWord(w)) return false;
    if (DETERMINERS.has(w.lower)) return p < k - 1;
    if (NP_STOP.has(w.lower) || (CUES.has(w.lower) && !isCap(w))) return false;
  }
  return false;
}

/**
 * "Reports from the agency say", "Early reports from the scene suggest", "the reports from Kabul":
 * a cue's -s form opening its clause (after at most a determiner and one modifier) before a
 * preposition is a plural noun; the verb "reports" would need a subject before it.
 */
export function isPluralCueNoun(t: Token[], k: number, floor: number): boolean {
  const info = CUES.get(t[k].lower);
  if (!info || t[k].lower !== `${info.lemma}s` || !isPrepositionAt(t, k + 1)) return false;
  let p = k - 1;
  // (One modifier, capitalised only when it opens the sentence: "Early reports from".)
  if (p >= floor && isWord(t[p]) && !NP_STOP.has(t[p].lower) && !CUES.has(t[p].lower) && (!isCap(t[p]) || p === 0)) p--;
  if (p >= floor && isWord(t[p]) && DETERMINERS.has(t[p].lower)) p--;
  return p < floor || !isWord(t[p]);
}

function isPrepositionAt(t: Token[], k: number): boolean {
  return k < t.length && isWord(t[k]) && (PHRASE_PREPS.has(t[k].lower) || POSTMODIFIER_PREPS.has(t[k].lower));
}

/**
 * "The mayor and the governor have questions to answer", "More basic questions also remain
 * unanswered": a cue's -s form right after a form of "have" is its object, and one before (an
 * adverb and) a plural linking verb is that verb's subject: a plural noun, never the verb. (After a
 * pronoun, "the votes she claims were stolen" is a relative gap, and stays a report.)
 */
export function isPluralNounUse(t: Token[], k: number): boolean {
  const info = CUES.get(t[k].lower);
  if (!info || t[k].lower !== `${info.lemma}s`) return false;
  const before = t[k - 1];
  if (before !== undefined && isWord(before) && HAVE_FORMS.has(before.lower)) return true;
  if (before !== undefined && isWord(before) && SUBJECT_PRONOUNS.has(before.lower)) return false;
  let n = k + 1;
  while (n < t.length && isWord(t[n]) && !isCap(t[n]) && (MID_ADVERBS.has(t[n].lower) || isAdverb(t[n]))) n++;
  return n < t.length && isWord(t[n]) && !isCap(t[n]) && PLURAL_LINKS.has(t[n].lower);
}

/** The longest aside read between a plural cue noun and the sentence's verb, in tokens. */
const ASIDE_REACH = 14;

/**
 * Rule speakers/plural-cue-noun-before-aside: "Local press reports, based on leaked emails, have
 * said ...": a cue's -s form followed by a comma, an aside and a comma, then (auxiliaries and) a
 * cue word, is the subject's noun and no verb: the verb is the cue after the aside, and a clause
 * holds one. Bounded: the aside is read for ASIDE_REACH tokens at most.
 */
export function isPluralCueNounBeforeAside(t: Token[], k: number): boolean {
  // (The comma first: this runs for every one-word cue of the cue pass.)
  if (t[k + 1]?.text !== ',') return false;
  const info = CUES.get(t[k].lower);
  if (info === undefined || t[k].lower !== `${info.lemma}s`) return false;
  for (let c = k + 2; c < t.length && c - k <= ASIDE_REACH; c++) {
    if (isQuoted(t[c]) || t[c].text === '.' || t[c].text === ';') return false;
    if (t[c].text !== ',') continue;
    let m = c + 1;
    while (m < t.length && isWord(t[m]) && AUX.has(t[m].lower)) m++;
    return m < t.length && isWord(t[m]) && !isCap(t[m]) && (t[m].flags & MAY_CUE) !== 0;
  }
  return false;
}
