/**
 * A record as a source: "according to court records", "according to the filing", "a transcript of
 * the hearing", "documents obtained by the Harbor Gazette". The record (head nouns as data in
 * data/record-heads.ts) is a document source, not a person and not the body named in it; when the
 * record was obtained by someone ("obtained by", "reviewed by", "provided to"), that holder is
 * credited beside it. "a report by X" and "data from X" name who made it: no record phrase here,
 * the author speaks as before.
 */
import type { SourceType } from '../../schema/brief';
import {
  MODIFIED_RECORD_HEADS,
  RECORD_HEADS,
  RECORD_OBTAINED,
  RECORD_OBTAINED_BY,
  REPORT_RECORD_HEADS,
} from '../data/record-heads';
import { PREPOSITIONS } from '../data/prepositions';
import { VAGUE_REPORT_MODIFIERS } from '../data/source-terms';
import { isWord, type Token } from './tokens';

export interface RecordPhrase {
  /** Where the record's own phrase ends (exclusive token index): before "obtained by ...". */
  end: number;
  /** The one who obtained the record, as a token range [from, to), or null. */
  holder: readonly [number, number] | null;
}

/** The most modifiers before a record head ("county property tax records"). */
const MAX_MODIFIERS = 5;
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those']);

/** Index of the record head among t[from, to) (modifiers only before it), or -1. */
function recordHeadAt(t: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to && k - from <= MAX_MODIFIERS; k++) {
    const w = t[k];
    if (!isWord(w) || PREPOSITIONS.has(w.lower) || w.lower === 'and' || w.lower === 'or') return -1;
    if (!RECORD_HEADS.has(w.lower)) continue;
    if (!MODIFIED_RECORD_HEADS.has(w.lower)) return k;
    // "police reports", "court papers"; not "reports", "the reports", "media reports" (unnamed sourcing).
    const before = k > from ? t[k - 1].lower : '';
    return before && !DETERMINERS.has(before) && !VAGUE_REPORT_MODIFIERS.has(before) ? k : -1;
  }
  return -1;
}

/** Is the phrase t[from, to) after "according to" a record, and who obtained it? */
export function recordPhrase(t: readonly Token[], from: number, to: number): RecordPhrase | null {
  const head = recordHeadAt(t, from, to);
  if (head < 0) return null;
  if (head + 1 === to) return { end: to, holder: null };
  let k = head + 1;
  // "a transcript of the hearing": the record with what it is of.
  if (t[k].lower === 'of') while (k < to && !RECORD_OBTAINED.has(t[k].lower)) k++;
  if (k === to) return { end: to, holder: null };
  // "documents obtained by the Harbor Gazette": the record, and its holder after the preposition.
  if (!RECORD_OBTAINED.has(t[k].lower) || !RECORD_OBTAINED_BY.has(t[k + 1]?.lower ?? '') || k + 2 >= to) return null;
  let h = k + 2;
  if (t[h].lower === 'the' && t[h].text === 'the' && h + 1 < to) h++;
  return { end: k, holder: [h, to] };
}

/**
 * The source type of a speaker phrase's words when they name a record: the head is the last word,
 * or the word before "of" ("a transcript of the hearing"); null when they name none.
 */
export function recordSourceType(words: readonly Token[]): SourceType | null {
  const head = recordHead(words);
  return head === null ? null : REPORT_RECORD_HEADS.has(head) ? 'report' : 'document';
}

/** The record head of a phrase's words (lower case), or null. */
function recordHead(words: readonly Token[]): string | null {
  let end = words.length;
  for (let k = 1; k < words.length; k++)
    if (words[k].lower === 'of') {
      end = k;
      break;
    }
  if (end === 0) return null;
  const head = words[end - 1].lower;
  return RECORD_HEADS.has(head) && recordHeadAt(words, 0, end) === end - 1 ? head : null;
}

/**
 * A speaker phrase that is a record, named as its speaker (`name` holds the record's head: not
 * "the CIA" picked out of "records of the CIA"): the record's source type, or null.
 */
export function recordSpeakerType(words: readonly Token[], name: string): SourceType | null {
  const head = recordHead(words);
  if (head === null || !name.toLowerCase().includes(head)) return null;
  return REPORT_RECORD_HEADS.has(head) ? 'report' : 'document';
}

const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my']);
const RE_POSSESSIVE = /['\u2019]s?$/;

/**
 * The source type of a record that is the source in its own right ("FBI records", "Virginia court
 * records": the name only says whose archive), or null: not a record, a report (a body's report
 * stays the body's), or a record someone owns ("Acme's filing", "her testimony": the owner speaks
 * through it, and stays the source).
 */
export function ownRecordType(words: readonly Token[], name: string): SourceType | null {
  const type = recordSpeakerType(words, name);
  if (type !== 'document') return null;
  for (let k = 0; k < words.length; k++)
    if (POSSESSIVE_PRONOUNS.has(words[k].lower) || RE_POSSESSIVE.test(words[k].text)) return null;
  return type;
}
