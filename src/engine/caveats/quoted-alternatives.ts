/**
 * Quoted words offered as alternatives are mentioned, not used (precision on objective sentences):
 * "wary of ‘harrowing’ or ‘brutal’ output", "whether the rules count as ‘fair’ or ‘unfair’",
 * "the choice between ‘reform’ and ‘repeal’". Two quoted labels set side by side with "or",
 * "nor", "versus" or "between ... and" name the labels somebody might apply; the author applies
 * neither. A lone scare quote, or quoted words in a list joined by "and" ("slandered as “xenophobic”
 * and “racist”"), still count. This filter drops the author-voice scare-quote drafts of such a pair
 * and the loaded-language drafts inside them.
 *
 * Linear: per scare-quote draft, a look at the few characters on either side of it.
 */
import type { Doc } from '../document';
import type { Draft } from './author-voice';

const SCARE_RULE = 'scare-quotes/scare-quote';
/** Closing quote, a word of alternatives, opening quote: "’ or ‘", "” versus “". */
const RE_ALTERNATIVE_AFTER = /^[,]?\s+(?:or|nor|versus|vs\.?)\s+["'\u201c\u2018]/;
const RE_ALTERNATIVE_BEFORE = /["'\u201d\u2019][,]?\s+(?:or|nor|versus|vs\.?)\s+$/;
/** "between ‘reform’ and ‘repeal’": the first of the pair, after "between". */
const RE_BETWEEN_BEFORE = /\bbetween\s+$/i;
const RE_AND_AFTER = /^\s+and\s+["'\u201c\u2018]/;
const RE_BETWEEN_PAIR_BEFORE =
  /\bbetween\s+["'\u201c\u2018][^"'\u201c\u201d\u2018\u2019]{1,40}["'\u201d\u2019]\s+and\s+$/i;
const REACH = 60;

export function quietQuotedAlternatives(doc: Doc, drafts: Draft[]): void {
  const { text } = doc;
  let spans: number[] | null = null;
  for (const d of drafts) {
    if (d.voice !== 'author' || d.kind !== 'scare-quotes' || !d.rules?.includes(SCARE_RULE)) continue;
    const after = text.slice(d.end, d.end + 12);
    const before = text.slice(Math.max(0, d.start - REACH), d.start);
    if (
      RE_ALTERNATIVE_AFTER.test(after) ||
      RE_ALTERNATIVE_BEFORE.test(before) ||
      (RE_BETWEEN_BEFORE.test(before) && RE_AND_AFTER.test(after)) ||
      RE_BETWEEN_PAIR_BEFORE.test(before)
    )
      (spans ??= []).push(d.start, d.end);
  }
  if (!spans) return;
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && (d.kind === 'scare-quotes' || d.kind === 'loaded-language') && inside(spans, d)) {
      doc.trace?.add('caveat', d.start, d.end, 'quoted-alternatives/mentioned-label');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function inside(spans: number[], d: Draft): boolean {
  for (let k = 0; k < spans.length; k += 2) if (d.start >= spans[k] && d.end <= spans[k + 1]) return true;
  return false;
}
