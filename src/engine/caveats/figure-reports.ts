/**
 * A sentence that reports figures is a report of data, and a hedge, a guess or a booster in it
 * is how the writer weighs the data, not a view of their own (precision on objective sentences,
 * CheckThat! held-out split): "the deficit will probably reach 4 percent of output", "spending has
 * apparently fallen by $2 billion", "prices are up a remarkable 12 percent". When every author-voice
 * cue in such a sentence is one of these weak ones (hedge, speculation, an intensifier that only
 * says how much, data/degree-boosters.ts), they are dropped; a charged word, a prescription or a verdict in the same sentence keeps them all.
 *
 * A figure: a percentage ("40%", "12 percent", "3 per cent"), an amount of money ("$5", "£25"), or
 * a count in millions or more ("3.1 million", "12bn"). Years and plain counts are not figures here.
 *
 * Linear: one pass over the drafts to find their sentences (by binary search), one regular
 * expression per sentence that holds a weak draft.
 */
import type { Doc } from '../document';
import type { Draft } from './author-voice';
import { DEGREE_BOOSTERS } from '../data/degree-boosters';
import { INTENSIFIERS } from '../data/subjectivity';

const RE_FIGURE =
  /(?:\d(?:[\d,.]*\d)?\s?(?:%|percent\b|per cent\b|million\b|billion\b|trillion\b|bn\b)|[$\u00a3\u20ac\u00a5]\s?\d)/i;

/** Article-level notes, not cues of the sentence's voice. */
const ARTICLE_LEVEL = new Set(['anonymous-sourcing', 'single-source']);

/** Intensifiers that grade by the writer's standard ("needlessly", "far too"): a verdict, never weak. */
const DEGREE = new Set(DEGREE_BOOSTERS);
const GRADING = new Set(INTENSIFIERS.flatMap((e) => e.split(' ')).filter((w) => !DEGREE.has(w)));

/** A hedge, a guess, or an intensifier of degree alone ("highly valued", not "needlessly complex"). */
function isWeak(doc: Doc, d: Draft): boolean {
  if (d.kind === 'hedge' || d.kind === 'speculation') return true;
  if (!d.rules?.length || !d.rules.every((r) => r === 'author-voice/intensifier')) return false;
  for (const t of doc.words.range(d.start, d.end)) if (GRADING.has(t.norm)) return false;
  return true;
}

/** The index of the sentence holding `pos` (the last starting at or before it). */
function sentenceOf(sentences: Doc['sentences'], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function quietFigureReports(doc: Doc, drafts: Draft[]): void {
  const { sentences } = doc;
  if (!sentences.length) return;
  // Per sentence: does it hold a weak author draft, and a strong one?
  const weak = new Set<number>();
  const strong = new Set<number>();
  const ix = drafts.map((d) => {
    if (d.voice !== 'author' || ARTICLE_LEVEL.has(d.kind)) return -1;
    const s = sentenceOf(sentences, d.start);
    (isWeak(doc, d) ? weak : strong).add(s);
    return s;
  });
  const quiet = new Set<number>();
  for (const s of weak) {
    if (strong.has(s)) continue;
    const { start, end } = sentences[s];
    if (RE_FIGURE.test(doc.text.slice(start, end))) quiet.add(s);
  }
  if (!quiet.size) return;
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (ix[i] >= 0 && quiet.has(ix[i])) {
      doc.trace?.add('caveat', d.start, d.end, 'figure-reports/weighed-figures');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}
