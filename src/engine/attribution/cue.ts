/**
 * The cue at a token ("said", "told", "according to", "is calling"), the word predicates its rules
 * use (a plural head, a pronoun, a verb-like word, a negation, a possessive), and the channels
 * named after a cue ("on Telegram", "in a statement").
 */
import { isEmptyObject } from './empty-object';
import { CONTENT_SUBORDINATORS, EMPTY_CONTENT, NOT_VERBS, OPENING_TIME_WORDS } from '../data/clause-words';
import { ELLIPSIS_VERBS } from '../data/ellipsis-words';
import { PREPOSITIONS, SAY_FOR_EXAMPLE_AFTER } from '../data/prepositions';
import { ANONYMOUS_HEADS, SOURCING_ADJECTIVES } from '../data/source-terms';
import { NUMBER_WORDS } from '../data/caveat-words';
import { COMMA_PARTICIPLES, CUES, PROGRESSIVE_CUES, TWO_WORD_CUE_HEADS, type CueInfo } from '../data/cues';
import { PASSIVE_BEFORE_TO, PASSIVE_REPORT_COMPLEMENTS } from '../data/passive-reports';
import { POINTED_BACK_DETERMINERS, POINTED_BACK_NOUNS, PRO_FORM_OBJECTS, PRO_FORM_TAILS } from '../data/pro-form-tails';
import {
  AUX,
  BE_FORMS,
  DETERMINERS,
  LY_ADJECTIVES,
  LY_NOUNS,
  NP_STOP,
  PLURAL_COLLECTIVES,
  PRONOUN_BE,
  SINGULAR_QUANTIFIERS,
  SUBJECT_PRONOUNS,
  TIME,
  TIME_DETERMINERS,
} from '../data/speaker-words';
import { NO_VIAS, type Draft, type Via } from './draft';
import type { Trace } from '../trace';
import { pluralHeadBeforePlace } from './plural-place-head';
import { thoseHeadBefore } from '../speakers/those-head';
import { isPerceivedBareVerb } from '../speakers/perception-verb';
import { isQuantifierSubjectCue } from './quantifier-subject';
import { MAY_CUE, isCap, isQuoted, isWord, type Token } from './tokens';

/**
 * "among say farmers", "a city like, say, Lyon", "could, say, raise taxes": a bare "say" after a
 * preposition or "like", or set off by commas on both sides, means "for example" and reports nothing.
 */
function isSayForExample(t: Token[], i: number, before: Token): boolean {
  if (before.text === ',') {
    if (t[i + 1]?.text === ',') return true;
    const b2 = i > 1 ? t[i - 2] : undefined;
    return !!b2 && isWord(b2) && SAY_FOR_EXAMPLE_AFTER.has(b2.lower);
  }
  return isWord(before) && SAY_FOR_EXAMPLE_AFTER.has(before.lower);
}

/** The words that end a topic cue ("spoke of", "talked about"), which a manner adverb may precede. */
const TOPIC_PARTICLES: ReadonlySet<string> = new Set(['of', 'about']);

/**
 * Rule cue/time-inside-cue: "called Friday for new talks", "pointed again to the audit": a time
 * word (not one that opens a time phrase, "this", "last") between the two words of a two-word cue.
 */
function timeInsideCue(w: Token, next: Token, third: Token | undefined): CueInfo | undefined {
  if (!third || !isWord(third) || isCap(third) || !TIME.has(next.lower) || TIME_DETERMINERS.has(next.lower)) return;
  return CUES.get(`${w.lower} ${third.lower}`);
}

/** The claims of one sentence's cue pass (drafts from `from` on) whose cue has a time word inside: the trace names the rule. */
export function traceTimeInsideCues(trace: Trace, drafts: readonly Draft[], from: number): void {
  for (let k = from; k < drafts.length; k++) {
    const cue = drafts[k].cue?.split(' ');
    if (cue?.length === 3 && TIME.has(cue[1].toLowerCase()) && CUES.has(`${cue[0].toLowerCase()} ${cue[2]}`))
      trace.add('claim', drafts[k].start, drafts[k].end, 'cue/time-inside-cue');
  }
}

/**
 * A two-word cue at i read like a one-word one: capitalised mid-sentence it is a name or title
 * ("Mayors Call For ..." in a Title Case headline: only the -s form counts there); after "is"/"are"
 * its -ing form is the progressive ("are calling for"), a finite verb, not a participle.
 */
