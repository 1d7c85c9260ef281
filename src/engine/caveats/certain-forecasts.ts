/**
 * A forecast made with certainty (CheckThat subjectivity recall class, issue 16): "will" + an
 * adverb of certainty or inevitability + a verb ("The ruling party will never admit it was
 * wrong", "The council will inevitably raise rates again"). Nobody can know it; the writer
 * vouches for it. A plain future ("will raise rates by 2 percent in April") is a schedule and stays.
 * Outside quotations and claim content and not in a sentence with a verb of saying (somebody's
 * reported forecast) or with "under" a rule noun ("under the new rules": what a rule lays down); kind speculation, the caveat runs from the modal to the verb.
 *
 * Linear: sentences without such an adverb are passed over by their bits.
 */
import type { Doc } from '../document';
import { CERTAINTY_ADVERBS, FUTURE_MODALS } from '../data/certain-forecasts';
import { RULE_NOUNS } from '../data/rule-descriptions';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { SAYING_WORDS, sentenceWordsOf, triggerClass } from './sentence-words';

const MODALS = new Set(FUTURE_MODALS);
const ADVERBS = new Set(CERTAINTY_ADVERBS);
const CERTAINTY = triggerClass(CERTAINTY_ADVERBS);
const RULES = new Set(RULE_NOUNS);
const REASON =
  'a forecast made with certainty (“will never admit”, “will inevitably”): the author vouches for what nobody can know';

export function certainForecasts(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const held = sentenceWordsOf(doc).triggers;
  // A verb of saying anywhere in the sentence, by its words' ORed class bits (no set look-up per word).
  const classes = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    if (!(held[ix] & CERTAINTY)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    if (classes[ix] & SAYING_WORDS) continue;
    // "under the new rules": what a rule lays down is reported, not forecast.
    if (toks.some((t, k) => t.norm === 'under' && toks.slice(k + 1, k + 4).some((n) => RULES.has(n.norm)))) continue;
    for (let i = 1; i + 1 < toks.length; i++) {
      if (!ADVERBS.has(toks[i].norm) || !MODALS.has(toks[i - 1].norm)) continue;
      // The verb: a lower-case word right after the adverb ("will never admit", "will never be").
      const verb = toks[i + 1];
      if (!/^\p{Ll}+$/u.test(text.slice(verb.start, verb.end))) continue;
      const start = toks[i - 1].start;
      const end = verb.end;
      if (/[,;:()\u2014\u2013]/.test(text.slice(start, end)) || regions.overlaps(start, end)) continue;
      drafts.push({
        start,
        end,
        kind: 'speculation',
        voice: 'author',
        reason: REASON,
        rules: ['certain-forecasts/absolute-forecast'],
      });
      i++;
    }
  }
}
