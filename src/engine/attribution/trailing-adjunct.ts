/**
 * Rule content/trailing-adjunct-of-object: the noun-phrase content of a cue ends before a phrase
 * of the act's time or occasion ("Mayor Lee called for more ferry money in a statement on
 * Thursday", "attacked the plan during the debate", "has not mentioned the harbor deal since the
 * vote", "criticized the budget on Twitter"). The phrase says when or where the speaker acted,
 * in the writer's voice; it is not what was called for or attacked, and PolNeAR's gold ends the
 * content before it (issue 16, over-long contents of the dev split).
 *
 * "during", "since" and "throughout" always open such a phrase; "in", "on", "at" and "over" only
 * when the phrase's head, within four words, is a time, a month or day, a year, or a channel or
 * occasion noun (data/adjunct-words.ts, data/channel-nouns.ts), so "the money in the budget" and
 * "the tax on imports" stay whole. Only a noun-phrase object ends here (trailing-relative.ts
 * `isObjectPhrase`): a reported clause keeps its own adjuncts ("said the ferry would sail in May").
 */
import {
  ADJUNCT_DETERMINERS,
  FOCUS_WORDS,
  INNER_CLAUSE_OPENERS,
  OCCASION_HEADS,
  OCCASION_PREPOSITIONS,
  PLATFORM_HEADS,
  TIME_PREPOSITIONS,
} from '../data/adjunct-words';
import { CHANNEL_NOUNS } from '../data/channel-nouns';
import type { CueInfo } from '../data/cues';
import { DASHES, IRREGULAR_PAST, MONTHS_AND_DAYS, TIME_NOUNS } from '../data/speaker-words';
import { endsWithPossessive } from './cue';
import { NOT_VERBS } from '../data/clause-words';
import { CLAUSE_LEMMAS, isObjectPhrase } from './trailing-relative';
import { isQuoted, isWord, type Token } from './tokens';

/** Is this word the head of a time or occasion phrase after the preposition `prep` ("July", "2015", "statement", "Twitter")? */
function occasionHead(w: Token, prep: string): boolean {
  const l = w.lower;
  if (endsWithPossessive(l)) return false;
  if (MONTHS_AND_DAYS.has(l) || TIME_NOUNS.has(l) || PLATFORM_HEADS.has(l) || /^(1[89]|20)\d\d$/.test(l)) return true;
  // "on the lawmaker's statement", "over the ruling": a topic; "in a statement", "at the forum": the occasion.
  if (prep !== 'in' && prep !== 'at') return false;
  return OCCASION_HEADS.has(l) || CHANNEL_NOUNS.has(l) || (l.endsWith('s') && CHANNEL_NOUNS.has(l.slice(0, -1)));
}

/** Does the phrase opened by the preposition at t[j] (before t[e]) end in a time or occasion head within four words? */
function occasionPhrase(t: Token[], j: number, e: number): boolean {
  let n = j + 1;
  while (n < e && isWord(t[n]) && ADJUNCT_DETERMINERS.has(t[n].lower)) n++;
  for (let m = n; m < e && m - n < 4; m++) {
    const w = t[m];
    if (!isWord(w) || isQuoted(w)) return false;
    if (occasionHead(w, t[j].lower)) {
      // The head closes the phrase: the content's end, a comma, or another preposition after it.
      const next = t[m + 1];
      if (m + 1 >= e) return true;
      if (!isWord(next)) return next.text === ',' || next.text === ';' || DASHES.has(next.text);
      return OCCASION_PREPOSITIONS.has(next.lower) || TIME_PREPOSITIONS.has(next.lower);
    }
  }
  return false;
}

/**
 * Where the noun-phrase content t[k..e) of this cue ends before a trailing phrase of time or
 * occasion: the index of the phrase's preposition, or -1.
 */
export function trailingAdjunctStart(t: Token[], k: number, e: number, info: CueInfo): number {
  if (CLAUSE_LEMMAS.has(info.lemma) || info.cls === 'tell') return -1;
  // "put it in a statement to ... in July, RT is ...": a content opened by the channel is no object.
  if (k < e && OCCASION_PREPOSITIONS.has(t[k].lower) && channelWithin(t, k + 1, e)) return -1;
  // "plans to visit the harbor on Sunday": the time is the planned act's.
  if (k < e && t[k].lower === 'to') return -1;
  for (let j = k; j < e; j++) {
    const w = t[j];
    // "the record, especially his service during the war": the phrase may be the focused noun's.
    if (w.text === ',' && FOCUS_WORDS.has(t[j + 1]?.lower ?? '')) return -1;
    if (!isWord(w) || isQuoted(w)) continue;
    const l = w.lower;
    // "accused him of lying during the hearing", "reported the ships came during the night": the inner verb's time.
    if (IRREGULAR_PAST.has(l) || innerVerbIng(l)) return -1;
    // "accused her of sleeping when calls came in during the attack": the phrase is the inner clause's.
    if (INNER_CLAUSE_OPENERS.has(l)) {
      const next = t[j + 1]?.lower ?? '';
      if (TIME_PREPOSITIONS.has(next) || OCCASION_PREPOSITIONS.has(next)) continue;
      return -1;
    }
    const time = TIME_PREPOSITIONS.has(l);
    if (!time && !(OCCASION_PREPOSITIONS.has(l) && occasionPhrase(t, j, e))) continue;
    // The phrase's own lead-in goes with it: "while at the convention", ", most notably in his speech".
    let cut = j;
    while (
      cut > k &&
      (LEAD_INS.has(t[cut - 1].lower) ||
        t[cut - 1].text === ',' ||
        t[cut - 1].text === '-' ||
        DASHES.has(t[cut - 1].text))
    )
      cut--;
    // A content that is itself such a phrase ("in a statement to ...") or one word before it is left whole.
    return cut - k >= 2 && isObjectPhrase(t, k, cut) ? cut : -1;
  }
  return -1;
}

/** A verb in -ing inside the object ("of lying", "for being slow"): "during", "thing", "ruling" are none. */
function innerVerbIng(l: string): boolean {
  return l.length >= 5 && l.endsWith('ing') && !NOT_VERBS.has(l);
}

/** Is there a channel noun among the four words from t[n] ("a statement", "his weekly radio address")? */
function channelWithin(t: Token[], n: number, e: number): boolean {
  for (let m = n; m < e && m - n < 4; m++) if (isWord(t[m]) && CHANNEL_NOUNS.has(t[m].lower)) return true;
  return false;
}

/** Words that lead into a phrase of time or occasion ("while at", "most notably in", "even during"). */
const LEAD_INS: ReadonlySet<string> = new Set([
  'while',
  'when',
  'as',
  'most',
  'notably',
  'especially',
  'even',
  'also',
  'again',
  'and',
]);
