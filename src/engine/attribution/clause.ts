/**
 * Clause boundaries around a cue: where a cue clause ends, whether what follows a cue is only
 * time, place and channel words, and where the content after a cue starts and ends.
 */
import { CATENATIVE_VERBS } from '../data/catenatives';
import { ADVERBIAL_STARTS, ADVERBIAL_WORDS, CONTENT_SUBORDINATORS, PARTICLE_STARTS } from '../data/clause-words';
import { CUES, TOPIC_SPEECH_LEMMAS, type CueInfo } from '../data/cues';
import { ADDRESSEES, AUDIENCE_NOUNS, AUX, DETERMINERS, MONTHS_AND_DAYS, TIME, TIME_NOUNS } from '../data/speaker-words';
import { opensCoordinatedReport } from './coordinated-report';
import { opensTrailingCueClause } from './trailing-cue';
import { opensOtherReport } from './next-report';
import { continuesList, inFrontedClause } from './fronted-clause';
import { endsIntentionContent, isIntentionCue } from './intention-clause-end';
import { collectVias, cueAt, emptyContent, endsWithPossessive, isDigit } from './cue';
import { negatedGroupStart } from './cue-sense';
import { beAfterCueNoun } from './empty-object';
import { closesAtCoordinatedName, cueInRelativeClause, opensMainClauseCue } from './relative-clause-end';
import { endsAtTrailingRelative } from './trailing-relative';
import { endsAtTrailingParticiple } from './trailing-participle';
import { endsAtQuotedLabel } from './quoted-label-end';
import { addresseeNounPhraseEnd, bareAddresseeEnd } from './addressee-noun-phrase';
import { opensWithAbsolute } from './with-absolute';
import { bareClauseAt, takesBareClause } from './bare-finding-clause';
import { MAX_CONTENT_TOKENS, isFinal, isOpenQuote, type Via } from './draft';
import { LINK, WORD, firstTokenAt, isCap, isCapAt, isQuoted, isWord, type Token } from './tokens';
import { opensCoordinatedPredicate } from './coordinated-predicate';
import { trailingAdjunctStart } from './trailing-adjunct';
import {
  WEAK_PREPOSITIONS,
  isDigitGroupComma,
  isFreeRelativeAccount,
  isFrequencyOnly,
  onlyAddressee,
} from './content-rejections';
import { tellInfinitiveStart } from './tell-infinitive';

/**
 * Where a cue clause ends: the sentence end, or a participle cue / quotation that starts new content.
 * A cue clause is short; past `reach` tokens (40) there is more content, not more clause. A caller
 * that only reads a clause of at most 14 tokens (`onlyAdverbial`, `nextComma`) asks with a reach
 * of 15: an end found further on reads to it as one at the reach would (a run-on sentence full of
 * cues looked 40 tokens ahead of every cue, and for a participle cue after every comma there).
 */
export function clauseEnd(t: Token[], from: number, reach = 40): { index: number; offset: number } {
  const limit = Math.min(t.length, from + reach);
  for (let k = from; k < limit; k++) {
    const w = t[k];
    if (isQuoted(w) || isOpenQuote(w.text)) return { index: k, offset: w.start };
    if (w.text === ',' && k + 1 < t.length) {
      let n = k + 1;
      while (n < t.length && isWord(t[n]) && AUX.has(t[n].lower)) n++;
      const cue = n < t.length ? cueAt(t, n) : null;
      if (cue && cue.info.participle) return { index: k, offset: w.start };
      // ", going on to say that ...", ", continuing to insist ...": a catenative participle and its cue.
      if (!cue && n < t.length && opensCatenativeCue(t, n)) return { index: k, offset: w.start };
    }
  }
  if (limit < t.length) return { index: limit, offset: t[limit - 1].end };
  const last = t[t.length - 1];
  return { index: t.length, offset: last ? last.end : 0 };
}