function twoWordCue(t: Token[], i: number, info: CueInfo, heading: boolean): ReturnType<typeof cueAt> {
  const w = t[i];
  if (isCap(w) && i > 0 && !(heading && w.lower.endsWith('s'))) return null;
  const before = i > 0 ? t[i - 1] : undefined;
  const progressive = info.participle && !!before && (BE_FORMS.has(before.lower) || PRONOUN_BE.has(before.lower));
  return { info: progressive ? { ...info, participle: false } : info, words: 2, text: `${w.text} ${t[i + 1].text}` };
}

/** The cue starting at token i (one, two or three words), if any. */
export function cueAt(t: Token[], i: number, heading = false): { info: CueInfo; words: number; text: string } | null {
  const w = t[i];
  if (!isWord(w) || isQuoted(w) || !(w.flags & MAY_CUE)) return null;
  if (i > 0 && afterLet(t, i)) return null;
  const next = t[i + 1];
  if (next && isWord(next) && TWO_WORD_CUE_HEADS.has(w.lower)) {
    const two = `${w.lower} ${next.lower}`;
    const info2 = CUES.get(two);
    if (info2) return twoWordCue(t, i, info2, heading);
    const third = t[i + 2];
    const info3 = third && isWord(third) ? CUES.get(`${two} ${third.lower}`) : undefined;
    if (info3) return { info: info3, words: 3, text: `${w.text} ${next.text} ${third.text}` };
    // "spoke emotionally of", "talked openly about": a manner adverb inside a topic cue.
    if (third && isWord(third) && TOPIC_PARTICLES.has(third.lower) && isAdverb(next)) {
      const gapped = CUES.get(`${w.lower} ${third.lower}`);
      if (gapped) return { info: gapped, words: 3, text: `${w.text} ${next.text} ${third.text}` };
    }
    const timed = timeInsideCue(w, next, third);
    if (timed) return { info: timed, words: 3, text: `${w.text} ${next.text} ${third.text}` };
  }
  // (No read at index -1: an out-of-bounds read leaves V8's fast path, and this runs per word.)
  const before = i > 0 ? t[i - 1] : undefined;
  // The progressive after a form of "be" ("is calling", "He’s claiming") is the verb, whatever the -ing form alone would be.
  if (
    before &&
    isWord(before) &&
    !isCap(w) &&
    (BE_FORMS.has(before.lower) || PRONOUN_BE.has(before.lower)) &&
    PROGRESSIVE_CUES.has(w.lower)
  ) {
    return { info: PROGRESSIVE_CUES.get(w.lower)!, words: 1, text: w.text };
  }
  const info = CUES.get(w.lower);
  if (!info) return commaParticiple(t, i);
  // After a determiner or a possessive it is a noun: "widespread reports", "her claims", "Trump's remarks"
  // ("He’s argued that ...": a pronoun's "’s" is "has", no possessive).
  // "Some say ...", "But many argue ...": a quantifier opening its clause is the subject (rule cue/quantifier-subject).
  const quantifier = !!before && isQuantifierSubjectCue(t, i, info);
  if (
    before &&
    isWord(before) &&
    ((DETERMINERS.has(before.lower) && !quantifier && !endsOutletName(t, i)) ||
      before.lower === 'of' ||
      (endsWithPossessive(before.lower) && !PRONOUN_BE.has(before.lower)))
  )
    return null;
  if (info.base && before && !quantifier && isBaseFormAfterSingularName(t, i, before)) return null;
  if (before && PRONOUN_BE.has(before.lower) && isContractedPassive(t, i, info.lemma)) return null;
  if (w.lower === 'say' && before && isSayForExample(t, i, before)) return null;
  // "In one tweet Friday", "another promise": a base form after a singular quantifier is a noun.
  if (info.base && before && isWord(before) && SINGULAR_QUANTIFIERS.has(before.lower)) return null;
  // "In one alleged incident", "in two reported cases": after a count that is a preposition's
  // object, any cue form is a modifier of the noun that follows.
  if (before && i > 1 && isCountAfterPreposition(before, t[i - 2]) && !(i > 2 && isCount(t[i - 3]))) return null;
  // A capitalised cue word mid-sentence is a name or title ("Warren Report", "Sen. Claims"), not a
  // verb; in a Title Case headline only the -s form counts ("Obama Says ...", "..., Graham Says").
  // ("New Poll Shows ...", "Study Finds ...": a finding verb heads a headline as often as "Says".)
  if (isCap(w) && i > 0 && !(heading && w.lower.endsWith('s') && (info.cls === 'say' || info.cls === 'weak')))
    return null;
  return { info, words: 1, text: w.text };
}

