/**
 * What a speaker slot can hold (issue 16, "briefs on unseen articles"): one noun phrase. A phrase
 * the cue rules walked back too far holds two run together, the end of one clause and the subject
 * of the next ("... to enter the UK the home secretary said", "... at 6 pm A journalist said",
 * "... meet a Catholic prelate who said"): an article or "a"/"the" standing right after a word that
 * cannot come before one inside a noun phrase (no preposition, conjunction, possessive or
 * participle, no punctuation between) opens the speaker's own phrase. And a past cue verb the walk
 * took in at the end ("Editor-in-Chief Keith Moyer added") is not part of the name.
 *
 * Only before a finite cue verb: before a noun cue the article's words are the cue's modifiers.
 * Reads the phrase's word tokens only; returns where the speaker's phrase starts and ends in them.
 */
import { IRREGULAR_PAST, PHRASE_PREPS, POSTMODIFIER_PREPS, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { CUES } from '../data/cues';
import { PREPOSITIONS } from '../data/prepositions';
import type { Range } from '../../schema/brief';
import type { Draft } from '../attribution/draft';
import { isCap, type Token } from '../attribution/tokens';

/** Words after which an article still belongs to the same noun phrase. */
const JOINS: ReadonlySet<string> = new Set(['and', 'or', 'nor', 'but', 'than', 'as', 'into', 'onto', 'upon', 'via']);
/** Words that open a relative or content clause inside the phrase: past them, an article is that clause's. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'that', 'which', 'where', 'when']);

/** The words of `t` [from, to) that are the speaker's own phrase, or null when that is all of them. */
export function speakerCut(text: string, t: readonly Token[], cue: string | null): { from: number; to: number } | null {
  const from = speakerPhraseStart(text, t, cue);
  const to = speakerPhraseEnd(t, from);
  return from > 0 || to < t.length ? { from, to } : null;
}

/**
 * The index of the word in `t` where the speaker's own phrase starts: after the last article that
 * follows a word which cannot stand before an article inside one noun phrase, with only a space
 * between; 0 when there is none.
 */
export function speakerPhraseStart(text: string, t: readonly Token[], cue: string | null): number {
  // Before a finite verb only: before a noun cue ("Davis made an infamous comment", "Winters issues
  // the dire warning") the words after the article modify the cue, and the subject before them speaks.
  if (cue === null || !isFiniteCue(cue)) return 0;
  // "marks a bizarre twist in": a phrase that ends in a preposition is no noun phrase, cut or not.
  const lastWord = t[t.length - 1].lower;
  if (PHRASE_PREPS.has(lastWord) || POSTMODIFIER_PREPS.has(lastWord)) return 0;
  // "she would install a 30 percent tax rate": a pronoun before it is the clause's subject, the better speaker.
  if (SUBJECT_PRONOUNS.has(t[0].lower)) return 0;
  let start = 0;
  for (let j = 1; j < t.length - 1; j++) {
    const w = t[j];
    if (CLAUSE_OPENERS.has(w.lower)) return start;
    if (SUBJECT_PRONOUNS.has(w.lower)) return 0;
    if (!(w.lower === 'the' || w.lower === 'a' || w.lower === 'an')) continue;
    const before = t[j - 1];
    if (!onlySpaceBetween(text, before.end, w.start)) continue;
    const b = before.lower;
    // ("marching through the streets": any preposition's object stays in the phrase.)
    if (PHRASE_PREPS.has(b) || POSTMODIFIER_PREPS.has(b) || PREPOSITIONS.has(b) || JOINS.has(b) || CUES.has(b))
      continue;
    // "the report obtained by the ...", "documents showing the ...": a participle takes its object in the phrase.
    if (b.endsWith('ed') || b.endsWith('ing') || b.endsWith("'s") || b.endsWith('\u2019s') || b.endsWith('s\u2019'))
      continue;
    // "Ivan the Terrible": a name's epithet.
    if (w.lower === 'the' && isCap(before) && isCap(t[j + 1])) continue;
    start = j;
  }
  return start;
}

/** Words that open an adverbial or a complement, never a speaker's noun phrase ("of his presidency", "Following a"). */
const NOT_PHRASE_OPENERS: readonly string[] = [
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'along',
  'without',
  'due',
  'up',
  'away',
  'following',
  'through',
  'during',
  'despite',
  'into',
];

/**
 * Does draft d's slot name nobody: its phrase is no noun phrase (below), or it goes on (no speaker
 * phrase of its own) from a claim whose slot named nobody in paragraph `nobodyAt` or the one before?
 */
export function namesNobody(text: string, d: Draft, nobodyAt: number): boolean {
  if (d.mode === 'np') return d.speaker !== null && isNoSpeakerPhrase(text, d.speaker);
  return d.mode !== 'unnamed' && nobodyAt >= d.paragraph - 1;
}

/**
 * Is the phrase text[r.start, r.end) no noun phrase at all: opened by a preposition (not before a
 * name), or ended by "of" ("of at least eight nuns of solemn", "made the fatal error of", "Following a")?
 * Then nobody is named, and the claim has no speaker rather than these words as one. Reads the
 * first and last word by character (no slice: this runs once per claim).
 */
export function isNoSpeakerPhrase(text: string, r: Range): boolean {
  let a = r.start;
  while (a < r.end && !isLetter(text.charCodeAt(a))) a++;
  let b = a;
  while (b < r.end && isLetter(text.charCodeAt(b))) b++;
  if (b === a) return false;
  // ("From Reuters:", "Of Counsel": a preposition before a name is a credit or a title, not an adverbial.)
  if (opensNoPhrase(text, a, b)) return !capitalAfter(text, b, r.end);
  let e = r.end;
  while (e > b && !isLetter(text.charCodeAt(e - 1))) e--;
  let s = e;
  while (s > b && isLetter(text.charCodeAt(s - 1))) s--;
  if (s === e || s <= b) return false;
  return isWordAt(text, s, e, 'of');
}

function capitalAfter(text: string, p: number, end: number): boolean {
  while (p < end && text.charCodeAt(p) === 32) p++;
  const c = text.charCodeAt(p);
  return p < end && c >= 65 && c <= 90;
}

function opensNoPhrase(text: string, a: number, b: number): boolean {
  for (const w of NOT_PHRASE_OPENERS) if (isWordAt(text, a, b, w)) return true;
  return false;
}

/** Is text[a, b) the lower-case word w, or w with a capital first letter? */
function isWordAt(text: string, a: number, b: number, w: string): boolean {
  if (b - a !== w.length) return false;
  const c = text.charCodeAt(a);
  if (c !== w.charCodeAt(0) && c !== w.charCodeAt(0) - 32) return false;
  for (let k = 1; k < w.length; k++) if (text.charCodeAt(a + k) !== w.charCodeAt(k)) return false;
  return true;
}

/** A word character: a letter, a digit, or a letter beyond ASCII ("2009", "15-count" are words, not gaps). */
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c > 191;
}

/** The end (exclusive) of the speaker's words in `t`: without a past cue verb the walk took in at the end. */
export function speakerPhraseEnd(t: readonly Token[], from: number): number {
  const n = t.length;
  if (n - from < 2) return n;
  const last = t[n - 1];
  if (isCap(last)) return n;
  const w = last.lower;
  return CUES.has(w) && (w.endsWith('ed') || IRREGULAR_PAST.has(w)) ? n - 1 : n;
}

/** "said", "believes", "announced", "told": a finite cue verb (a past, or a third-person -s form). */
function isFiniteCue(cue: string): boolean {
  const c = cue.toLowerCase();
  if (!CUES.has(c)) return false;
  return c.endsWith('ed') || IRREGULAR_PAST.has(c) || (c.endsWith('s') && !c.endsWith('ss'));
}

function onlySpaceBetween(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 10 && c !== 9 && c !== 160) return false;
  }
  return true;
}
