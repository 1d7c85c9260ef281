/**
 * The reporter's own idiom that reads as a cue but is not the author's opinion (issue 16,
 * "straight news stays quiet"; each class from false alarms in PolNeAR dev's news reports):
 * - a charged verb of criticism that reports somebody's criticism ("The senator blasted her
 *   rival for ...", "slammed the plan as ..."): the verb names a speech act, like "criticised", and
 *   the judgement after "for"/"as" is the subject's;
 * - an adverb of attribution ("allegedly", "reportedly"): the claim is put on the record as
 *   somebody else's, the wire's standard care, not the author's doubt (unless it qualifies a
 *   modifier or a quoted word, or comes with "only"/"even": then it is the author's doubt);
 * - a charged word in the terms somebody put a thing in ("critics described the merger in bleak,
 *   nearly apocalyptic, terms"): the manner of their characterisation, not the author's;
 * - a charged word that weighs a figure the text gives ("an astounding $177 million"): the figure
 *   is the report, and the word only says it is large;
 * - a charged word as the name somebody gave a thing ("an election opponents called a sham",
 *   "branded him a traitor"): a naming verb just before it makes it the namer's label;
 * - a careful description of what was seen ("what appeared to be a signal") and a concession
 *   ("as odd as it may seem"): the author reports an appearance or grants a point, and hedges
 *   nothing of their own.
 * Those drafts are dropped. Runs over the author-voice drafts only, a few tokens around each.
 */
import type { Doc } from '../document';
import { CHARACTERISE, NAMING_GLUE, NAMING_VERBS } from '../data/caveat-senses';
import type { Token } from '../text/word-tokens';
import type { Draft } from './author-voice';

/** How far after a verb of criticism its "for"/"as" may come ("blasted the American media for"). */
const OBJECT_MAX = 4;
const SEEM = /^(seem|seems|seemed|appear|appears|appeared)$/;
const MODAL = /^(may|might|can|could|does|did|do|would|will|must)$/;

/** "blasted him for", "slammed the new plan as": the verb, then its object, then "for" or "as" in the same clause. */
function reportsCriticism(doc: Doc, d: Draft, toks: Token[]): boolean {
  if (toks.length !== 1 || !CHARACTERISE.has(toks[0].norm)) return false;
  const after = doc.words.range(d.end, Math.min(doc.text.length, d.end + 80));
  for (let k = 0; k < after.length && k <= OBJECT_MAX; k++) {
    if (/[.;:!?\u2014]/.test(doc.text.slice(k === 0 ? d.end : after[k - 1].end, after[k].start))) return false;
    if (after[k].norm === 'for' || after[k].norm === 'as') return true;
  }
  return false;
}

/** "painted the confrontation in grave, nearly apocalyptic, terms": a verb of characterising, "in", the word, "terms". */
function inTheirTerms(doc: Doc, d: Draft): boolean {
  const after = doc.words.range(d.end, Math.min(doc.text.length, d.end + 40));
  if (after[0]?.norm !== 'terms' && after[1]?.norm !== 'terms') return false;
  const before = doc.words.range(Math.max(0, d.start - 120), d.start);
  for (let k = before.length - 1; k >= Math.max(0, before.length - 5); k--) {
    if (before[k].norm !== 'in') continue;
    for (let v = k - 1; v >= Math.max(0, k - 4); v--) if (CHARACTERISE.has(before[v].norm)) return true;
  }
  return false;
}

/** Before an adverb of attribution, a word that makes it qualify a modifier ("the allegedly corroborating notes"). */
const ATTRIBUTIVE_BEFORE = new Set(
  'the a an his her its their our my your this that these those under of with by for in on'.split(' '),
);

/**
 * "allegedly shot", "reportedly told": the adverb puts an event on somebody's record. Not when it
 * casts doubt on a characterisation ("the allegedly corroborating notes", "has allegedly “bigoted”
 * views") or belittles ("reportedly only left ...").
 */
function attributionAdverb(doc: Doc, d: Draft, toks: Token[]): boolean {
  if (toks.length < 2 || !/^(allegedly|reportedly)$/.test(toks[0].norm)) return false;
  if (/["\u201c\u2018]/.test(doc.text.slice(toks[0].end, toks[1].start))) return false;
  if (/^(only|just|even|merely)$/.test(toks[1].norm)) return false;
  const before = doc.words.range(Math.max(0, d.start - 30), d.start);
  return !ATTRIBUTIVE_BEFORE.has(before[before.length - 1]?.norm ?? '');
}

/** "what appeared to be", "as improbable as it may seem". */
function appearanceReported(doc: Doc, d: Draft, toks: Token[]): boolean {
  if (toks.length === 0 || !SEEM.test(toks[0].norm)) return false;
  const before = doc.words.range(Math.max(0, d.start - 60), d.start);
  const b = (k: number) => before[before.length - k]?.norm ?? '';
  if (b(1) === 'what') return true;
  const m = MODAL.test(b(1)) ? 1 : 0;
  return b(m + 1) === 'it' && b(m + 2) === 'as' && b(m + 4) === 'as';
}

/** "an astounding $177 million", "a remarkable 20,000 copies": the word weighs a figure the text gives. */
function weighsFigure(doc: Doc, d: Draft, toks: Token[]): boolean {
  return toks.length === 1 && /^\s{1,2}[$\u00a3\u20ac]?\d/.test(doc.text.slice(d.end, d.end + 4));
}

/** Before a charged word, the naming verb and its glue: "called a sham", "branded him a traitor", "labelled as racist". */
function namedBySomebody(doc: Doc, d: Draft): boolean {
  const before = doc.words.range(Math.max(0, d.start - 40), d.start);
  for (let k = before.length - 1; k >= 0 && k >= before.length - 3; k--) {
    const norm = before[k].norm;
    if (NAMING_VERBS.has(norm)) return !/[.;:!?\u2014]/.test(doc.text.slice(before[k].end, d.start));
    if (!NAMING_GLUE.has(norm)) return false;
  }
  return false;
}

/** Drops the author-voice drafts from `from` on that are the reporter's idiom. */
export function quietReportingIdiom(doc: Doc, drafts: Draft[], from = 0): void {
  let w = from;
  for (let r = from; r < drafts.length; r++) {
    const d = drafts[r];
    // (Only the kinds the idioms below can quiet have their words looked up.)
    if (
      d.voice === 'author' &&
      (d.kind === 'loaded-language' || d.kind === 'unattributed-claim' || d.kind === 'hedge')
    ) {
      const toks = doc.words.range(d.start, d.end);
      if (
        (d.kind === 'loaded-language' &&
          (reportsCriticism(doc, d, toks) ||
            inTheirTerms(doc, d) ||
            weighsFigure(doc, d, toks) ||
            namedBySomebody(doc, d))) ||
        (d.kind === 'unattributed-claim' && attributionAdverb(doc, d, toks)) ||
        (d.kind === 'hedge' && appearanceReported(doc, d, toks))
      )
        continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}