export function lastContentEnd(t: Token[], to: number): number {
  // Drop the sentence's final period (not a quotation's closing mark or its inner period).
  let k = to - 1;
  while (
    k >= 0 &&
    !isWord(t[k]) &&
    (isFinal(t[k].text) || t[k].text === ',' || t[k].text === ';' || t[k].text === ':') &&
    !isQuoted(t[k])
  )
    k--;
  return k;
}

/** Skip a leading conjunction of the content ("And", "But") only when nothing else is there. */
export function firstContent(t: Token[], from: number, last: number): number {
  let s = from;
  while (s <= last && !isWord(t[s]) && !isOpenQuote(t[s].text) && !isQuoted(t[s])) s++;
  return s;
}

/** The first comma in t[from, to) outside quotations within a cue clause's reach, or -1. */
export function nextComma(t: Token[], from: number, to: number): number {
  for (let k = from; k < to && k - from <= 14; k++) {
    if (isQuoted(t[k]) || isOpenQuote(t[k].text) || isFinal(t[k].text)) return -1;
    if (t[k].text === ',') return k;
  }
  return -1;
}

/**
 * Personal subject pronouns that open a clause of their own ("told reporters she was ill"); unlike
 * data/speaker-words' SUBJECT_PRONOUNS, without "it" and "you".
 */
const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'there', 'you']);
/** Words that make a subject pronoun's clause an adverbial one ("said as he was leaving"). */
const ADVERBIAL_CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'as',
  'when',
  'while',
  'after',
  'before',
  'since',
  'until',
]);

/**
 * A subject pronoun and its auxiliary right after the cue's words ("told reporters she was ill") open
 * a said clause, not a cue's tail; after "as", "when" ... they are its time ("said as he was leaving").
 */
function opensFiniteClause(t: Token[], k: number, from: number): boolean {
  if (!PERSONAL_SUBJECTS.has(t[k].lower) || !AUX.has(t[k + 1]?.lower ?? '')) return false;
  return !(k > from && ADVERBIAL_CLAUSE_OPENERS.has(t[k - 1].lower));
}

/** Only time words, channels and addressees between the cue and the clause end. */
export function onlyAdverbial(t: Token[], from: number, to: number, firstByPosition = false): boolean {
  if (to - from > 14) return false;
  // Lower-case words outside the vocabulary of time, place and channel: one is tolerated
  // ("said in a phone interview"), two mean a clause ("said the suing states were ...").
  let strange = 0;
  for (let k = from; k < to; k++) {
    const w = t[k];
    if (isQuoted(w)) continue;
    if (!isWord(w)) continue;
    if (w.lower === 'that') return false;
    if (opensFiniteClause(t, k, from)) return false;
    // "said in a June report": a cue word after a determiner is the channel's noun, not a verb.
    if (CUES.has(w.lower) && !isCap(w) && !CUES.get(w.lower)!.participle && !afterDeterminer(t, k, from)) return false;
    if (
      (isCap(w) && !(firstByPosition && k === from)) ||
      TIME.has(w.lower) ||
      ADVERBIAL_WORDS.has(w.lower) ||
      ADDRESSEES.has(w.lower) ||
      AUX.has(w.lower) ||
      isDigit(w.lower.charCodeAt(0))
    )
      continue;
    if (++strange > 1) return false;
  }
  return true;
}

const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);

/** Is there a determiner one or two words before k (not before `from`): "a report", "a June report"? */
function afterDeterminer(t: Token[], k: number, from: number): boolean {
  return (
    (k - 1 >= from && NOUN_DETERMINERS.has(t[k - 1].lower)) || (k - 2 >= from && NOUN_DETERMINERS.has(t[k - 2].lower))
  );
}

