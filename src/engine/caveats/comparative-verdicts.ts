/**
 * A comparative verdict (CheckThat subjectivity recall class, issue 16): the writer ranks by merit.
 * - "no" + a comparative of merit + a noun + "of"/"than": "There is no better example of civic
 *   neglect", "no clearer sign than ...";
 * - a degree word + a comparative of merit + "than" + a noun phrase: "the second plan is far
 *   better than the first"; not a measure against a forecast or a time ("far better than
 *   expected", "much worse than in 2019", "than last year": data/comparative-verdicts.ts) nor a
 *   figure after "than".
 * - a copula, "no" and a comparative of merit closing its clause or before "than": "The opposition
 *   is no better.", "is no worse than the one it replaced" (not "no better off than in 2010").
 * Outside quotations and claim content and not in a sentence with a verb of saying (somebody's
 * reported ranking); kind opinion, the caveat runs from the cue to "than"/"of".
 *
 * Linear: sentences without a comparative of merit are passed over by their bits.
 */
import type { Doc } from '../document';
import { FORECAST_WORDS, MERIT_COMPARATIVES, MERIT_DEGREES } from '../data/comparative-verdicts';
import type { Draft } from './author-voice';
import { isNumber } from './clauses';
import type { Regions } from './regions';
import type { Token } from '../text/word-tokens';
import { SAYING_WORDS, sentenceWordsOf, triggerClass } from './sentence-words';

const MERIT = new Set(MERIT_COMPARATIVES);
const DEGREES = new Set(MERIT_DEGREES);
const FORECAST = new Set(FORECAST_WORDS);
const COMPARATIVE = triggerClass(MERIT_COMPARATIVES);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'be', 'been', "isn't", "aren't"]);
const REASON = 'a comparative verdict (“no better example of”, “far better than”): the author ranks by merit';

export function comparativeVerdicts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const held = sentenceWordsOf(doc).triggers;
  // A verb of saying anywhere in the sentence, by its words' ORed class bits (no set look-up per word).
  const classes = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(held[ix] & COMPARATIVE)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (classes[ix] & SAYING_WORDS) continue;
    for (let i = 1; i < toks.length; i++) {
      if (!MERIT.has(toks[i].norm)) continue;
      const prev = toks[i - 1].norm;
      let last = -1;
      if (prev === 'no' && i >= 2 && COPULAS.has(toks[i - 2].norm)) {
        last = barePredicateEnd(text, toks, i);
        if (last >= 0) {
          push(drafts, toks[i - 1].start, toks[last].end, regions, text, 'comparative-verdicts/no-better-predicate');
          i = last;
          continue;
        }
      }
      if (i + 2 >= toks.length) continue;
      if (prev === 'no') {
        // "no better example of", "no clearer sign than": a lower-case noun, then "of" or "than".
        // ("no better off than": "off" is no noun.)
        const noun = toks[i + 1];
        const link = toks[i + 2].norm;
        if (
          /^\p{Ll}/u.test(text[noun.start]) &&
          !isNumber(noun) &&
          noun.norm !== 'off' &&
          (link === 'of' || link === 'than')
        )
          last = i + 2;
      } else if (DEGREES.has(prev) && toks[i + 1].norm === 'than') {
        const next = toks[i + 2];
        if (!FORECAST.has(next.norm) && !isNumber(next)) last = i + 1;
      }
      if (last < 0) continue;
      push(drafts, toks[i - 1].start, toks[last].end, regions, text, 'comparative-verdicts/merit-ranking');
      i = last;
    }
  }
}

function push(drafts: Draft[], start: number, end: number, regions: Regions, text: string, rule: string): void {
  if (/[,;:()\u2014\u2013]/.test(text.slice(start, end)) || regions.overlaps(start, end)) return;
  drafts.push({ start, end, kind: 'opinion', voice: 'author', reason: REASON, rules: [rule] });
}

/**
 * Rule comparative-verdicts/no-better-predicate: "The opposition is no better.", "The new draft is
 * no worse than the one it replaced": a copula, "no" and a comparative of merit that ends its
 * clause or is followed by "than" and no figure, forecast or time. The index of the last word of
 * the verdict, or -1.
 */
function barePredicateEnd(text: string, toks: Token[], i: number): number {
  const next = toks[i + 1];
  // The clause ends right after the comparative: a stop, a comma, a dash, or the text's end.
  if (!next || /^\s*[.!?;,\u2014\u2013]/.test(text.slice(toks[i].end, next.start + 1))) return i;
  if (next.norm !== 'than' || i + 2 >= toks.length) return -1;
  const after = toks[i + 2];
  return FORECAST.has(after.norm) || isNumber(after) ? -1 : i + 1;
}
