/**
 * The noun of a violent event of record is not the author's charge (issue 16, precision on
 * objective sentences): "the victims of the massacre were buried", "survivors of the 1995
 * genocide", "the invasion of Ukraine began in February", "Russia's invasion". A definite noun
 * phrase refers to an event the reader knows of; the reporter names it, as "the earthquake" or
 * "the trial", and judges nobody by doing so. The charge is in the predication ("what happened
 * was a massacre") or the metaphor ("the massacre of free speech", "the invasion at our border"),
 * which stay flagged.
 *
 * Structure: the draft starts on a noun of data/news-senses.ts; before it, past a year or
 * capitalised words (a place: "the Harbor Street massacre"), stands "the", a possessive pronoun or
 * a possessive name, which is not itself after a copula ("it was the slaughter of ..."). A noun of
 * invasion must also name its place ("of" and a capitalised word, not a people's plural) or its
 * invader (a possessive): "the invasion" alone, or "of" a people, is often the metaphor of immigration.
 *
 * The same holds in reported speech outside quotation marks (the reporter's paraphrase names the
 * event); a quoted speaker's word stays theirs.
 *
 * Linear: per loaded draft, a set lookup and a look at a few words on each side.
 */
import type { Doc } from '../document';
import { quoteAt } from '../text/quotes';
import { INVASION_EVENTS, KILLING_EVENTS } from '../data/news-senses';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';

const KILLINGS = new Set(KILLING_EVENTS);
const INVASIONS = new Set(INVASION_EVENTS);
const DEFINITE = new Set(['the', 'his', 'her', 'its', 'their', 'our']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our']);
const COPULAS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const RE_POSSESSIVE = /['\u2019]s$/;
const RE_YEAR = /^(?:1[5-9]|20)\d\d$/;
/** A day of the month, as a date names the event ("the October 1st massacre", "the 1 October massacre"). */
const RE_DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
/** Modifiers between the determiner and the noun ("the 1995 Harbor Street massacre"). */
const MODIFIERS_MAX = 3;

export function quietEventNouns(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.kind === 'loaded-language' && (d.voice === 'author' || reportedNotQuoted(doc, d)) && namesEvent(doc, d)) {
      doc.trace?.add('caveat', d.start, d.end, 'event-nouns/event-of-record');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

/**
 * Rule event-nouns/reported-not-quoted: a speaker's draft outside quotation marks is in reported
 * (indirect) speech ("the lawyer said his client had no part in the massacre"): the words are the
 * reporter's, so the event's name is the reporter's too. Inside the marks it is the speaker's word.
 */
function reportedNotQuoted(doc: Doc, d: Draft): boolean {
  return d.voice === 'attributed' && quoteAt(doc.quotes, d.start) === null;
}

function namesEvent(doc: Doc, d: Draft): boolean {
  const toks = doc.words.range(d.start, d.end);
  const noun = toks[0]?.norm ?? '';
  const killing = KILLINGS.has(noun);
  if (!killing && !INVASIONS.has(noun)) return false;
  const before = doc.words.range(Math.max(0, d.start - 80), d.start);
  let k = before.length - 1;
  for (let m = 0; m < MODIFIERS_MAX && k >= 0 && isModifier(before[k]); m++) k--;
  if (k < 0) return false;
  const det = before[k];
  const possessive = RE_POSSESSIVE.test(det.text) || POSSESSIVE_PRONOUNS.has(det.norm);
  if (!DEFINITE.has(det.norm) && !possessive) return false;
  if (k > 0 && COPULAS.has(before[k - 1].norm)) return false;
  if (killing || possessive) return true;
  // "the invasion of Ukraine", "the invasion of the North"; not a people ("the invasion of Muslims"),
  // which is the metaphor of immigration.
  const after = doc.words.range(toks[0].end, Math.min(doc.text.length, toks[0].end + 40));
  if (after[0]?.norm !== 'of') return false;
  const the = after[1]?.norm === 'the';
  const place = the ? after[2] : after[1];
  return place !== undefined && /^[A-Z]/.test(place.text) && (the || !/s$/.test(place.text));
}

/** A year, a day of the month or a capitalised word (a place, a month) between determiner and noun. */
function isModifier(t: Token): boolean {
  if (DEFINITE.has(t.norm)) return false;
  return RE_YEAR.test(t.text) || RE_DAY.test(t.text) || (/^[A-Z][a-z]/.test(t.text) && !RE_POSSESSIVE.test(t.text));
}