/** The content after a cue: optional adverbials and "that", then to the end of the sentence or the next participle cue. */
export function contentAfter(
  t: Token[],
  from: number,
  info: CueInfo,
  participle: boolean,
  evidenceSubject = false,
): { start: number; end: number; vias: readonly Via[]; bound: string } | null {
  let k = from;
  const viaStart = k;
  // "that" within a short adverbial stretch ("said Thursday in a statement that ...").
  let thatAt = -1;
  for (let n = k; n < t.length && n - k < 12; n++) {
    const w = t[n];
    if (isQuoted(w) || isOpenQuote(w.text)) break;
    if (w.lower === 'that' && isWord(w)) {
      thatAt = n;
      break;
    }
    if (w.text === ';' || isFinal(w.text)) break;
    // "agreed with the statement, though he argued that ...": a "that" after another subject's cue is that cue's.
    if (n > k + 1 && PERSONAL_SUBJECTS.has(t[n - 1].lower) && isWord(w) && cueAt(t, n)) break;
    // "Before officials commented on it, the mayor said that ...": so is one past a comma and another subject's cue.
    if (w.text === ',' && opensOtherReport(t, n, k)) break;
    // "the accommodation X is calling for, writing that ...": the "that" after a participle cue is the participle's.
    if (w.text === ',' && n + 1 < t.length && cueAt(t, n + 1)?.info.participle) break;
  }
  const first = t[k];
  if (!first || beAfterCueNoun(t, k)) return null;
  // "the accommodation X is calling for, writing that ...": a participle cue right after the comma has the content.
  if (first.text === ',' && k + 1 < t.length && cueAt(t, k + 1)?.info.participle) return null;
  const adverbialStart =
    first.text === ',' || TIME.has(first.lower) || ADVERBIAL_STARTS.has(first.lower) || first.lower === 'that';
  const question = info.lemma === 'ask' ? questionAfterAddressee(t, k) : -1;
  // The named rule that bounded the content, if one did (for the trace).
  let bound = '';
  const infinitive = info.cls === 'tell' && question < 0 ? tellInfinitiveStart(t, k) : -1;
  if (question >= 0) k = question;
  else if (infinitive >= 0) {
    k = infinitive;
    bound = 'content/tell-infinitive';
  } else if (info.cls === 'tell') {
    if (thatAt >= 0 && thatAt - k <= 8) k = thatAt + 1;
    else {
      // Skip the addressee: a pronoun, "reporters", or a short name.
      let n = k;
      const determiner = n < t.length && DETERMINERS.has(t[n].lower);
      if (n < t.length && ADDRESSEES.has(t[n].lower)) n++;
      // "told viewers ...", "told the crowd ...": an audience noun is the addressee, not the content.
      if (n < t.length && isWord(t[n]) && AUDIENCE_NOUNS.has(t[n].lower)) n++;
      // "the Associated Press", "Fox News": a name after it; "reporters", "him": nothing more.
      if (determiner || (n === k && isCapAt(t, n)))
        while (n < t.length && isWord(t[n]) && isCap(t[n]) && n - k < 5) n++;
      // "told the Globe's editorial board the plan would fail": past the addressee's nouns.
      const at = k;
      k = addresseeNounPhraseEnd(t, n);
      // "told police he was asleep": a bare noun before the clause's subject.
      if (k === at) k = bareAddresseeEnd(t, k);
    }
  } else if (thatAt >= 0 && (thatAt === k || adverbialStart)) {
    k = thatAt + 1;
  } else if (info.cls === 'weak' && !evidenceSubject && !(takesBareClause(info.lemma) && bareClauseAt(t, k))) {
    return null;
  } else {
    // Skip time words and short channels ("said Thursday on Telegram ...").
    let comma = -1;
    while (k < t.length) {
      const w = t[k];
      if (isWord(w) && TIME.has(w.lower) && !isDemonstrativeSubject(t, k)) k++;
      else if (w.text === ',' || w.text === ':') comma = k++;
      // "said on Telegram ...", "on CNN": a channel; "commented on Crutcher’s death": the topic, a possessive name.
      else if (
        isWord(w) &&
        (w.lower === 'on' || w.lower === 'via') &&
        isCapAt(t, k + 1) &&
        !endsWithPossessive(t[k + 1].lower)
      ) {
        k += 2;
        while (k < t.length && isCap(t[k]) && isWord(t[k])) k++;
      } else if (publicationBeforeComma(t, k) > k) k = publicationBeforeComma(t, k);
      else break;
    }
    // "Before officials commented, the mayor said ...", "While Francis later apologized, he persisted in
    // ...": the fronted clause ends at its comma; past it is the main clause, and this cue has no content.
    if (comma === from && t[comma].text === ',' && inFrontedClause(t, from - 1)) return null;
  }
  const viaEnd = k;
  // The end: the sentence end, or a participle cue after a comma, or ", according to".
  let e = k;
  const cap = Math.min(t.length, k + MAX_CONTENT_TOKENS);
  const intention = isIntentionCue(info);
  let fronted: boolean | undefined;
  let relative: boolean | undefined;
  for (; e < cap; e++) {
    const w = t[e];
    // "as a “disgrace” after ...", "“a scam,” but ...": a short quotation closes the content (content/quoted-label-end).
    if (w.flags === 0 && e > k && endsAtQuotedLabel(t, e, k, info)) {
      e++;
      break;
    }
    // Only a comma, a semicolon or a linking word ("and", "while") can end the content: every
    // other token is passed over without a look-up (the checks below all answer no for it).
    if ((w.flags & WORD) !== 0 ? (w.flags & LINK) === 0 : w.text !== ',' && w.text !== ';') continue;
    // "547,000 tonnes": a thousands separator ends nothing.
    if (w.text === ',' && isDigitGroupComma(t, e)) continue;
    if (e > k && opensCoordinatedPredicate(t, e, k, info) && !opensCoordinatedReport(t, e)) {
      bound = 'content/coordinated-predicate-of-object';
      break;
    }
    if (w.text === ',' && e + 1 < t.length && !isQuoted(t[e + 1])) {
      let n = e + 1;
      while (n < t.length && isWord(t[n]) && AUX.has(t[n].lower)) n++;
      const cue = n < t.length ? cueAt(t, n) : null;
      if ((cue && cue.info.participle) || (t[n]?.lower === 'according' && t[n + 1]?.lower === 'to')) break;
      if (!cue && n < t.length && opensCatenativeCue(t, n)) break;
    }
    if (e > k && w.text === ',' && intention && endsIntentionContent(t, e)) break;
    if (e > k && w.text === ',' && endsAtTrailingRelative(t, e, k, info)) break;
    if (e > k && w.text === ',' && endsAtTrailingParticiple(t, e, k, info)) break;
    if (e > k && opensCoordinatedReport(t, e)) break;
    if (e > k && w.text === ',' && opensWithAbsolute(t, e)) break;
    if (e > k && w.text === ',' && opensTrailingCueClause(t, e, onlyAdverbial)) break;
    if (e > k && opensOtherReport(t, e, k)) break;
    // "X, the student who says she was there, told WXYZ ...": the relative clause ends at the apposition's comma.
    if (e > k && w.text === ',' && (relative ??= cueInRelativeClause(t, from)) && opensMainClauseCue(t, e)) break;
    // "Ann Moss, who said ..., and Bob Hart are ...": the relative clause ends before the second name.
    if (e > k && w.text === ',' && relative && closesAtCoordinatedName(t, from, e)) break;
    // "Before officials had weighed in with an explanation, X said ...": the fronted clause ends at its comma.
    if (e > k && w.text === ',' && (fronted ??= inFrontedClause(t, from - 1)) && !continuesList(t, e)) break;
  }
  // (The report rule's end is named here, outside the scan, which answers only whether to stop.)
  if (!bound && e > k && e < cap && opensCoordinatedReport(t, e)) bound = 'content/coordinated-report';
  const adjunct = trailingAdjunctStart(t, k, e, info);
  if (adjunct >= 0) {
    e = adjunct;
    bound = 'content/trailing-adjunct-of-object';
  }
  const last = lastContentEnd(t, e);
  if (last < k) return null;
  let s = k;
  while (s <= last && !isWord(t[s]) && !isOpenQuote(t[s].text) && !isQuoted(t[s])) s++;
  if (s > last) return null;
  // "endorsed by dozens of papers": a passive; the agent after "by" is the speaker, not content.
  if (t[s].lower === 'by') return null;
  // "the videos tweeted out by a councillor", "a rumour put about widely by rivals": a particle or a
  // manner adverb, then the agent: passive too.
  if (
    s === from &&
    thatAt < 0 &&
    t[s + 1]?.lower === 'by' &&
    (PARTICLE_STARTS.has(t[s].lower) || isMannerAdverb(t[s].lower))
  )
    return null;
  // "Garcia Cano reported from Las Vegas.": where the reporting was done, not what was reported.
  // ("said that from late 2017 ..." has its content after "that": the rule reads the cue's own complement only.)
  if (t[s].lower === 'from' && s === k && k === from) return null;
  // content/what-be-account (a rejection): "Lemon said what is clearly racist", "said what many of us
  // thought": a free relative is the writer's account of the words; "said what the pier needs is a
  // deck" (a "be" after it: a clause) reports.
  // (After a negated cue "what" asks what went unsaid: "has not said what the plan would cost".)
  if (s === from && t[s].lower === 'what' && isFreeRelativeAccount(t, s, last) && negatedGroupStart(t, from - 1) < 0)
    return null;
  // content/addressee-only (a rejection): "wrote to the Pope in 2015 about ...", "spoke to him":
  // the addressee after "to", with no "that" clause (read above), is whom it was said to, not what.
  if (s === from && thatAt < 0 && t[s].lower === 'to' && TOPIC_SPEECH_LEMMAS.has(info.lemma) && onlyAddressee(t, s + 1))
    return null;
  // "what Liz Wahl said when she resigned", "said as he entered the talks": when it was said, not what.
  // After "that" it is the content's own clause ("Obama said that because terrorists are Muslim does not mean ...").
  // "did not say when the bridge would reopen": after a negated cue "when" asks, it is what went unsaid.
  if (
    !participle &&
    CONTENT_SUBORDINATORS.has(t[s].lower) &&
    !(k > from && t[k - 1].lower === 'that') &&
    !(t[s].lower === 'when' && s === from && negatedGroupStart(t, from - 1) >= 0)
  )
    return null;
  if (info.cls === 'act' && !participle && PARTICLE_STARTS.has(t[s].lower)) return null;
  if (heldValue(t, s, k, info)) return null;
  if (emptyContent(t, s, last)) return null;
  if (isFrequencyOnly(t, s, last)) return null;
  // content/weak-preposition (a rejection): "more than twice what it projected for those in the middle
  // fifth": a finding or forecast verb with a prepositional phrase and no clause after it reports nothing.
  if (info.cls === 'weak' && s === from && thatAt < 0 && WEAK_PREPOSITIONS.has(t[s].lower)) return null;
  // "said in a statement Tuesday," at a line end: the statement follows on the next line; the
  // channel is not what was said.
  if (isChannelOnly(t, s, last)) return null;
  if (!participle && (info.cls === 'say' || info.cls === 'act') && last - s < 1 && !isQuoted(t[s])) return null;
  return { start: t[s].start, end: t[last].end, vias: collectVias(t, viaStart, viaEnd), bound };
}