/**
 * "He’s said to be ill", "She’s accused of fraud", "He’s backed by the union": after a pronoun's
 * "’s" a past participle with a passive complement is passive ("’s" is "is"), and the pronoun
 * said nothing; otherwise "’s" is "has" ("He’s argued that ...", "She’s promised to ...").
 */
function isContractedPassive(t: Token[], i: number, lemma: string): boolean {
  const next = t[i + 1]?.lower;
  if (next === undefined || t[i].lower.endsWith('ing')) return false;
  if (next === 'by' || PASSIVE_REPORT_COMPLEMENTS.get(lemma)?.has(next)) return true;
  return next === 'to' && PASSIVE_BEFORE_TO.has(lemma);
}

/**
 * "one", "two", "3" right after a preposition ("In one ...", "in 3 ..."): no subject, part of a
 * noun phrase. Not after "of" ("the mother of three replied"), and the caller leaves a share
 * alone ("Nine in 10 said", "one in five believe").
 */
function isCountAfterPreposition(count: Token, prep: Token): boolean {
  return isWord(prep) && PREPOSITIONS.has(prep.lower) && prep.lower !== 'of' && isCount(count);
}

function isCount(w: Token): boolean {
  if (!isWord(w)) return false;
  const lower = w.lower;
  return (
    SINGULAR_QUANTIFIERS.has(lower) || NUMBER_WORDS.has(lower) || (lower.length <= 3 && isDigit(lower.charCodeAt(0)))
  );
}

/** "Let's talk about the budget", "let me say this", "let us recall": the writer's exhortation, no report. */
function afterLet(t: Token[], i: number): boolean {
  const before = t[i - 1];
  return isWord(before) && (before.norm === "let's" || (LET_OBJECTS.has(before.lower) && t[i - 2]?.lower === 'let'));
}

/** The objects of an exhortation's "let" ("let us", "let me"). */
const LET_OBJECTS: ReadonlySet<string> = new Set(['us', 'me']);

