/**
 * A report nested in another claim's content that stays a claim of its own (issue 16, PolNeAR dev
 * misses): "Leahy said developers built condos, amounting to what the senators said was
 * gerrymandering", "X said the agency would act. The S.E.C. said it would ..." (a sentence break
 * lost in the source). Only a named or described subject with a plain finite "say" ("said",
 * "says", "say"): the words after it are that subject's, and the outer claim keeps its own span.
 * Other nested cues ("told a dispatcher before ...", "claiming that he had a source who told him
 * ...", participles, stance verbs) stay part of the outer claim, as withoutNested (drafts.ts) has it:
 * kept on their own they were as often wrong as right.
 */
import type { Draft } from './draft';

export function isOwnNestedReport(text: string, d: Draft): boolean {
  // "X said S" only: a cue after its content ("S, X said") nested in a longer claim is a run-on's.
  if (d.mode !== 'np' || d.speaker === null || d.cueStart >= d.start) return false;
  const c = d.cue;
  if (c === null || c.length < 3 || c.length > 4) return false;
  const w = c.toLowerCase();
  return (w === 'said' || w === 'says' || w === 'say') && !opensWithNoProposition(text, d.start);
}

/**
 * "what the charter says about those in office", "declined to say anything": a topic or an empty
 * object, not something said. (The first word of the content, read by character: no slice.)
 */
function opensWithNoProposition(text: string, start: number): boolean {
  for (const w of NO_PROPOSITION) {
    if (text.startsWith(w, start)) {
      const next = text.charCodeAt(start + w.length);
      if (!(next >= 97 && next <= 122)) return true;
    }
  }
  return false;
}

const NO_PROPOSITION: readonly string[] = ['about', 'anything', 'nothing', 'much', 'little', 'so'];