/** The verbs whose "in" object is a value held, not a proposition: "believes in low taxes". */
const VALUE_VERBS: ReadonlySet<string> = new Set(['believe']);

/**
 * Rule content/believe-in-value: "The governor believes in low taxes and is forever ...": the
 * complement right after the cue opens with "in", so it names a value the subject holds; there is
 * no reported content (what follows is the writer's).
 */
function heldValue(t: Token[], s: number, k: number, info: CueInfo): boolean {
  return s === k && t[s].lower === 'in' && VALUE_VERBS.has(info.lemma);
}

/** "said this is ...": "this" before no time noun ("this week") is the said clause's subject, not a time. */
function isDemonstrativeSubject(t: Token[], k: number): boolean {
  const next = t[k + 1];
  return (
    t[k].lower === 'this' &&
    !!next &&
    !(TIME.has(next.lower) || TIME_NOUNS.has(next.lower) || MONTHS_AND_DAYS.has(next.lower))
  );
}

/** Channel openers: "in a statement", "on Twitter", "via email", "during a briefing" (not "to": "declined to comment:"). */
const CHANNEL_OPENERS: ReadonlySet<string> = new Set(['in', 'on', 'via', 'during', 'at']);

/** Are t[s..last] a short channel phrase ("in a statement Tuesday") ending in a comma or colon that ends the stretch? */
function isChannelOnly(t: Token[], s: number, last: number): boolean {
  if (!CHANNEL_OPENERS.has(t[s].lower) || last - s > 6) return false;
  const mark = t[last + 1];
  return !!mark && (mark.text === ',' || mark.text === ':') && last + 2 >= t.length;
}

