/**
 * Where reported content ends because its speaker starts another report: "X said S, and she
 * warned ...", "X said S and urged ...", "X said S, but she denied that ...". The coordinated
 * clause has its own cue (a past form: "warned", "denied", "called"), so it is a new claim of the
 * same speaker, not part of S. A clause without a cue ("and the auditors were unhappy") stays in S.
 */
import { CONTENT_SUBORDINATORS, SUBORDINATORS } from '../data/clause-words';
import { COORDINATORS } from '../data/clause-links';
import { CUES } from '../data/cues';
import { ANONYMOUS_HEADS } from '../data/source-terms';
import { AUX, NP_STOP, SUBJECT_PRONOUNS } from '../data/speaker-words';
import type { CueInfo } from '../data/cues';
import { cueAt, isAgentPlural } from './cue';
import { isIntentionCue } from './intention-clause-end';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** At most this many words in the subject of a coordinated report by someone else ("and human rights groups warned"). */
const NAMED_SUBJECT_WORDS = 5;

/**
 * "X said S, and human rights groups warned that ...", "..., but analysts agreed it was ...":
 * after the coordinator, a short subject of its own (a name, or a plural such as "analysts") and a
 * finite cue verb: another speaker's report, so S ends there (and that report is a claim of its
 * own). With "while" only this reading counts.
 */
function namedSubjectReport(t: Token[], n: number): boolean {
  const from = n;
  while (
    n < t.length &&
    n - from < NAMED_SUBJECT_WORDS &&
    isWord(t[n]) &&
    !isQuoted(t[n]) &&
    !NP_STOP.has(t[n].lower) &&
    !AUX.has(t[n].lower) &&
    !CUES.has(t[n].lower)
  )
    n++;
  if (n === from || n - from >= NAMED_SUBJECT_WORDS) return false;
  const head = t[n - 1];
  const named = isCap(t[from]) && !SUBJECT_PRONOUNS.has(t[from].lower);
  const h = head.lower;
  const plural =
    !isCap(head) &&
    (ANONYMOUS_HEADS.has(h) || isAgentPlural(h) || (h.endsWith('s') && !h.endsWith('ss') && h.length > 3));
  if (!named && !plural) return false;
  while (n < t.length && isWord(t[n]) && (AUX.has(t[n].lower) || t[n].lower === 'also')) n++;
  if (n >= t.length) return false;
  const cue = cueAt(t, n);
  if (!cue || cue.info.participle || cue.info.cls === 'act' || cue.info.cls === 'quote') return false;
  // "and the two states have ...": a noun before its verb, not a cue.
  if (AUX.has(t[n + cue.words]?.lower ?? '')) return false;
  // A past form, or the plain present after a plural ("analysts say").
  const v = t[n].lower;
  return v !== cue.info.lemma ? !v.endsWith('ing') : plural;
}

/** Rule content/coordinated-report: token e ("and", "but", ...) opens a new report by the same speaker. */
export function opensCoordinatedReport(t: Token[], e: number): boolean {
  const w = t[e];
  if (!isWord(w) || isQuoted(w) || !COORDINATORS.has(w.lower)) return false;
  let n = e + 1;
  // "and she warned": a pronoun subject; "and warned": the same subject as the first cue.
  if (n < t.length && SUBJECT_PRONOUNS.has(t[n].lower) && isWord(t[n])) n++;
  else if (namedSubjectReport(t, n)) return true;
  else if (w.lower !== 'and' && w.lower !== 'but') return false;
  while (n < t.length && isWord(t[n]) && (AUX.has(t[n].lower) || t[n].lower === 'also')) n++;
  if (n >= t.length) return false;
  const cue = cueAt(t, n);
  if (!cue || cue.info.participle || cue.info.base) return false;
  // A past form: "claims" / "reports" after "and" are as often nouns ("the claims and reports were ...").
  const v = t[n].lower;
  if (v === cue.info.lemma) return false;
  return !v.endsWith('s') || presentWithComplement(t, n + cue.words, cue.info);
}

/** Words that open the reported clause of a verb of saying in -s ("and says he will ...", "and argues that ..."). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'he', 'she', 'they', 'we']);

/**
 * Rule content/coordinated-report, in the present: a cue in -s right before its complement is the
 * speaker's next report, not a plural noun: a verb of saying before "that" or a
 * subject pronoun ("X is telling veterans S and says he will ..."), a verb of intention before
 * "to" ("proposes S, and plans to ..."). "dealings and favors to foreign governments" stays one
 * noun phrase ("favor" is no verb of intention).
 */
function presentWithComplement(t: Token[], n: number, info: CueInfo): boolean {
  const w = t[n];
  if (w === undefined || !isWord(w) || isQuoted(w)) return false;
  if (w.lower === 'to') return isIntentionCue(info);
  return info.cls === 'say' && CLAUSE_OPENERS.has(w.lower);
}

/**
 * The coordinator that opens the report whose cue is at token i ("and [she] warned"), or -1:
 * the claim before it in the sentence (cut there by contentAfter) lends its speaker.
 */
export function coordinatorBefore(t: Token[], i: number): number {
  let j = i - 1;
  while (j >= 0 && isWord(t[j]) && (AUX.has(t[j].lower) || t[j].lower === 'also')) j--;
  if (j >= 0 && SUBJECT_PRONOUNS.has(t[j].lower)) j--;
  if (j >= 0 && t[j].lower === 'also') j--;
  return j > 0 && opensCoordinatedReport(t, j) ? j : -1;
}

const EMBEDDING_WORDS: ReadonlySet<string> = new Set(['why', 'what', 'how', 'that', 'which', 'who', 'whom']);

/**
 * The speaker at `speakerStart` is the sentence's own subject: no subordinator or wh-word before it
 * ("wasn't sure why the ADL wrote ..., and said ...": "said" is not the ADL's).
 */
export function isMainSubject(t: Token[], speakerStart: number): boolean {
  // Where the sentence's first embedding word starts, found once per sentence: a run-on sentence of
  // thousands of coordinated cues asked this of every one, scanning from the start each time.
  let first = FIRST_EMBEDDING.get(t);
  if (first === undefined) {
    first = Infinity;
    for (let k = 0; k < t.length; k++) {
      const w = t[k].lower;
      if (EMBEDDING_WORDS.has(w) || SUBORDINATORS.has(w) || CONTENT_SUBORDINATORS.has(w)) {
        first = t[k].start;
        break;
      }
    }
    FIRST_EMBEDDING.set(t, first);
  }
  return first >= speakerStart;
}

/** Per sentence's tokens, the start of its first subordinator or wh-word (Infinity: none). */
const FIRST_EMBEDDING = new WeakMap<Token[], number>();
