/**
 * "The most" before a plural noun counts things; it ranks nothing by merit (issue 16, precision on
 * objective sentences): "the county recorded the most cases of measles", "the five breeds with the
 * most incidents", "the team that scored the most goals". The asserted-superlative pattern
 * (caveats/patterns.ts) reads "the most" + a word as a ranking the author asserts ("the most
 * reckless plan"); data/caveat-words.ts FACTUAL_SUPERLATIVES lists the counted nouns met so far
 * ('votes', 'seats'). Here the shape tells instead: the word after "most" is a plural noun heading
 * its phrase, so "most" is the quantifier ("the largest number of").
 *
 * Structure: the draft of patterns/asserted-superlative is "the most" and one lower-case word
 * ending in a plural -s (not -ss, -us, -is or -ous, the endings of adjectives and of singular
 * nouns: 'reckless', 'serious', 'nervous'); whatever the draft took after it is no head of its
 * ("the most goals won", "the most sports fans": a plural noun modifies no noun as an adjective
 * would). A plural after an adjective ("the most strident opponents") is a ranking and stays
 * flagged.
 *
 * Linear: per superlative draft, a look at three words.
 */
import type { Doc } from '../document';
import type { Draft } from './author-voice';

const SUPERLATIVE_RULE = 'patterns/asserted-superlative';
const RE_PLURAL = /^[a-z][a-z-]*[^sui]s$/;

export function quietCountedSuperlatives(doc: Doc, drafts: Draft[]): void {
  let w = 0;
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i];
    if (d.voice === 'author' && d.rules?.includes(SUPERLATIVE_RULE) && countsThings(doc, d)) {
      doc.trace?.add('caveat', d.start, d.end, 'counted-superlatives/count-of-things');
      continue;
    }
    drafts[w++] = d;
  }
  drafts.length = w;
}

function countsThings(doc: Doc, d: Draft): boolean {
  const toks = doc.words.range(d.start, d.end);
  if (toks.length < 3 || toks[1].norm !== 'most') return false;
  const noun = toks[2];
  return RE_PLURAL.test(noun.text) && !noun.norm.endsWith('ous');
}
