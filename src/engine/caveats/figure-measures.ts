/**
 * A charged adjective that grades a figure the sentence gives is a measure, not a judgement
 * (issue 16, "a number's" size; precision on objective sentences): "the firm posted a staggering
 * loss of $5 billion", "a dramatic rise of 40 percent", "a whopping increase of 12,000 jobs". The
 * figure is the report; the word only says that it is large, as "an astounding $177 million" does
 * (caveats/reporting-idiom.ts takes the adjective straight before a figure).
 *
 * Structure: a loaded-language draft of two words, an adjective (not in -ly) and a noun of an
 * amount or a change (data/news-senses.ts MEASURE_NOUNS: "a disgraceful waste of $2 billion" is a
 * verdict, and stays), followed by "of" (or "to", "by") and a figure written in digits, with an optional currency sign
 * or "about"/"nearly"/"more than" between.
 *
 * Linear: per loaded draft, a look at a few characters after it.
 */
import type { Doc } from '../document';
import { MEASURE_NOUNS } from '../data/news-senses';
import type { Draft } from './author-voice';

const MEASURES = new Set(MEASURE_NOUNS);

/** "of $5 billion", "of nearly 40 percent", "to 3.1 million", "by more than 12,000". */
const RE_FIGURE_AFTER =
  /^\s+(?:of|to|by)\s+(?:(?:about|around|almost|nearly|roughly|some|over|more than|up to)\s+)?[$\u00a3\u20ac\u00a5]?\d/;

export function quietFigureMeasures(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.kind === 'loaded-language' && gradesFigure(doc, d)) {
      doc.trace?.add('caveat', d.start, d.end, 'figure-measures/graded-figure');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function gradesFigure(doc: Doc, d: Draft): boolean {
  const toks = doc.words.range(d.start, d.end);
  if (toks.length !== 2 || /ly$/.test(toks[0].norm) || !MEASURES.has(toks[1].norm)) return false;
  return RE_FIGURE_AFTER.test(doc.text.slice(d.end, d.end + 30));
}
