/**
 * The size of a calamity is not a judgement (precision on objective sentences): "a catastrophic
 * earthquake struck the city", "the region suffered disastrous floods", "a brutal drought", "a
 * terrible die-off of livestock". On a storm, a fire, a famine or a die-off a charged adjective
 * grades how much harm befell people; nobody's conduct is judged, so the report stays neutral.
 * On a policy, a decision or a person the same adjective is a verdict, and stays flagged. This
 * filter drops the author-voice loaded-language drafts of two words, an adjective and the noun it
 * qualifies, whose noun names a natural force (data/verdict-fragments.ts) or a calamity
 * (data/calamities.ts).
 *
 * Linear: per loaded draft, a word lookup of its last word.
 */
import type { Doc } from '../document';
import { NATURAL_FORCES } from '../data/verdict-fragments';
import { CALAMITY_NOUNS } from '../data/calamities';
import type { Draft } from './author-voice';

const CALAMITY = new Set([...NATURAL_FORCES, ...CALAMITY_NOUNS]);

export function quietCalamityMagnitude(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.kind === 'loaded-language' && gradesCalamity(doc, d)) {
      doc.trace?.add('caveat', d.start, d.end, 'calamity-magnitude/calamity-size');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

/** An adjective and its noun, the noun a calamity: "disastrous floods", "brutal drought". */
function gradesCalamity(doc: Doc, d: Draft): boolean {
  const toks = doc.words.range(d.start, d.end);
  return toks.length === 2 && CALAMITY.has(toks[1].norm) && !/(?:ly|ed|ing)$/.test(toks[0].norm);
}
