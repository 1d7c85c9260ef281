/**
 * The word sets classify's staticType asks about a name (actors/classify.ts), folded into one map:
 * a lower-cased name or word to one bit per set that holds it. A name no set holds (most) costs one
 * look-up instead of one per set, and a one-word name's last word is the name itself.
 */
import { NATIONALITY_ADJECTIVES, WordShapes } from '../data/common-words';
import { ORG_HEADS, ORGANIZATIONS } from '../data/organizations';
import {
  CELESTIAL_BODIES,
  DISEASE_NAMES,
  GROUP_PLURALS,
  PLACE_FIRST,
  PLACE_LAST,
  RELIGION_NAMES,
  RELIGIOUS_NOUNS,
  STORM_FIRST,
  THING_HEADS,
} from '../data/actor-words';
import { COMMON_INITIALISMS } from '../data/initialisms';

export const NATIONALITY = 1;
export const ORGANIZATION = 2;
export const ORG_HEAD = 4;
export const THING_HEAD = 8;
export const CELESTIAL = 16;
/** A disease, a religion or a religious noun. */
export const DISEASE_OR_RELIGION = 32;
export const STORM = 64;
export const PLACE_FIRST_WORD = 128;
export const PLACE_LAST_WORD = 256;
export const GROUP_PLURAL = 512;
/** An initialism used as a common word ("GDP", "FYI"). */
export const COMMON_INITIALISM = 1024;

let bits: Map<string, number> | undefined;
/** The length, first and last letter of the map's words: most words asked are ruled out without a look-up. */
let shapes: WordShapes | undefined;

/** The sets that hold `lower`, one bit each (0: none), the map made at the first call. */
export function nameWordBits(lower: string): number {
  const map = (bits ??= build());
  return shapes!.mayHold(lower) ? (map.get(lower) ?? 0) : 0;
}

function build(): Map<string, number> {
  const map = new Map<string, number>();
  const mark = (words: Iterable<string>, bit: number) => {
    for (const w of words) map.set(w, (map.get(w) ?? 0) | bit);
  };
  mark(NATIONALITY_ADJECTIVES, NATIONALITY);
  mark(ORGANIZATIONS, ORGANIZATION);
  mark(ORG_HEADS, ORG_HEAD);
  mark(THING_HEADS, THING_HEAD);
  mark(CELESTIAL_BODIES, CELESTIAL);
  mark(DISEASE_NAMES, DISEASE_OR_RELIGION);
  mark(RELIGION_NAMES, DISEASE_OR_RELIGION);
  mark(RELIGIOUS_NOUNS, DISEASE_OR_RELIGION);
  mark(STORM_FIRST, STORM);
  mark(PLACE_FIRST, PLACE_FIRST_WORD);
  mark(PLACE_LAST, PLACE_LAST_WORD);
  mark(GROUP_PLURALS, GROUP_PLURAL);
  mark(COMMON_INITIALISMS, COMMON_INITIALISM);
  // (A word longer than 24 letters is looked up as it is: a bigger table for a few long names would not stay in cache.)
  shapes = new WordShapes(map.keys(), 24);
  return map;
}