/** A four-digit year from 1900 to 2099. */
export function isYear(w: string): boolean {
  return (
    w.length === 4 && (w.startsWith('19') || w.startsWith('20')) && isDigit(w.charCodeAt(2)) && isDigit(w.charCodeAt(3))
  );
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** "advisers to Mr. Obama say": a plural noun before a preposition among the few words before heads the subject. */
function pluralHeadBefore(t: Token[], i: number): boolean {
  for (let k = i - 2; k >= 1 && k >= i - 5; k--) {
    const w = t[k].lower;
    if (w === 'to' || w === 'of' || w === 'for' || w === 'at' || w === 'with') {
      const head = t[k - 1];
      if (!isWord(head) || isCap(head)) return false;
      // "People familiar with Ann Lee say", "sources close to the mayor say": unnamed sourcing, plural.
      if (SOURCING_ADJECTIVES.has(head.lower)) return k >= 2 && isPluralSourcingHead(t[k - 2].lower);
      return isAgentPlural(head.lower);
    }
    if (!isWord(t[k])) return false;
  }
  return false;
}

/** A plural head of unnamed sourcing ("people", "sources", "officials", "advisers"). */
function isPluralSourcingHead(w: string): boolean {
  return (ANONYMOUS_HEADS.has(w) && w.endsWith('s')) || w === 'people' || isAgentPlural(w);
}

/** Plural nouns for people ("advisers", "aides", "lawyers", "supporters"). */
export function isAgentPlural(w: string): boolean {
  return (
    w.endsWith('ers') ||
    w.endsWith('ors') ||
    w.endsWith('ists') ||
    w.endsWith('ants') ||
    w.endsWith('ents') ||
    w === 'aides' ||
    w === 'allies' ||
    w === 'officials'
  );
}

/** "Mr. Grassley and Mr. Leahy say": an "and" among the few words before makes the subject plural. */
function joinedByAnd(t: Token[], i: number): boolean {
  for (let k = i - 2; k >= 0 && k >= i - 5; k--) if (t[k].lower === 'and') return true;
  return false;
}

function isPronoun(w: string): boolean {
  return w === 'i' || w === 'we' || w === 'you' || w === 'they';
}

/**
 * Is t[s..last] a pro-form ("so", "as much", "this") or one leading a clause ("so ...", "as
 * much ...", "otherwise ...")? Read off the tokens: no string is built per claim.
 */
export function emptyContent(t: Token[], s: number, last: number): boolean {
  const first = t[s].lower;
  if (s === last) return EMPTY_CONTENT.has(first);
  if (isEmptyObject(t, s, last)) return true;
  if (first === 'so' || first === 'otherwise') return true;
  // "echoed this concern": the content points back to an earlier claim.
  if (pointsBack(t, s, last)) return true;
  if (PRO_FORM_OBJECTS.has(first) && isProFormTail(t, s + 1, last)) return true;
  if (SUBJECT_PRONOUNS.has(first) && last - s <= 3 && isEllipsis(t, s + 1, last)) return true;
  // "the policies he supports and implements": the cue's object came before it (a relative clause),
  // and what follows is another verb, not its content.
  if (first === 'and' || first === 'or') return true;
  // "the regiment that King George feared the most (was disbanded)": a degree adverbial, the object
  // again before the cue.
  if (isSuperlativeAdverbial(t, s, last)) return true;
  // "reported the following:": a pro-form for what comes after the colon.
  if (first === 'the' && last === s + 1 && t[last].lower === 'following') return true;
  // "which the mayor refused to do (so)": a pro-verb standing for what was named before.
  if (first === 'to' && t[s + 1].lower === 'do') {
    let k = s + 2;
    if (k <= last && PRO_OBJECTS.has(t[k].lower)) k++;
    return k > last || !isWord(t[k]) || CONTENT_SUBORDINATORS.has(t[k].lower);
  }
  return first === 'as' && t[s + 1].lower === 'much';
}

/** "the most" or "the least" alone, or before the sentence's own verb ("the most was disbanded"). */
function isSuperlativeAdverbial(t: Token[], s: number, last: number): boolean {
  if (t[s].lower !== 'the' || s === last) return false;
  const degree = t[s + 1].lower;
  if (degree !== 'most' && degree !== 'least') return false;
  return s + 1 === last || !isWord(t[s + 2]) || AUX.has(t[s + 2].lower);
}

/**
 * "echoed this concern", "repeated that claim on Monday": a demonstrative and a noun of saying,
 * then nothing or a phrase opened by a preposition (no verb of a clause of its own).
 */
function pointsBack(t: Token[], s: number, last: number): boolean {
  if (!POINTED_BACK_DETERMINERS.has(t[s].lower) || !POINTED_BACK_NOUNS.has(t[s + 1]?.lower ?? '')) return false;
  const next = t[s + 2];
  return s + 1 === last || (isWord(next) && PREPOSITIONS.has(next.lower));
}

/** "it over and over", "this many times before": only adverbials after a pronoun object, no clause. */
function isProFormTail(t: Token[], from: number, last: number): boolean {
  // "said it with passion", "said it on camera": how it was said, a short phrase with no verb.
  if (
    from <= last &&
    from > 0 &&
    t[from - 1].lower === 'it' &&
    MANNER_PREPOSITIONS.has(t[from].lower) &&
    last - from <= 3
  ) {
    let verbless = true;
    for (let k = from + 1; k <= last; k++)
      if (!isWord(t[k]) || AUX.has(t[k].lower) || t[k].lower === 'that') verbless = false;
    if (verbless) return true;
  }
  for (let k = from; k <= last; k++) {
    const w = t[k];
    if (!isWord(w) || !(PRO_FORM_TAILS.has(w.lower) || isAdverb(w))) return false;
  }
  return true;
}

/** "he is", "they would not be": only auxiliaries after the pronoun, the verb left out. */
function isEllipsis(t: Token[], from: number, last: number): boolean {
  for (let k = from; k <= last; k++) {
    const w = t[k];
    if (!isWord(w) || !(AUX.has(w.lower) || ELLIPSIS_VERBS.has(w.lower))) return false;
  }
  return true;
}

/** What "do" takes as a pro-form object ("to do so", "to do it"). */
const PRO_OBJECTS: ReadonlySet<string> = new Set(['so', 'it', 'that', 'this', 'likewise']);

/**
 * A base form after a singular name is a noun ("the McKinley plan is"); "Democrats plan to",
 * "Police say", "Trump and Pence say" and "the leaders of both parties say" stay verbs.
 */
function isBaseFormAfterSingularName(t: Token[], i: number, before: Token): boolean {
  const singularName =
    isWord(before) &&
    isCap(before) &&
    !before.lower.endsWith('s') &&
    !isPronoun(before.lower) &&
    !PLURAL_COLLECTIVES.has(before.lower);
  return (
    singularName &&
    !joinedByAnd(t, i) &&
    !pluralHeadBefore(t, i) &&
    !pluralHeadBeforePlace(t, i) &&
    thoseHeadBefore(t, i) < 0 &&
    !isPerceivedBareVerb(t, i)
  );
}

/** Ends in n't or n’t ("didn't"), as /n['\u2019]t$/ tests. (Char tests rather than regexes on the per-word paths: there the regex also allocated.) */
export function endsWithNegation(w: string): boolean {
  const n = w.length;
  if (n < 3 || w.charCodeAt(n - 1) !== 116 || w.charCodeAt(n - 3) !== 110) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** Ends in 's or ’s ("Trump's"), as /['\u2019]s$/ tests, read off the last two code units (this runs per cue word). */
export function endsWithPossessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/** "-ly" adverbs between a speaker and the cue ("forcefully told", "incorrectly stated"). */
export function isAdverb(w: Token): boolean {
  return (
    !isCap(w) &&
    w.lower.length > 4 &&
    w.lower.endsWith('ly') &&
    w.lower !== 'family' &&
    w.lower !== 'ally' &&
    w.lower !== 'italy'
  );
}

/**
 * "Recently the group declared", "Later the senator said": an adverb opening the sentence (an -ly
 * word or a time word), before a determiner, is no part of the subject. So is an -ly adverb before
 * a lower-case word of the phrase ("Initially officials suspected", "Privately aides said"),
 * unless it is an adjective of the subject ("Elderly residents said").
 */
export function isOpeningAdverb(t: Token[], k: number, count: number): boolean {
  const w = t[k];
  if (k !== 0 || !isCap(w)) return false;
  const next = t[1];
  if (!next || !isWord(next)) return false;
  const ly = w.lower.length > 4 && w.lower.endsWith('ly');
  if (DETERMINERS.has(next.lower)) return ly || OPENING_TIME_WORDS.has(w.lower);
  // (`count`: words of the phrase already taken after it; "Italy said" has none, so no adverb.)
  return ly && count > 0 && !isCap(next) && !LY_ADJECTIVES.has(w.lower) && !LY_NOUNS.has(w.lower);
}

export function isVerbLike(lower: string): boolean {
  if (NOT_VERBS.has(lower)) return false;
  return (lower.length > 4 && lower.endsWith('ed')) || (lower.length > 5 && lower.endsWith('ing'));
}

/** Channels after a cue: "on Telegram", "via Twitter", "in a statement", "according to TASS", "to reporters". */
export function collectVias(t: Token[], from: number, to: number): readonly Via[] {
  // Most cue clauses name no channel: they share one empty list.
  let vias: Via[] | null = null;
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (!isWord(w) || isQuoted(w)) continue;
    let how: Via['how'] | null = null;
    let at = k + 1;
    if (w.lower === 'according' && t[k + 1]?.lower === 'to') {
      how = 'according';
      at = k + 2;
    } else if (w.lower === 'on' || w.lower === 'via') how = 'on';
    else if (w.lower === 'in') how = 'in';
    else if (w.lower === 'with' || w.lower === 'to') how = 'to';
    if (!how) continue;
    // The phrase: up to punctuation (but through possessives and a following quoted title).
    let e = at;
    while (e < to && isWord(t[e]) && !isQuoted(t[e]) && !NP_STOP.has(t[e].lower) && e - at < 6) e++;
    if (e > at) {
      (vias ??= []).push({ start: t[at].start, end: t[e - 1].end, how });
      k = e - 1;
    }
  }
  return vias ?? NO_VIAS;
}

/**
 * "CBS News reported", "Fox News reports that": a capitalised "News" or "Media" that ends a name of
 * two words or more is the outlet speaking, not a determiner of a noun ("news reports say").
 */
export function endsOutletName(t: Token[], i: number): boolean {
  return i >= 2 && isCap(t[i - 1]) && isWord(t[i - 2]) && isCap(t[i - 2]);
}

/** "..., writing that ...", "..., asking “...”": an -ing form kept out of CUES, as a participle after a comma (COMMA_PARTICIPLES). */
function commaParticiple(t: Token[], i: number): { info: CueInfo; words: number; text: string } | null {
  const info = i > 0 && t[i - 1].text === ',' ? COMMA_PARTICIPLES.get(t[i].lower) : undefined;
  const next = t[i + 1];
  if (!info || !next) return null;
  if (!((isWord(next) && next.lower === 'that') || next.text === '\u201c' || next.text === '"')) return null;
  return { info, words: 1, text: t[i].text };
}

/** Prepositions of a manner or setting phrase after a pro-form object ("said it with passion", "said this in public"). */
const MANNER_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'in', 'on', 'at', 'during']);
