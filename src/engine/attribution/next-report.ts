/**
 * Rule content/next-subject-report: reported content ends where the sentence goes on to another
 * speaker's report: "X said A, and Y is promising B", "X said A, while 73 percent said B",
 * "X said A and the senators accused B", "When he wrote the book, Y said that ...". The words
 * after the link are a subject of their own (a pronoun, a name, a short determiner phrase, a
 * number with its noun) and a finite cue verb: a report of its own, never part of A (the content
 * would otherwise hold that report's speaker and cue).
 *
 * A bare "and"/"but" (no comma) needs a past or progressive cue: "Ana Ruiz and Tom Berg claim
 * ..." is one subject. A bare comma does not end content that opened with a subordinator ("said
 * that when the vote came, lawmakers rejected it": the comma closes the "when" clause).
 */
import { REPORT_LINKERS } from '../data/clause-links';
import { CONTENT_SUBORDINATORS } from '../data/clause-words';
import { AUX, BE_FORMS, DETERMINERS, PLURAL_COLLECTIVES, SUBJECT_PRONOUNS } from '../data/speaker-words';
import { cueAt, isDigit } from './cue';
import { isCap, isQuoted, isWord, type Token } from './tokens';

/** Words that cannot be inside a short subject phrase: they open a clause of their own. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'what', 'whose', 'if', 'to', 'not']);

function plainWord(t: Token): boolean {
  return isWord(t) && !isQuoted(t);
}

/** The end (exclusive) of a short subject phrase starting at n, or -1. */
function subjectEnd(t: Token[], n: number): number {
  const first = t[n];
  if (!first || !plainWord(first)) return -1;
  if (SUBJECT_PRONOUNS.has(first.lower)) return n + 1;
  const capital = isCap(first);
  if (!capital && !DETERMINERS.has(first.lower) && !isDigit(first.lower.charCodeAt(0))) return -1;
  let k = n + 1;
  // A name ("Hillary Clinton", "Mr. Obama"), or a determiner or number and up to three more words.
  const most = capital ? 5 : 4;
  while (k < t.length && k - n < most) {
    const w = t[k];
    if (w.text === '.' && capital) {
      k++;
      continue;
    }
    if (!plainWord(w) || CLAUSE_WORDS.has(w.lower) || AUX.has(w.lower) || cueAt(t, k)) break;
    if (capital && !isCap(w)) break;
    k++;
  }
  return k;
}

/**
 * Does token e (a comma, a semicolon, or "and"/"but"/"while") open another subject's report?
 * `contentStart`: the token the content starts at.
 */
export function opensOtherReport(t: Token[], e: number, contentStart: number): boolean {
  const w = t[e];
  if (isQuoted(w)) return false;
  let n = e + 1;
  let bare = false;
  if (w.text === ',' || w.text === ';') {
    if (n < t.length && plainWord(t[n]) && REPORT_LINKERS.has(t[n].lower)) n++;
    else if (w.text === ',' && CONTENT_SUBORDINATORS.has(t[contentStart]?.lower ?? '')) return false;
    else if (w.text === ',' && t[contentStart]?.lower === 'if') return false;
  } else if (plainWord(w) && REPORT_LINKERS.has(w.lower)) {
    bare = w.lower === 'and' || w.lower === 'but';
  } else return false;
  const s = subjectEnd(t, n);
  if (s < 0) return false;
  let v = s;
  while (v < t.length && plainWord(t[v]) && AUX.has(t[v].lower)) v++;
  if (v >= t.length) return false;
  const cue = cueAt(t, v);
  if (!cue) return false;
  const after = v > s ? t[v - 1].lower : '';
  const progressive = cue.info.participle && BE_FORMS.has(after);
  if (cue.info.participle && !progressive) return false;
  // A base form only after an auxiliary ("will say", "did not say"), or with a plural pronoun.
  if (cue.info.base && v === s && !['they', 'we', 'i', 'you'].includes(t[n].lower) && !pluralHead(t[s - 1]))
    return false;
  if (!bare) return true;
  const form = t[v].lower;
  return progressive || v > s || (form !== cue.info.lemma && !form.endsWith('s'));
}

/**
 * "..., and Republicans want B", "..., but tenants want a freeze": a plural head before a base-form
 * cue is its subject ("the ferry plan" is a singular noun and a noun). Plural: an -s word that is
 * no possessive and no -ss/-us/-is singular, or a collective plural ("police", "people").
 */
function pluralHead(w: Token): boolean {
  const x = w.lower;
  if (PLURAL_COLLECTIVES.has(x)) return true;
  return x.length > 3 && x.endsWith('s') && !/(?:ss|us|is|['\u2019]s)$/.test(x);
}