/** The first word of a sentence's tokens before `limit` (the start of a mixed claim). */
export function firstWordStart(t: Token[], fallback: number, limit: number): number {
  // At most MAX_CONTENT_TOKENS before the quotation: a run-on sentence does not make this quadratic.
  const end = firstTokenAt(t, limit);
  for (let k = Math.max(0, end - MAX_CONTENT_TOKENS); k < end; k++) if (isWord(t[k])) return t[k].start;
  return fallback;
}

/** "(writes) at the New York Post, ...", "in The Atlantic, ...": where it was written, before the comma that opens the content; the comma's index, or -1. */
function publicationBeforeComma(t: Token[], k: number): number {
  const w = t[k];
  if (!isWord(w) || (w.lower !== 'at' && w.lower !== 'in' && w.lower !== 'for')) return -1;
  let n = k + 1;
  const the = n < t.length && t[n].lower === 'the';
  if (the) n++;
  const first = n;
  while (n < t.length && n - first < 5 && isWord(t[n]) && isCap(t[n])) n++;
  // A title's shape: "the" or two words at least ("believe in God, ..." is no publication).
  return n > first && (the || n - first >= 2) && t[n]?.text === ',' ? n : -1;
}

/** t[n] opens "going on to" or a catenative -ing form and "to" before a cue ("continuing to insist"). */
function opensCatenativeCue(t: Token[], n: number): boolean {
  const w = t[n].lower;
  if (!w.endsWith('ing')) return false;
  let k = n + 1;
  if (w === 'going' && t[k]?.lower === 'on') k++;
  else if (!CATENATIVE_VERBS.has(w)) return false;
  return t[k]?.lower === 'to' && k + 1 < t.length && cueAt(t, k + 1) !== null;
}

/** The question words a reported question opens with ("asked the mayor whether ...", "asked her if ..."). */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'why', 'how', 'what', 'when', 'where']);
/** How many words the addressee may take between "asked" and its question ("asked the county's new auditor whether"). */
const ADDRESSEE_WORDS = 6;

/**
 * Rule cue/asked-question-after-addressee: "asked the mayor whether the bridge was safe": a reported
 * question is its asker's, and its content is the question ("whether the bridge was safe"), not the
 * person asked. The index of the question word after an addressee of plain words, else -1.
 */
function questionAfterAddressee(t: Token[], from: number): number {
  for (let n = from; n < t.length && n - from <= ADDRESSEE_WORDS; n++) {
    const w = t[n];
    if (!isWord(w) || isQuoted(w)) return -1;
    if (n > from && QUESTION_OPENERS.has(w.lower)) return n;
  }
  return -1;
}

/** "widely", "online", "quietly": a word that can stand between a participle and its "by" agent. */
function isMannerAdverb(w: string): boolean {
  return w === 'online' || (w.length > 4 && w.endsWith('ly'));
}
