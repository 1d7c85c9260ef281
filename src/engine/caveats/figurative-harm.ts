/**
 * Figurative harm (CheckThat subjectivity recall on unseen opinion writing, issue 16): a verb of
 * bodily harm, poison or devouring with an abstract thing as its object: "Cronyism poisons
 * democracy.", "The levy has crushed the confidence of buyers.", "Red tape strangles
 * competition.", "The state swallows up the savings of the thrifty." No loaded word is there (each
 * verb is plain in its literal sense), but harm done to democracy, confidence or competition is a
 * metaphor the writer chose: a verdict, not a report.
 * - figurative-harm/harm-to-abstract: the verb (data/figurative-harm.ts, any inflection), then
 *   within three words (a particle "up"/"out", a determiner, a possessive, one modifier) an
 *   abstract noun of that list; the caveat runs from the verb to the noun.
 * Stays quiet: a concrete object ("crushed the car", "annexed Crimea", "infected the laptop"), a
 *   sentence with a verb of saying (somebody's words), a passive ("was crushed by"), and
 *   quotations and claim content.
 * Kind loaded-language.
 *
 * Linear: sentences without such a verb are passed over by their bits; a look at three words
 * after each one.
 */
import type { Doc } from '../document';
import type { Token } from '../text/word-tokens';
import { HARMED_ABSTRACTS, HARM_VERBS } from '../data/figurative-harm';
import type { Draft } from './author-voice';
import type { Regions } from './regions';
import { eachWriterSentence } from './writer-triggers';

const VERBS = new Set(HARM_VERBS);
const ABSTRACTS = new Set(HARMED_ABSTRACTS);
/** Words allowed between the verb and its object: particles, determiners, possessives. */
const BETWEEN = new Set(
  "up out the a an our their its his her your my this that these those all any people's public".split(' '),
);
const PASSIVE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got']);
const REASON =
  'harm to an abstract thing told as a bodily act (“poisons democracy”, “crushed the confidence”): the writer’s metaphor, a verdict';

export function figurativeHarm(doc: Doc, regions: Regions, drafts: Draft[]): void {
  const { text } = doc;
  eachWriterSentence(doc, true, (toks, _s, anchors) => {
    let after = -1;
    for (const i of anchors) {
      if (i <= after) continue;
      const end = harmToAbstract(text, toks, i);
      if (end === undefined) continue;
      const start = toks[i].start;
      if (regions.overlaps(start, toks[end].end)) continue;
      drafts.push({
        start,
        end: toks[end].end,
        kind: 'loaded-language',
        voice: 'author',
        reason: REASON,
        rules: ['figurative-harm/harm-to-abstract'],
      });
      after = end;
    }
  });
}

/** Rule figurative-harm/harm-to-abstract: the index of the abstract object after the verb at `i`. */
function harmToAbstract(text: string, toks: readonly Token[], i: number): number | undefined {
  const v = toks[i];
  if (!VERBS.has(v.norm) || !/^\p{Ll}/u.test(text[v.start]) || PASSIVE.has(toks[i - 1]?.norm)) return undefined;
  let modifier = false;
  for (let j = i + 1; j < toks.length && j <= i + 4; j++) {
    const w = toks[j].norm;
    if (ABSTRACTS.has(w)) return /^\p{Ll}/u.test(text[toks[j].start]) ? j : undefined;
    if (BETWEEN.has(w)) continue;
    // One modifier: "crushed the fragile confidence".
    if (modifier || !/^\p{Ll}/u.test(text[toks[j].start]) || /[,;:.]/.test(text.slice(toks[j - 1].end, toks[j].start)))
      return undefined;
    modifier = true;
  }
  return undefined;
}
