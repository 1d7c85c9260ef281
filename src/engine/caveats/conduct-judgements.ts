/**
 * A judging adjective on a noun of policy, ideas or conduct is the author's verdict ("dangerous
 * left-wing policies", "their failed agenda", "toxic rhetoric"; data/conduct-judgements.ts), where
 * the same adjective on a thing or an event is a fact ("a dangerous storm"). One lower-case
 * modifier may stand between ("dangerous left-wing policies"). Outside quotations and claim content
 * and outside sentences with a verb of saying, so reported speech stays the speaker's.
 *
 * Linear: one pass over each sentence's words, a set lookup per word.
 */
import type { Doc } from '../document';
import { CONDUCT_JUDGES, CONDUCT_NOUNS } from '../data/conduct-judgements';
import { FUNCTION_WORDS, REPORTED_VERBS } from '../data/caveat-words';
import type { Draft } from './author-voice';
import { isLower, onlySpaceBetween } from './clauses';
import type { Regions } from './regions';
import { anyOf, classesOf, wordClass } from './word-classes';
import { sentenceWordsOf } from './sentence-words';

const JUDGES = new Set(CONDUCT_JUDGES);
const NOUNS = new Set(CONDUCT_NOUNS);
/** Judging adjectives, and the verbs of saying (see caveats/word-classes.ts). */
const JUDGE = wordClass(JUDGES);
const SAYS = wordClass(REPORTED_VERBS);

export function conductJudgements(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  const classes = classesOf(doc);
  const { bits } = classes;
  const held = sentenceWordsOf(doc).classes;
  for (let ix = 0; ix < doc.sentences.length; ix++) {
    // No judging adjective in the sentence: nothing to read.
    if (!(held[ix] & JUDGE)) continue;
    const s = doc.sentences[ix];
    const toks = doc.words.sentence(ix, s.start, s.end);
    const at = classes.at(ix);
    let reported: boolean | null = null;
    for (let i = 0; i + 1 < toks.length; i++) {
      if (!(bits[at + i] & JUDGE)) continue;
      const adj = toks[i];
      if (!isLower(text, adj)) continue;
      let k = i + 1;
      // "dangerous left-wing policies": one lower-case modifier between.
      if (
        !NOUNS.has(toks[k].norm) &&
        k + 1 < toks.length &&
        isLower(text, toks[k]) &&
        !FUNCTION_WORDS.has(toks[k].norm)
      )
        k++;
      const noun = toks[k];
      if (!NOUNS.has(noun.norm) || !isLower(text, noun)) continue;
      if (!onlySpaceBetween(text, adj, toks[i + 1]) || !onlySpaceBetween(text, toks[k - 1], noun)) continue;
      if (regions.overlaps(adj.start, noun.end)) continue;
      reported ??= anyOf(bits, at, at + toks.length, SAYS);
      if (reported) break;
      drafts.push({
        start: adj.start,
        end: noun.end,
        kind: 'loaded-language',
        voice: 'author',
        reason: 'a judging adjective on a policy, idea or conduct: the author’s verdict',
        rules: ['conduct-judgements/judged-conduct'],
      });
      i = k;
    }
  }
}
