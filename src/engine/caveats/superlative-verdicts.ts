/**
 * Superlative verdicts (CheckThat subjectivity recall on unseen opinion writing, issue 16): the
 * writer ranks something by merit after a copula: "This is the strongest case for the canal.",
 * "The levy was the worst decision of his term.", "The plan is one of the least convincing
 * proposals.", "It is the perfect example of how ...". A ranking of merit has no measure behind
 * it: it is the writer's verdict.
 * - superlative-verdicts/merit-superlative: a copula ("is", "are", "was", "were", "remains", "be",
 *   "been"), up to three words of a ranking's lead ("one of", "perhaps", "by far"), "the", then a
 *   superlative of merit (data/superlative-verdicts.ts) or "least" and a word in lower case; the
 *   caveat runs from the copula to the noun after it (or the superlative).
 * Stays quiet: superlatives of size, age, count or speed ("the largest", "the oldest"), a measure
 *   ("the worst performing stocks", "the strongest storm", "the weakest currency"), a record
 *   ("the worst flooding since ...", "on record", "in history"), a sentence with a figure or a
 *   verb of saying, and quotations and claim content. ("the most ..." is patterns/asserted-superlative's.)
 * Kind opinion.
 *
 * Linear: sentences without a trigger word are passed over by their bits; a look at five words
 * before each superlative.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { FUNCTION_WORDS } from '../data/caveat-words';
import { MEASURED_NOUNS, MERIT_SUPERLATIVES, RANKING_LEADS, RECORD_WORDS } from '../data/superlative-verdicts';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { pushAuthorOpinion } from './sentence-words';
import { eachWriterSentence } from './writer-triggers';

const MERIT = new Set(MERIT_SUPERLATIVES);
const LEADS = new Set(RANKING_LEADS);
const RECORD = new Set(RECORD_WORDS);
const MEASURED = new Set(MEASURED_NOUNS);
const COPULAS = new Set(['is', 'are', 'was', 'were', 'remains', 'remain', 'be', 'been', "it's", "that's", "this's"]);
const REASON =
  'a ranking of merit (“the strongest case for”, “the worst decision”): the writer’s verdict, not a measure';

export function superlativeVerdicts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  eachWriterSentence(doc, false, (toks, _s, anchors) => {
    for (const i of anchors) {
      if (i < 1) continue;
      const found = meritSuperlative(text, toks, i);
      if (!found) continue;
      if (toks.some((t) => RECORD.has(t.norm))) return;
      pushAuthorOpinion(drafts, regions, toks, found[0], found[1], REASON, 'superlative-verdicts/merit-superlative');
      return;
    }
  });
}

const isLowerWord = (text: string, t: Token | undefined) => !!t && /^\p{Ll}/u.test(text[t.start]);

/** Rule superlative-verdicts/merit-superlative: [copula, end] token indexes for the superlative at `i`. */
function meritSuperlative(text: string, toks: readonly Token[], i: number): [number, number] | undefined {
  const w = toks[i].norm;
  let last = i;
  if (w === 'least') {
    const adj = toks[i + 1];
    if (!isLowerWord(text, adj) || FUNCTION_WORDS.has(adj.norm)) return undefined;
    last = i + 1;
  } else if (!MERIT.has(w) || !isLowerWord(text, toks[i])) return undefined;
  if (toks[i - 1].norm !== 'the') return undefined;
  let k = i - 2;
  while (k >= 0 && k >= i - 5 && LEADS.has(toks[k].norm)) k--;
  if (k < 0 || !COPULAS.has(toks[k].norm)) return undefined;
  const noun = toks[last + 1];
  // "the worst performing stocks", "the best selling car": a measure of sales or returns; "the
  // strongest storm", "the weakest currency": a force measured.
  if (noun && (/..ing$/.test(noun.norm) || MEASURED.has(noun.norm))) return undefined;
  const end =
    noun &&
    isLowerWord(text, noun) &&
    !FUNCTION_WORDS.has(noun.norm) &&
    /^[ ]+$/.test(text.slice(toks[last].end, noun.start))
      ? last + 1
      : last;
  return [k, end];
}
